// Running a selection of transforms over files and directories: discovery, the project
// phase when a transform needs it, then every file (from the cache, else in the worker
// pool), results in order; with --write, the files that changed are written last, once
// the guard has seen them.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { combineProject, confirms, needsProjectPhase } from '../engine/project.js';
import { conventionsOf, type Conventions, type ConventionsData } from '../engine/conventions.js';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { conventionsFromScans, conventionsSample, detectConventions, scanPartsFor, type ScanParts } from '../project/conventions/detect.js';
import type { ConventionOverride } from '../project/conventions/overrides.js';
import { discoverFiles } from './discover.js';
import { packageVersion } from '../cli/version.js';
import { contentHash, recordKey, ResultCache, RunRecords, runKey } from './cache.js';
import { collectGarbage } from './collect-garbage.js';
import { InlinePool } from './handler.js';
import { WorkerPool } from './pool.js';
import { ProjectGate, type LineFacts, type LineFactsSource } from '../engine/project-gate.js';
import { displayPathOf, lineFactsOfJob, writeResult, type CollectedFile, type FileJob, type FileResult } from './process-file.js';
import { ignoredTransforms, lineSettingsOf, selectionFor, type RunSettings } from './settings.js';

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

/** At most this many files run without worker threads, whatever asked. */
const INLINE_FILES = 4;
/**
 * Without `-j`, a run of up to this many files and bytes runs on this thread too: two
 * workers take about a quarter of a second to start (each loads the whole bundle), and
 * this thread goes through 200 KB of Python in about that time.
 */
const INLINE_MAX_FILES = 128;
const INLINE_BYTES = 200 * 1024;

/** Whether the run's files are handled on this thread, without starting workers. */
function runsInline(jobs: readonly FileJob[], requested: number | undefined): boolean {
  if (jobs.length <= INLINE_FILES) return true;
  if (requested !== undefined || jobs.length > INLINE_MAX_FILES) return false;
  let bytes = 0;
  for (const job of jobs) {
    bytes += job.text?.length ?? statSync(job.path, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes > INLINE_BYTES) return false;
  }
  return true;
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
  settings: RunSettings;
  jobs: FileJob[];
  /** The worker pool, started on first use (a run answered from the cache starts none). */
  pool: () => WorkerPool | InlinePool;
  close: () => Promise<void>;
  /** A `prepare` step changed the project data (asked a server): the files alone do not determine it. */
  external: boolean;
  /** Results the project phase made (files no combined data could change, or `provisional` on some transforms' quiet), by path. */
  early: Map<string, Pick<CollectedFile, 'result' | 'provisional'>>;
}

/**
 * Resolves the selection, finds the files and detects the conventions (the pool starts on
 * first use). With the cache's records, every file's bytes are hashed into `hashes`
 * first, and the conventions' scan of the code is answered from the records.
 */
async function setUp(request: Omit<RunRequest, 'onResult'>, cached?: { records: RunRecords; hashes: Map<string, string | null> }): Promise<Prepared> {
  const cwd = request.cwd ?? process.cwd();
  // Resolve on the main thread first: a bad option or transform fails before any work.
  const selection = await selectionFor(request.settings);
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
  // Standard input is never cached: its text is not the bytes of the file it names.
  if (cached) for (const job of jobs) cached.hashes.set(job.path, job.text === undefined ? hashOf(job.path) : null);
  // A small run goes on this thread: a worker would load every module again.
  const inline = runsInline(jobs, request.jobs);
  // The conventions are part of the cache's key, and a run answered from the cache starts
  // no worker: when the run records know them, no worker starts before they are read.
  // Else the workers start at once and scan the code for them (the scan of a large tree
  // took seconds on this thread alone), and get them before any file job.
  let early: WorkerPool | undefined;
  let conventions: ConventionsData;
  // The vocabulary and the exception habits are learnt only for a transform that reads them.
  const parts = scanPartsFor(selection.map(({ transform }) => transform));
  const recorded = cached ? { ...cached, cwd, parts } : undefined;
  try {
    let learnt: ConventionsData | undefined;
    if (!request.settings.conventions && !inline) {
      const read = conventionsSample(files);
      learnt = recorded ? recordedConventions(recorded, read) : undefined;
      if (!learnt) {
        early = new WorkerPool(workerCount(request.jobs, jobs.length), request.settings);
        const scans = await early.scan(read, cwd, parts);
        learnt = conventionsFromScans(scans.files.filter((scan) => scan !== null), scans.vocabulary, parts);
        if (recorded) rememberConventions(recorded, read, learnt);
      }
    }
    const known = learnt;
    conventions =
      request.settings.conventions ??
      detectConventions({
        files,
        start: request.isolated ? null : commonDirectory(request.paths.length ? request.paths : ['.'], cwd),
        cwd,
        overrides: request.conventionOverrides,
        parts,
        ...(known ? { learnFrom: () => known } : recorded ? { learnFrom: learnFromRecords(recorded) } : {}),
      });
  } catch (error) {
    await early?.close();
    throw error;
  }
  early?.broadcastConventions(conventions);
  const settings: RunSettings = { ...request.settings, conventions };
  let started: WorkerPool | InlinePool | undefined = early;
  const resolved = selection;
  const pool = (): WorkerPool | InlinePool =>
    (started ??= inline ? new InlinePool(settings, Promise.resolve(resolved)) : new WorkerPool(workerCount(request.jobs, jobs.length), settings));
  const close = async (): Promise<void> => {
    await started?.close();
  };
  return { selection, conventions, settings, jobs, pool, close, external: false, early: new Map() };
}

