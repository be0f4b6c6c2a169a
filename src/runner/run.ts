// Running a selection of transforms over files and directories: discovery, the project
// phase when a transform needs it, then every file in the worker pool, results in order.
import { availableParallelism } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { combineProject, needsProjectPhase } from '../engine/project.js';
import type { ConventionsData } from '../engine/conventions.js';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { detectConventions } from '../project/conventions/detect.js';
import type { ConventionOverride } from '../project/conventions/overrides.js';
import { discoverFiles } from './discover.js';
import { WorkerPool } from './pool.js';
import { displayPathOf, type FileJob, type FileResult } from './process-file.js';
import { selectionFor, type RunSettings } from './settings.js';

export interface RunRequest {
  paths: readonly string[];
  cwd?: string;
  exclude?: readonly string[];
  /** Exclusion patterns relative to their own directory (the configuration file's). */
  excludeFrom?: ReadonlyArray<{ base: string; patterns: readonly string[] }>;
  /** The files to process, already discovered (absolute); `paths` is not walked then. */
  files?: readonly string[];
  includeStubs?: boolean;
  /** Worker threads; default: every core. */
  jobs?: number;
  settings: RunSettings;
  /** Called once per file, in path order, as soon as that order allows. */
  onResult?: (result: FileResult, index: number, total: number) => void;
  /** Convention overrides (`[tool.pycodemod]` keys, `--set KEY=VALUE`), when `settings` has no conventions. */
  conventionOverrides?: readonly ConventionOverride[];
  /** Read no configuration file for the conventions (--isolated). */
  isolated?: boolean;
  /** Called as files finish, in any order. */
  onProgress?: (done: number, total: number, phase: 'index' | 'transform') => void;
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
  const jobs: FileJob[] = files.map((path) => ({ path, displayPath: displayPathOf(path, cwd), module: modules.get(path) }));
  const conventions =
    request.settings.conventions ??
    detectConventions({ files, start: request.isolated ? null : commonDirectory(request.paths.length ? request.paths : ['.'], cwd), cwd, overrides: request.conventionOverrides });
  const settings: RunSettings = { ...request.settings, conventions };
  const size = Math.min(request.jobs ?? availableParallelism(), Math.max(1, jobs.length));
  const pool = new WorkerPool(size, settings);
  try {
    if (needsProjectPhase(selection)) {
      let indexed = 0;
      const collected = await Promise.all(
        jobs.map(async (job) => {
          const data = (await pool.submit('collect', job)) as unknown[] | null;
          request.onProgress?.(++indexed, jobs.length, 'index');
          return { path: job.displayPath, data };
        }),
      );
      selection = combineProject(selection, collected, new Map(request.settings.renames));
      pool.broadcastProject(selection.map((selected) => selected.project));
    }
  } catch (error) {
    await pool.close();
    throw error;
  }
  return { selection, conventions, jobs, pool };
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
  try {
    const results: FileResult[] = new Array(jobs.length);
    const ready: Array<FileResult | undefined> = new Array(jobs.length);
    let nextToReport = 0;
    let done = 0;
    await Promise.all(
      jobs.map(async (job, index) => {
        ready[index] = (await pool.submit('run', job)) as FileResult;
        request.onProgress?.(++done, jobs.length, 'transform');
        while (nextToReport < jobs.length && ready[nextToReport]) {
          const result = ready[nextToReport] as FileResult;
          request.onResult?.(result, nextToReport, jobs.length);
          results[nextToReport] = lighten(result);
          ready[nextToReport] = undefined;
          nextToReport++;
        }
      }),
    );
    return { results, seconds: (performance.now() - started) / 1000, selection, conventions };
  } finally {
    await pool.close();
  }
}
