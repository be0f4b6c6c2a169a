// Running a selection of transforms over files and directories: discovery, the project
// phase when a transform needs it, then every file in the worker pool, results in order;
// with --write, the files that changed are written last, once the guard has seen them.
import { availableParallelism } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { combineProject, needsProjectPhase } from '../engine/project.js';
import { conventionsOf, type Conventions, type ConventionsData } from '../engine/conventions.js';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { detectConventions } from '../project/conventions/detect.js';
import type { ConventionOverride } from '../project/conventions/overrides.js';
import { discoverFiles } from './discover.js';
import { WorkerPool } from './pool.js';
import { ProjectGate, type LineFacts } from '../engine/project-gate.js';
import { displayPathOf, writeResult, type CollectedFile, type FileJob, type FileResult } from './process-file.js';
import { selectionFor, type RunSettings } from './settings.js';

export interface RunRequest {
  paths: readonly string[];
  cwd?: string;
  exclude?: readonly string[];
  /** Exclusion patterns relative to their own directory (the configuration file's). */
  excludeFrom?: ReadonlyArray<{ base: string; patterns: readonly string[] }>;
  /** The files to process, already discovered (absolute); `paths` is not walked then. */
  files?: readonly string[];
  /** One file's text given directly (standard input), for the file at `path`. */
  stdin?: { path: string; text: string };
  includeStubs?: boolean;
  /** Worker threads; default: every core. */
  jobs?: number;
  settings: RunSettings;
  /** Called once per file, in path order, as soon as that order allows (after writing). */
  onResult?: (result: FileResult, index: number, total: number) => void;
  /**
   * With `--since`: the revision, for messages; the jobs' changed lines come from
   * `changedLines` (absolute path -> lines; `'all'` for a new file, absent: unchanged).
   */
  since?: { revision: string; changedLines: ReadonlyMap<string, readonly number[] | 'all'> };
  /**
   * With settings.write: called with the files the run would rewrite, before any is
   * written; throwing stops the run with nothing written (the git guard).
   */
  beforeWrite?: (paths: readonly string[]) => void;
  /** Convention overrides (`[tool.pycodemod]` keys, `--set KEY=VALUE`), when `settings` has no conventions. */
  conventionOverrides?: readonly ConventionOverride[];
  /** Read no configuration file for the conventions (--isolated). */
  isolated?: boolean;
  /** Called as files finish (or, in the `prepare` phase, as requests are answered), in any order. */
  onProgress?: (done: number, total: number, phase: 'index' | 'prepare' | 'transform') => void;
  /** Warnings of the main thread's `prepare` phase (files' warnings are in their results). */
  onWarning?: (message: string) => void;
}

export interface RunReport {
  /** Results in path order, without their texts and diffs (the callback had them). */
  results: FileResult[];
  seconds: number;
  /** The transforms as they ran, with their project data (for re-running a file). */
  selection: SelectedTransform[];
  /** The conventions the transforms saw. */
  conventions: ConventionsData;
}