/** The project phase, when a selected transform needs it: every file indexed, the data combined, prepared and sent to the pool. */
async function indexProject(prepared: Prepared, request: Omit<RunRequest, 'onResult'>, transformSettled = true): Promise<Prepared> {
  const { jobs, pool, conventions } = prepared;
  if (!needsProjectPhase(prepared.selection)) return prepared;
  const cwd = request.cwd ?? process.cwd();
  const since = request.since;
  try {
    let indexed = 0;
    // Each file's data (null: it does not parse), or the notes of the transforms that put it off.
    const data = new Map<FileJob, unknown[] | null>();
    const notesOf = new Map<FileJob, unknown[]>();
    const read = new Set<FileJob>();
    const collect = async (job: FileJob, deferrable: boolean): Promise<void> => {
      // A file set aside and transformed already is collected again only for its data.
      const transform = transformSettled && !prepared.early.has(job.path);
      const flags = { ...(transform ? { transformSettled } : {}), ...(deferrable ? { deferrable } : {}) };
      const file = (await pool().submit('collect', { ...job, ...flags })) as CollectedFile | null;
      if (file) read.add(job);
      job.indexed = !!file?.data;
      job.deferred = !!file?.notes;
      job.undirected = !!file?.undirected;
      data.set(job, file?.data ?? null);
      if (file?.notes) notesOf.set(job, file.notes);
      if (file?.result) prepared.early.set(job.path, { result: file.result, ...(file.provisional ? { provisional: file.provisional } : {}) });
    };
    await Promise.all(
      jobs.map(async (job) => {
        await collect(job, true);
        request.onProgress?.(++indexed, jobs.length, 'index');
      }),
    );
    const changedLines = since ? new Map(jobs.map((job) => [job.displayPath, job.changedLines ? new Set(job.changedLines) : ('all' as const)])) : undefined;
    const ignoredFor = ignoredTransforms(request.settings.perFileIgnores ?? []);
    const ignored = new Map(jobs.map((job) => [job.displayPath, ignoredFor(job.path)]));
    const byPath = new Map(jobs.map((job) => [job.displayPath, job]));
    const lines = lazyLineFacts(byPath, read, lineSettingsOf(conventions));
    const collectedAgain = new Set<FileJob>();
    // Combined until no `combine` asks for a put-off file: each round from the start, with
    // a gate of its own, once the files it asked for are collected.
    let combined: SelectedTransform[] | undefined;
    for (;;) {
      const gate = new ProjectGate({ lines, ignored, ...(changedLines ? { changedLines, since: since?.revision } : {}) });
      const needed = new Set<string>();
      const files = jobs.map((job) => ({ path: job.displayPath, data: data.get(job) ?? null }));
      const deferred = [...notesOf].map(([job, notes]) => ({ path: job.displayPath, ...(job.module ? { module: job.module } : {}), notes }));
      // The files asked for: put off, or collected in part in the first round (the index
      // asks only for those), each once; not paths of no file.
      const askable = (job: FileJob | undefined): job is FileJob => job !== undefined && (notesOf.has(job) || (!!data.get(job) && !collectedAgain.has(job)));
      const askedFor = (): FileJob[] => [...needed].map((path) => byPath.get(path)).filter(askable);
      try {
        combined = combineProject(prepared.selection, files, new Map(request.settings.renames), gate, deferred, needed);
      } catch (error) {
        // It read without a file it asked for: only the round that has the file can tell.
        if (askedFor().length === 0) throw error;
        combined = undefined;
      }
      const more = askedFor();
      if (more.length === 0 && combined) break;
      // What this round built is garbage while the workers collect the files it asked for.
      combined = undefined;
      if (jobs.length > INLINE_FILES) collectGarbage();
      for (const job of more) {
        notesOf.delete(job);
        collectedAgain.add(job);
      }
      await Promise.all(more.map(async (job) => collect(job, false)));
    }
    const selection = await prepareProjects(combined, cwd, conventionsOf(conventions), request);
    pool().broadcastProject(selection.map((selected) => selected.project));
    // Every file's collected data is garbage now, and this thread allocates little more
    // (the results): without a collection it would be held to the end of the run.
    if (jobs.length > INLINE_FILES) collectGarbage();
    return { ...prepared, selection, external: selection.some((selected, index) => selected.project !== combined[index]?.project) };
  } catch (error) {
    await prepared.close();
    throw error;
  }
}

