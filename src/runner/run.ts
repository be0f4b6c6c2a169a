// Running a selection of transforms over files and directories: discovery, the project
// phase when a transform needs it, then every file in the worker pool, results in order.
import { readFileSync } from 'node:fs';
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
import { packageVersion } from '../cli/version.js';
import { contentHash, ResultCache, runKey } from './cache.js';
import { InlinePool } from './handler.js';
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
  /**
   * Where `.pycodemod_cache/` goes: files that came out unchanged are answered from it on
   * the next run (cache.ts). No cache when absent.
   */
  cacheRoot?: string;
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

/** At most this many files run without worker threads. */
const INLINE_FILES = 4;

function lighten(result: FileResult): FileResult {
  const { diff: _diff, input: _input, output: _output, ...rest } = result;
  return rest;
}

interface Prepared {
  selection: SelectedTransform[];
  conventions: ConventionsData;
  settings: RunSettings;
  jobs: FileJob[];
  /** The worker pool, started on first use (a run answered from the cache starts none). */
  pool: () => WorkerPool | InlinePool;
  close: () => Promise<void>;
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
  let started: WorkerPool | InlinePool | undefined;
  // A handful of files run on this thread: a worker would load every module again.
  const inline = jobs.length <= INLINE_FILES;
  const resolved = selection;
  const pool = (): WorkerPool | InlinePool =>
    (started ??= inline ? new InlinePool(settings, Promise.resolve(resolved)) : new WorkerPool(Math.min(request.jobs ?? availableParallelism(), Math.max(1, jobs.length)), settings));
  const close = async (): Promise<void> => {
    await started?.close();
  };
  try {
    if (needsProjectPhase(selection)) {
      let indexed = 0;
      const collected = await Promise.all(
        jobs.map(async (job) => {
          const data = (await pool().submit('collect', job)) as unknown[] | null;
          request.onProgress?.(++indexed, jobs.length, 'index');
          return { path: job.displayPath, data };
        }),
      );
      selection = combineProject(selection, collected, new Map(request.settings.renames));
      selection = await prepareProjects(selection, cwd, conventionsOf(conventions), request);
      pool().broadcastProject(selection.map((selected) => selected.project));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { selection, conventions, settings, jobs, pool, close };
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
  const { selection, close } = await prepare(request);
  await close();
  return selection;
}

/** The hash of a file's bytes now, or null when it cannot be read. */
function hashOf(path: string): string | null {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return null;
  }
}

function openCache(request: RunRequest, prepared: Prepared): ResultCache | null {
  const { settings } = prepared;
  // Texts kept for a review or the corpus are not in the cache; a write is only ever
  // skipped for a file that came out unchanged, which the cache holds.
  if (request.cacheRoot === undefined || settings.keepText) return null;
  // What is done with a result (written, diffed, verified) does not change it.
  const { conventions: _conventions, transformModules, write: _write, diff: _diff, keepText: _keepText, verify: _verify, python: _python, ...rest } = settings;
  const key = runKey({
    version: packageVersion(),
    settings: rest,
    plugins: transformModules,
    conventions: prepared.conventions,
    projects: prepared.selection.map((selected) => selected.project),
  });
  return new ResultCache(request.cacheRoot, key);
}

export async function runPaths(request: RunRequest): Promise<RunReport> {
  const started = performance.now();
  const prepared = await prepare(request);
  const { jobs, pool, selection, conventions } = prepared;
  try {
    const cache = openCache(request, prepared);
    const results: FileResult[] = new Array(jobs.length);
    const ready: Array<FileResult | undefined> = new Array(jobs.length);
    let nextToReport = 0;
    let done = 0;
    const cacheKey = (job: FileJob): string => `${job.displayPath}\0${job.module ?? ''}`;
    await Promise.all(
      jobs.map(async (job, index) => {
        const hash = cache ? hashOf(job.path) : null;
        const cached = hash ? cache?.lookup(cacheKey(job), hash) : null;
        if (cached) {
          ready[index] = { path: job.path, displayPath: job.displayPath, ...(job.module ? { module: job.module } : {}), ...cached, milliseconds: 0 };
        } else {
          const result = (await pool().submit('run', job)) as FileResult;
          // Stored only when the file still has the bytes hashed before the worker read it.
          if (cache && hash && hashOf(job.path) === hash) cache.store(cacheKey(job), hash, result);
          ready[index] = result;
        }
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
    cache?.save();
    return { results, seconds: (performance.now() - started) / 1000, selection, conventions };
  } finally {
    await prepared.close();
  }
}