/** The deepest directory holding every path (where configuration files are looked for). */
export function commonDirectory(paths: readonly string[], cwd: string): string {
  const absolute = paths.map((path) => resolve(cwd, path));
  let common = absolute[0] ?? cwd;
  for (const path of absolute.slice(1)) {
    while (path !== common && !path.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}

function lighten(result: FileResult): FileResult {
  const { diff: _diff, input: _input, output: _output, ...rest } = result;
  return rest;
}

/**
 * The worker threads of a run: as asked (default: every core), but never more than the
 * cores (more only add memory: -j 1000 once took 3.7 GB) or the files (idle workers).
 */
export function workerCount(requested: number | undefined, files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(requested ?? cores, cores, files));
}

interface Prepared {
  selection: SelectedTransform[];
  conventions: ConventionsData;
  jobs: FileJob[];
  pool: WorkerPool;
}

/** Resolves the selection, finds the files, starts the pool and runs the project phase. */
async function prepare(request: Omit<RunRequest, 'onResult'>): Promise<Prepared> {
  const cwd = request.cwd ?? process.cwd();
  // Resolve on the main thread first: a bad option or transform fails before any work.
  let selection = await selectionFor(request.settings);
  const files = request.files ?? discoverFiles(request.paths, { exclude: request.exclude, excludeFrom: request.excludeFrom, includeStubs: request.includeStubs, cwd });
  for (const { transform, options } of selection) {
    const problem = transform.checkFiles?.(options, files);
    if (problem) throw new InputError(`${transform.id}: ${problem}`);
  }
  const modules = moduleNames(files);
  const since = request.since;
  const jobs: FileJob[] = files.map((path) => {
    const changed = since ? (since.changedLines.get(path) ?? []) : 'all';
    return {
      path,
      displayPath: displayPathOf(path, cwd),
      module: modules.get(path),
      ...(request.stdin?.path === path ? { text: request.stdin.text } : {}),
      ...(changed === 'all' ? {} : { changedLines: [...changed] }),
    };
  });
  const size = workerCount(request.jobs, jobs.length);
  const pool = new WorkerPool(size, request.settings);
  let conventions: ConventionsData;
  try {
    // Read while the workers start; they have it before their first file.
    conventions =
      request.settings.conventions ??
      detectConventions({ files, start: request.isolated ? null : commonDirectory(request.paths.length ? request.paths : ['.'], cwd), cwd, overrides: request.conventionOverrides });
    if (!request.settings.conventions) pool.broadcastConventions(conventions);
    if (needsProjectPhase(selection)) {
      let indexed = 0;
      const lines = new Map<string, LineFacts>();
      const collected = await Promise.all(
        jobs.map(async (job) => {
          const file = (await pool.submit('collect', job)) as CollectedFile | null;
          request.onProgress?.(++indexed, jobs.length, 'index');
          if (file) lines.set(job.displayPath, file.lines);
          return { path: job.displayPath, data: file?.data ?? null };
        }),
      );
      const changedLines = since ? new Map(jobs.map((job) => [job.displayPath, job.changedLines ? new Set(job.changedLines) : ('all' as const)])) : undefined;
      const gate = new ProjectGate({ lines, ...(changedLines ? { changedLines, since: since?.revision } : {}) });
      selection = combineProject(selection, collected, new Map(request.settings.renames), gate);
      selection = await prepareProjects(selection, cwd, conventionsOf(conventions), request);
      pool.broadcastProject(selection.map((selected) => selected.project));
    }
  } catch (error) {
    await pool.close();
    throw error;
  }
  return { selection, conventions, jobs, pool };
}

/** Each transform's asynchronous `prepare` step, one transform after the other. */
async function prepareProjects(selection: SelectedTransform[], cwd: string, conventions: Conventions, request: Omit<RunRequest, 'onResult'>): Promise<SelectedTransform[]> {
  const prepared: SelectedTransform[] = [];
  for (const selected of selection) {
    const phase = selected.transform.project;
    if (!phase?.prepare || selected.project === undefined) {
      prepared.push(selected);
      continue;
    }
    const project = await phase.prepare(selected.project, selected.options, {
      cwd,
      conventions,
      progress: (done, total) => request.onProgress?.(done, total, 'prepare'),
      warn: (message) => request.onWarning?.(`${selected.transform.id}: ${message}`),
    });
    prepared.push({ ...selected, project });
  }
  return prepared;
}

/** Runs only the project phase and returns each selected transform with its project data. */
export async function indexPaths(request: Omit<RunRequest, 'onResult'>): Promise<SelectedTransform[]> {
  const { selection, pool } = await prepare(request);
  await pool.close();
  return selection;
}

export async function runPaths(request: RunRequest): Promise<RunReport> {
  const started = performance.now();
  const { jobs, pool, selection, conventions } = await prepare(request);
  const write = request.settings.write;
  const results: FileResult[] = new Array(jobs.length);
  try {
    const ready: Array<FileResult | undefined> = new Array(jobs.length);
    let nextToReport = 0;
    let done = 0;
    await Promise.all(
      jobs.map(async (job, index) => {
        const result = (await pool.submit('run', job)) as FileResult;
        request.onProgress?.(++done, jobs.length, 'transform');
        if (write) {
          results[index] = result;
          return;
        }
        ready[index] = result;
        while (nextToReport < jobs.length && ready[nextToReport]) {
          const next = ready[nextToReport] as FileResult;
          request.onResult?.(next, nextToReport, jobs.length);
          results[nextToReport] = lighten(next);
          ready[nextToReport] = undefined;
          nextToReport++;
        }
      }),
    );
  } finally {
    await pool.close();
  }
  if (write) {
    const changed = results.filter((result) => result.status === 'changed' && result.output !== undefined);
    request.beforeWrite?.(changed.map((result) => result.path));
    results.forEach((result, index) => {
      const written = result.status === 'changed' && result.output !== undefined ? writeResult(result, result.output) : result;
      request.onResult?.(written, index, results.length);
      results[index] = lighten(written);
    });
  }
  return { results, seconds: (performance.now() - started) / 1000, selection, conventions };
}