/**
 * The gate's line facts of the files the workers read, each measured when the gate first
 * asks for it: most runs plan no change spanning files, and a rename touches few of them.
 */
function lazyLineFacts(byPath: ReadonlyMap<string, FileJob>, read: ReadonlySet<FileJob>, settings: ReturnType<typeof lineSettingsOf>): LineFactsSource {
  const measured = new Map<string, LineFacts | undefined>();
  return {
    get(path) {
      if (!measured.has(path)) {
        const job = byPath.get(path);
        measured.set(path, job && read.has(job) ? lineFactsOfJob(job, settings) : undefined);
      }
      return measured.get(path);
    },
  };
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
  const { selection, close } = await indexProject(await setUp(request), request, false);
  await close();
  return selection;
}

/** The hash of a file's bytes now, or null when it cannot be read or is no regular file. */
function hashOf(path: string): string | null {
  try {
    // A FIFO or device named on the command line would block the read forever; the
    // worker skips it with its reason, and it is never cached.
    if (!statSync(path).isFile()) return null;
    return contentHash(readFileSync(path));
  } catch {
    return null;
  }
}

/** Whether a run reads and fills the cache. */
function caches(request: RunRequest): request is RunRequest & { cacheRoot: string } {
  // Texts kept for a review, standard input or the corpus are not in the cache; a write is
  // only ever skipped for a file that came out unchanged, which the cache holds. With
  // --since a result depends on the file's changed lines and the revision too: such a
  // run neither reads nor fills the cache.
  return request.cacheRoot !== undefined && !request.settings.keepText && !request.since;
}

/**
 * The parts of the run key besides the project data. What is done with a result (written,
 * diffed) does not change it. The verification does (python3 rejecting the original skips
 * a file that would change), so it stays in the key with its interpreter. Per-file-ignores,
 * renames (--rename, a plan's) and review targets are in `rest`; the line gate's limit is
 * in the conventions; the index phase's renames, after the gate, in the projects.
 */
function keyParts(prepared: Prepared) {
  const { conventions: _conventions, transformModules, write: _write, diff: _diff, keepText: _keepText, ...rest } = prepared.settings;
  return {
    version: packageVersion(),
    settings: { ...rest, verify: rest.verify ?? false, python: rest.verify ? (rest.python ?? 'python3') : null },
    plugins: transformModules,
    conventions: prepared.conventions,
  };
}

function openCache(root: string, prepared: Prepared): ResultCache {
  return new ResultCache(root, runKey({ ...keyParts(prepared), projects: prepared.selection.map((selected) => selected.project) }));
}

/** The shown path and module a file is cached under. */
function cacheKey(job: FileJob): string {
  return `${job.displayPath}\0${job.module ?? ''}`;
}

/** Where a run's learnt conventions are recorded: the run records, the files' hashes, and what the scan counts. */
interface ConventionRecords {
  records: RunRecords;
  hashes: ReadonlyMap<string, string | null>;
  cwd: string;
  /** What the scan learns besides what every run needs (part of the record's key). */
  parts: ScanParts;
}

/**
 * The conventions' scan of the code, answered from the run records when the files read
 * (their paths as the scan sees them, and their bytes) are the same as a run's before.
 */
function learnFromRecords(recorded: ConventionRecords) {
  return (paths: readonly string[], learn: () => ConventionsData): ConventionsData => {
    const known = recordedConventions(recorded, paths);
    if (known) return known;
    const learnt = learn();
    rememberConventions(recorded, paths, learnt);
    return learnt;
  };
}

/** The paths as the scan sees them, with their bytes' hashes, and what it counts: the conventions' record key. */
function conventionsKey({ hashes, cwd, parts }: ConventionRecords, paths: readonly string[]): { key: string; files: Array<[string, string | null]> } {
  const files = paths.map((path): [string, string | null] => [relative(cwd, path) || path, hashes.get(path) ?? hashOf(path)]);
  // A run that learns less records the defaults for the rest: its record answers only a
  // run that learns the same parts. A run that learns every part keys by the files alone.
  const everything = parts.vocabulary && parts.exceptions && parts.habits && parts.docstrings;
  return { key: recordKey('conventions', everything ? files : { files, parts }), files };
}

