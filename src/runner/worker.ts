// Worker thread entry: loads the selected transforms once, then handles file jobs.
import { parentPort, workerData } from 'node:worker_threads';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { collectJob, processJob, type FileJob, type FileSettings } from './process-file.js';
import { fileSettings, selectionFor, type RunSettings } from './settings.js';

export type WorkerRequest =
  | { type: 'collect'; id: number; job: FileJob }
  | { type: 'project'; projects: unknown[] }
  | { type: 'run'; id: number; job: FileJob };

export type WorkerResponse = { id: number; value: unknown } | { id: number; error: string };

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;

const settings = workerData as RunSettings;
const ready: Promise<SelectedTransform[]> = selectionFor(settings);
let transforms: SelectedTransform[] | undefined;
let settingsForFiles: FileSettings | undefined;
let queue: Promise<void> = Promise.resolve();

async function handle(request: WorkerRequest, selection: SelectedTransform[]): Promise<void> {
  if (request.type === 'project') {
    transforms = selection.map((selected, index) => ({ ...selected, project: request.projects[index] }));
    return;
  }
  const current = transforms ?? selection;
  try {
    // Built once: the conventions' sets and matchers serve every file of the run.
    if (request.type === 'run') settingsForFiles ??= fileSettings(settings, current);
    const value = request.type === 'collect' ? collectJob(request.job, current) : await processJob(request.job, settingsForFiles as FileSettings);
    port.postMessage({ id: request.id, value } satisfies WorkerResponse);
  } catch (error) {
    port.postMessage({ id: request.id, error: (error as Error).stack ?? String(error) } satisfies WorkerResponse);
  }
}

// Messages are handled strictly in order, after the transforms have loaded.
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => handle(request, await ready));
});
ready.catch((error: Error) => port.postMessage({ id: -1, error: error.message } satisfies WorkerResponse));
