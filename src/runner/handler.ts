// Handling file jobs with the selected transforms, the same in a worker thread and on the
// main thread (a run of a handful of files starts no worker: starting one costs more than
// the files).
import type { ConventionsData } from '../engine/conventions.js';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { closeChecker, collectJob, processJob, type FileJob, type FileSettings } from './process-file.js';
import { fileSettings, type RunSettings } from './settings.js';

export class JobHandler {
  private transforms: SelectedTransform[] | undefined;
  private settingsForFiles: FileSettings | undefined;

  constructor(
    private settings: RunSettings,
    private readonly selection: Promise<SelectedTransform[]>,
  ) {}

  /** The conventions, learnt after the thread started (from the files' scans), before any file job. */
  conventions(conventions: ConventionsData): void {
    this.settings = { ...this.settings, conventions };
    this.settingsForFiles = undefined;
  }

  /** The combined project data, one per selected transform, before any run job. */
  async project(projects: readonly unknown[]): Promise<void> {
    const selection = await this.selection;
    this.transforms = selection.map((selected, index) => ({ ...selected, project: projects[index] }));
    this.settingsForFiles = undefined;
  }

  async handle(type: 'collect' | 'run', job: FileJob): Promise<unknown> {
    const current = this.transforms ?? (await this.selection);
    // Built once: the conventions' sets and matchers serve every file of the run.
    this.settingsForFiles ??= fileSettings(this.settings, current);
    return type === 'collect' ? collectJob(job, this.settingsForFiles) : processJob(job, this.settingsForFiles);
  }
}

/** The worker pool's interface, on the main thread: jobs run one at a time, in order. */
export class InlinePool {
  private readonly handler: JobHandler;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(settings: RunSettings, selection: Promise<SelectedTransform[]>) {
    this.handler = new JobHandler(settings, selection);
  }

  submit(type: 'collect' | 'run', job: FileJob): Promise<unknown> {
    const done = this.queue.then(async () => this.handler.handle(type, job));
    this.queue = done.catch(() => undefined);
    return done;
  }

  broadcastProject(projects: unknown[]): void {
    this.queue = this.queue.then(async () => this.handler.project(projects));
  }

  async close(): Promise<void> {
    await this.queue;
    closeChecker();
  }
}