/** The conventions a run before learnt from these files with these bytes, if recorded. */
function recordedConventions(recorded: ConventionRecords, paths: readonly string[]): ConventionsData | undefined {
  const known = recorded.records.lookup(conventionsKey(recorded, paths).key) as ConventionsData | undefined;
  return known && typeof known === 'object' ? known : undefined;
}

/** Records what was learnt, when the files still have the bytes hashed (none changed during the scan). */
function rememberConventions(recorded: ConventionRecords, paths: readonly string[], learnt: ConventionsData): void {
  const { key, files } = conventionsKey(recorded, paths);
  if (paths.every((path, index) => hashOf(path) === files[index]?.[1])) recorded.records.remember(key, learnt);
}

/**
 * Finds the files, the conventions and the project data, and opens the cache. When the
 * project phase's inputs (every file's path, module and bytes, the settings, the
 * conventions) are those of a run recorded before, its run key is known without indexing
 * a file; when every file is then answered by the cache, the phase is skipped entirely,
 * since nothing it computes would be used. Any file changed, added or not cached: the
 * phase runs as without a cache.
 */
async function prepareWithCache(request: RunRequest): Promise<{ prepared: Prepared; cache: ResultCache | null; hashes: ReadonlyMap<string, string | null> }> {
  if (!caches(request)) return { prepared: await indexProject(await setUp(request), request), cache: null, hashes: new Map() };
  const records = new RunRecords(request.cacheRoot);
  const hashes = new Map<string, string | null>();
  const prepared = await setUp(request, { records, hashes });
  if (!needsProjectPhase(prepared.selection)) return { prepared, cache: openCache(request.cacheRoot, prepared), hashes };
  // The run key without project data holds what the phase depends on besides the files,
  // user transforms' code among it (their paths alone would not tell an edited one).
  const base = runKey({ ...keyParts(prepared), projects: [] });
  const phaseKey = recordKey('project phase', { base, files: prepared.jobs.map((job) => [job.displayPath, job.module ?? '', hashes.get(job.path) ?? null]) });
  const known = records.lookup(phaseKey);
  if (typeof known === 'string') {
    const cache = new ResultCache(request.cacheRoot, known);
    if (prepared.jobs.every((job) => cache.lookup(cacheKey(job), hashes.get(job.path) ?? '') !== null)) return { prepared, cache, hashes };
  }
  const indexed = await indexProject(prepared, request);
  const cache = openCache(request.cacheRoot, indexed);
  // A server's answers (a `prepare` step) are no function of the files: not recorded.
  if (!indexed.external) records.remember(phaseKey, cache.key);
  return { prepared: indexed, cache, hashes };
}

/**
 * The project phase's result for the file, if it holds: a `provisional` one holds when
 * the combined data confirms it for each transform it was made without (`confirms`).
 */
function earlyResult(prepared: Prepared, job: FileJob): FileResult | undefined {
  const early = prepared.early.get(job.path);
  if (!early?.provisional) return early?.result;
  const confirmed = early.provisional.every((id) => {
    const selected = prepared.selection.find(({ transform }) => transform.id === id);
    return selected !== undefined && confirms(job.displayPath, selected);
  });
  return confirmed ? early.result : undefined;
}

export async function runPaths(request: RunRequest): Promise<RunReport> {
  const started = performance.now();
  const { prepared, cache, hashes } = await prepareWithCache(request);
  const { jobs, pool, selection, conventions } = prepared;
  const write = request.settings.write;
  const results: FileResult[] = new Array(jobs.length);
  try {
    const ready: Array<FileResult | undefined> = new Array(jobs.length);
    let nextToReport = 0;
    let done = 0;
    await Promise.all(
      jobs.map(async (job, index) => {
        const hash = hashes.get(job.path) ?? null;
        const early = earlyResult(prepared, job);
        prepared.early.delete(job.path);
        const cached = hash && !early ? cache?.lookup(cacheKey(job), hash) : null;
        let result: FileResult;
        if (early) {
          result = early;
          if (cache && hash && hashOf(job.path) === hash) cache.store(cacheKey(job), hash, result);
        } else if (cached) {
          // An unchanged or skipped file: nothing to write, nothing for the guard.
          result = { path: job.path, displayPath: job.displayPath, ...(job.module ? { module: job.module } : {}), ...cached, milliseconds: 0 };
        } else {
          result = (await pool().submit('run', job)) as FileResult;
          // Stored only when the file still has the bytes hashed before the worker read it.
          if (cache && hash && hashOf(job.path) === hash) cache.store(cacheKey(job), hash, result);
        }
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
    cache?.save();
  } finally {
    await prepared.close();
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
