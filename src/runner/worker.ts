// Worker thread entry: loads the selected transforms once, then handles file jobs. The
// run's settings arrive with the thread and carry the conventions when they were known
// before it started (a run answered from the cache starts no worker at all); else the
// thread first scans batches of the files for them, and they follow in a message
// before any file job.
import { parentPort, workerData } from 'node:worker_threads';
import { collectGarbage, GarbageBudget } from './collect-garbage.js';
import type { CollectedFile, FileJob } from './process-file.js';
import { JobHandler } from './handler.js';
import { selectionFor, type RunSettings } from './settings.js';
import type { ConventionsData } from '../engine/conventions.js';
import { scanFiles, type ScanParts } from '../project/conventions/detect.js';
import { emptyVocabularyCounts, VocabularyCounter } from '../project/conventions/learn.js';
import { bytesRead } from '../project/read-file.js';

export type WorkerRequest =
  | { type: 'scan'; id: number; paths: string[]; cwd: string; parts: ScanParts }
  | { type: 'scanned'; id: number }
  | { type: 'conventions'; conventions: ConventionsData }
  | { type: 'collect'; id: number; job: FileJob }
  | { type: 'project'; projects: unknown[] }
  | { type: 'run'; id: number; job: FileJob };

export type WorkerResponse = { id: number; value: unknown } | { id: number; error: string };

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;

const settings = workerData as RunSettings;
const ready = selectionFor(settings);
const handler = new JobHandler(settings, ready);
// A full collection after every 2 MB of source handled frees the dead native trees of
// the files before (collect-garbage.ts): the default run's peak memory over a 28 MB
// tree fell by a sixth, for about 13 ms a collection, under 1% of the run.
const budget = new GarbageBudget(2 * 1024 * 1024);

let queue: Promise<void> = Promise.resolve();
/** The names of the files this thread scanned, counted across its batches until `scanned`. */
let counter: VocabularyCounter | null = null;

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'project') return handler.project(request.projects);
  if (request.type === 'conventions') return handler.conventions(request.conventions);
  if (request.type === 'scan') {
    try {
      if (request.parts.vocabulary) counter ??= new VocabularyCounter();
      port.postMessage({ id: request.id, value: scanFiles(request.paths, request.cwd, request.parts, counter) } satisfies WorkerResponse);
    } catch (error) {
      port.postMessage({ id: request.id, error: (error as Error).stack ?? String(error) } satisfies WorkerResponse);
    }
    return;
  }
  if (request.type === 'scanned') {
    port.postMessage({ id: request.id, value: counter?.counts() ?? emptyVocabularyCounts() } satisfies WorkerResponse);
    counter = null;
    // The scan's garbage goes before the files' trees come.
    collectGarbage();
    return;
  }
  let passes = 1;
  const before = bytesRead();
  try {
    const value = await handler.handle(request.type, request.job);
    // A file the project phase also transformed counts for both jobs it did, and a tree
    // it copied (a rename's full index of a file) once more; one it put off made no tree.
    const collected = request.type === 'collect' ? (value as CollectedFile | null) : null;
    if (collected?.notes && !collected.setAside) passes = 0;
    else passes = 1 + (collected?.result ? 1 : 0) + (collected?.copied ? 1 : 0);
    port.postMessage({ id: request.id, value } satisfies WorkerResponse);
  } catch (error) {
    port.postMessage({ id: request.id, error: (error as Error).stack ?? String(error) } satisfies WorkerResponse);
  }
  budget.spend(passes * (request.job.text?.length ?? bytesRead() - before));
}

// Messages are handled strictly in order, after the transforms have loaded.
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    await ready;
    return handle(request);
  });
});
ready.catch((error: Error) => port.postMessage({ id: -1, error: error.message } satisfies WorkerResponse));
