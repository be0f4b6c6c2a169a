// A fixed pool of worker threads; jobs go to whichever worker is free, and results come
// back tagged with their job's index so the caller can keep a deterministic order.
import { Worker } from 'node:worker_threads';
import type { ConventionsData } from '../engine/conventions.js';
import { EVERY_PART, joinedScans, scanBatches, type ScanParts, type Scans } from '../project/conventions/detect.js';
import type { LearntFile, VocabularyCounts } from '../project/conventions/learn.js';
import type { FileJob } from './process-file.js';
import type { RunSettings } from './settings.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

// The worker file sits beside this one: .js once compiled, .ts when running from source
// under tsx (the tests), where tsx's loader must be registered inside the worker first.
// The path goes through ../runner/ because the command line's bundle (dist/src/cli/bin.js,
// see package.json's build) holds this code one directory over.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`../runner/worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

function startWorker(settings: RunSettings): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData: settings });
  // tsx is resolved here, from this file: an eval'd worker would resolve it from the
  // working directory, which may be any project.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** Sent to one worker whatever it was doing (`ask`): its answer frees no worker. */
  asked?: boolean;
}

export class WorkerPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, settings: RunSettings) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = startWorker(settings);
      worker.on('message', (response: WorkerResponse) => this.settle(worker, response));
      worker.on('error', (error) => this.fail(error));
      return worker;
    });
    this.idle = [...this.workers];
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private settle(worker: Worker, response: WorkerResponse): void {
    if (response.id === -1 && 'error' in response) return this.fail(new Error(response.error));
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if ('error' in response) pending.reject(new Error(response.error));
    else pending.resolve(response.value);
    if (pending.asked) return;
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    return worker ? Promise.resolve(worker) : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Sends one request to the next free worker; its answer resolves the promise. */
  private async request(message: (id: number) => WorkerRequest): Promise<unknown> {
    if (this.failure) throw this.failure;
    const worker = await this.acquire();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(message(id));
    });
  }

  /** Sends one request to `worker`, to be handled after what it was sent before. */
  private ask(worker: Worker, message: (id: number) => WorkerRequest): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, asked: true });
      worker.postMessage(message(id));
    });
  }

  submit(type: 'collect' | 'run', job: FileJob): Promise<unknown> {
    return this.request((id) => ({ type, id, job }));
  }

  /**
   * The scans of the files for the conventions (detect.ts), in the order given (null for
   * a file that cannot be read): batches go to whichever worker is free, and each worker
   * then gives the names it counted.
   */
  async scan(paths: readonly string[], cwd: string, parts: ScanParts = EVERY_PART): Promise<Scans> {
    const batches = scanBatches(paths, this.workers.length);
    // Each worker is asked for its names once the last batch is sent (after it, in a
    // microtask): a worker with no batch left counts them while the others finish theirs.
    let asked: Promise<unknown[]> | undefined;
    let sent = 0;
    const askAll = (): Promise<unknown[]> => {
      asked = Promise.all(this.workers.map((worker) => this.ask(worker, (id) => ({ type: 'scanned', id }))));
      // Awaited once the batches are in; a failed worker fails those first.
      asked.catch(() => undefined);
      return asked;
    };
    const scanned = (await Promise.all(
      batches.map((batch) =>
        this.request((id) => {
          if (++sent === batches.length) queueMicrotask(askAll);
          return { type: 'scan', id, paths: batch, cwd, parts };
        }),
      ),
    )) as Array<Array<LearntFile | null>>;
    // No batch at all (no file): asked now.
    const vocabularies = (await (asked ?? askAll())) as VocabularyCounts[];
    return joinedScans(scanned, vocabularies);
  }

  /** Sends the conventions to every worker started without them (before any file job). */
  broadcastConventions(conventions: ConventionsData): void {
    for (const worker of this.workers) worker.postMessage({ type: 'conventions', conventions } satisfies WorkerRequest);
  }

  /** Sends the combined project data to every worker (before any run job). */
  broadcastProject(projects: unknown[]): void {
    for (const worker of this.workers) worker.postMessage({ type: 'project', projects } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
