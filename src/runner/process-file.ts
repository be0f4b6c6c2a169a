// One file's journey in a worker: read, transform, verify if asked, diff. Writing comes
// after the whole run, on the main thread (writeResult), once the git guard has seen
// every file the run would rewrite.
import { relative, sep } from 'node:path';
import { CopiedTree } from '../engine/copied-tree.js';
import { collectParsed, quietOn, unsettledBy } from '../engine/project.js';
import type { Conventions } from '../engine/conventions.js';
import { runFile, type FileStatus, type FindingReport, type SelectedTransform } from '../engine/fix-loop.js';
import { lineFactsOf, type LineFacts } from '../engine/project-gate.js';
import type { SourceFile } from '../engine/source.js';
import type { SyntaxTree } from '../engine/syntax-tree.js';
import { transformsNamedIn } from '../engine/suppression.js';
import { invariantOf } from '../engine/types.js';
import { apparentLineLengthOf } from '../python/conventions/line-length.js';
import { unifiedDiff } from './diff.js';
import { encodePython, readPython, writeChecked, WriteRefused, type ReadResult } from './encoding.js';
import { AstChecker, combinedInvariant } from './verify.js';

export interface FileJob {
  path: string;
  /** The source itself (stdin), instead of reading `path`. */
  text?: string;
  /** The path shown to the user and used in diffs (relative, forward slashes). */
  displayPath: string;
  /** The dotted module name, from the files of the run. */
  module?: string;
  /**
   * With `--since`: the lines (1-based) added or changed since the revision; only fixes
   * that touch one are applied. Absent: every line (no --since, or a new file).
   */
  changedLines?: number[];
  /** The project phase parsed this file without a syntax error. */
  indexed?: boolean;
  /** For the project phase: the file may be put off (`defer`). */
  deferrable?: boolean;
  /** The project phase put the file off or set it aside, and no `combine` asked for it: it was not collected (put off: nor parsed). */
  deferred?: boolean;
  /** The project phase found no pycodemod directive naming a transform in the file. */
  undirected?: boolean;
  /** For the project phase: transform the file too when no combined data could change its result (a run follows). */
  transformSettled?: boolean;
}

export interface FileSettings {
  transforms: SelectedTransform[];
  allowUnsafe: (transformId: string) => boolean;
  renames: ReadonlyMap<string, string>;
  write: boolean;
  diff: boolean;
  /** Return the original and rewritten text (for the corpus and verification). */
  keepText: boolean;
  /** Check each rewrite with python3's compile() and `ast` before writing it. */
  verify?: boolean;
  python?: string;
  /** The line gate's limit (the conventions'); absent: each file's apparent limit (its own lines'). */
  lineLength?: number;
  /** The line length was learnt from the code, not configured: each file's own is a ceiling. */
  lineLengthLearnt?: boolean;
  /** Seconds python3 may take to answer for one file (default 120). */
  verifyTimeout?: number;
  /** The transforms per-file-ignores turn off for a file. */
  ignoredFor?: (path: string) => ReadonlySet<string>;
  /** The project's conventions (default: PEP 8 and the common habits). */
  conventions?: Conventions;
}

/** The line gate's limit for a file: the one configured, or the one its lines keep to. */
export function lineLimitOf(text: string, limit: number | undefined, learnt = false): number | null {
  const own = limit === undefined || learnt ? apparentLineLengthOf(text) : null;
  if (limit === undefined) return own;
  // A limit learnt from the project's code is a ceiling, not a licence: a file that keeps
  // to less (NumPy's 79-column modules in a tree whose long lines teach 88) keeps to it,
  // since the linter of a project without visible configuration may check just as tight.
  return own === null ? limit : Math.min(limit, own);
}

/** What the project phase learns of one file: each transform's data. */
export interface CollectedFile {
  data: unknown[] | null;
  /** Put off (`defer`) or set aside (`aside`): each transform's note; `data` is null. */
  notes?: unknown[];
  /** With `notes`: set aside, once parsed (put off: never parsed). */
  setAside?: boolean;
  /** The project phase copied the file's tree (a full index, not an outline): it weighs more on the thread's memory. */
  copied?: boolean;
  /** No pycodemod directive names a transform in the file (`transformsNamedIn`). */
  undirected?: boolean;
  /** The file's result, when no transform's findings in it depend on the combined data (`settled`): it was transformed from the same parse. */
  result?: FileResult;
  /**
   * The transforms whose findings in the file may depend on the combined data, which
   * `result` was made without (those `quiet` may be) or without the data for (those that
   * say when it leaves them `unaffected`). The result holds when each confirms it
   * (`confirms`); else the run phase transforms the file again.
   */
  provisional?: string[];
}

export interface FileResult {
  path: string;
  displayPath: string;
  module?: string;
  status: FileStatus;
  reason?: string;
  findings: FindingReport[];
  warnings: string[];
  diff?: string;
  input?: string;
  output?: string;
  /** With `output`: whether the file starts with a UTF-8 byte order mark. */
  bom?: boolean;
  /** With `output`: the file's line ends are CR only. */
  cr?: boolean;
  /** What the file's bytes were when read (a write checks they still are). */
  fingerprint?: string;
  /** True when a `# pycodemod: skip-file` comment skipped the file. */
  skippedByComment?: boolean;
  written: boolean;
  milliseconds: number;
}

export function displayPathOf(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return (relativePath.startsWith('..') ? path : relativePath).split(sep).join('/');
}

function readJob(job: FileJob): ReadResult {
  return job.text === undefined ? readPython(job.path) : { ok: true, file: { text: job.text, bom: false }, fingerprint: '' };
}

/**
 * The file's line facts for the gate of changes spanning files, measured against the
 * limit the run holds it to (`lineLimitOf`); undefined when it cannot be read. The project
 * phase asks for them only for the files such a change touches, and reads those again.
 */
export function lineFactsOfJob(job: FileJob, settings: Pick<FileSettings, 'lineLength' | 'lineLengthLearnt'>): LineFacts | undefined {
  const read = readJob(job);
  if (!read.ok) return undefined;
  const { text } = read.file;
  return lineFactsOf(text, lineLimitOf(text, settings.lineLength, settings.lineLengthLearnt));
}

/**
 * Collects one file's project data. When a run follows (`job.transformSettled`) and no
 * transform's findings in the file depend on the combined data, the file is transformed
 * too, from the same tree: the run phase then has nothing left to do for it. When those
 * that may depend on it can each say, once it is combined, that they find nothing in the
 * file (`quiet`, as a rename's does of the many files it leaves) or the same as without
 * it (`unaffected`), the file is transformed without the former and without the data for
 * the latter: the result is `provisional` on their saying so.
 */
export async function collectJob(job: FileJob, settings: FileSettings): Promise<CollectedFile | null> {
  const read = readJob(job);
  if (!read.ok) return null;
  const { text } = read.file;
  const undirected = transformsNamedIn(text) === undefined ? { undirected: true } : {};
  let collected;
  try {
    collected = collectParsed(job.displayPath, text, settings.transforms, job.module, settings.renames, job.deferrable);
  } catch {
    // The run phase will meet the same file and report the crash with its reason.
    return { data: null };
  }
  if (collected && 'notes' in collected) {
    const putOff = { data: null, notes: collected.notes, ...undirected };
    if (!collected.tree) return putOff;
    // Set aside once parsed (`aside`): settled, so transformed at once from that tree.
    const setAside = { ...putOff, setAside: true };
    return job.transformSettled ? { ...setAside, result: await processRead(job, read, settings, collected.tree) } : setAside;
  }
  const copied = collected?.tree instanceof CopiedTree ? { copied: true } : {};
  const indexed = { data: collected?.data ?? null, ...copied, ...undirected };
  if (!collected || !job.transformSettled) return indexed;
  const ignored = settings.ignoredFor?.(job.path);
  const unsettled = unsettledBy(settings.transforms, collected.data).filter(({ id }) => !ignored?.has(id));
  if (unsettled.length === 0) return { ...indexed, result: await processRead(job, read, settings, collected.tree) };
  // A file with a directive goes the whole way in the run phase (processRead), and a
  // transform that cannot say it is quiet may find something any time.
  if (!undirected.undirected || !unsettled.every(({ waits }) => waits !== null)) return indexed;
  const without = new Set(unsettled.flatMap(({ id, waits }) => (waits === 'quiet' ? [id] : [])));
  if (transformsOf(job, settings, without).length === 0) return indexed;
  const provisional = unsettled.map(({ id }) => id);
  return { ...indexed, result: await processRead(job, read, settings, collected.tree, without), provisional };
}

// One checker per thread, started on the first file that needs it.
let checker: AstChecker | undefined;

export type RewriteVerdict = { status: 'skipped' | 'failed'; reason: string } | null;

/**
 * Python's verdict on a rewrite, given the findings whose fixes made it: null when it
 * holds; else the file is skipped (CPython rejects the original) or failed.
 */
export async function verifyRewrite(
  input: string,
  output: string,
  findings: readonly FindingReport[],
  transforms: readonly SelectedTransform[],
  python = 'python3',
  timeoutSeconds = 120,
): Promise<RewriteVerdict> {
  const applied = new Set(findings.filter((finding) => finding.applied).map((finding) => finding.transform));
  const invariant = combinedInvariant(transforms.filter(({ transform }) => applied.has(transform.id)).map(({ transform }) => invariantOf(transform)));
  checker ??= new AstChecker(python, timeoutSeconds * 1000);
  const verdict = await checker.check(input, output, invariant);
  if (verdict.skipped) return { status: 'skipped', reason: `${python} rejects the original (${verdict.skipped.replace(/^input does not parse: /, '')}); left unchanged` };
  if (!verdict.ok) return { status: 'failed', reason: `verification: ${verdict.error ?? 'check failed'} (expected: ${invariant === 'ast' ? 'the same AST' : invariant}); file left unchanged` };
  return null;
}

/** Stops this thread's python3 checker, if one was started. */
export function closeChecker(): void {
  checker?.close();
  checker = undefined;
}

export async function processJob(job: FileJob, settings: FileSettings): Promise<FileResult> {
  // A file the project phase read, found no directive in, and every transform is quiet
  // on: unchanged, without reading it again (a rename's run over the files it leaves).
  const quiet = (selected: SelectedTransform) => quietOn(job.displayPath, selected);
  if ((job.indexed || job.deferred) && job.undirected && !settings.keepText && transformsOf(job, settings).every(quiet)) {
    const base = { path: job.path, displayPath: job.displayPath, ...(job.module ? { module: job.module } : {}), findings: [], warnings: [], written: false };
    return { ...base, status: 'unchanged', milliseconds: 0 };
  }
  return processRead(job, readJob(job), settings);
}

/** The transforms that run on the file: those its per-file-ignores leave, and not those `without`. */
function transformsOf(job: FileJob, settings: FileSettings, without?: ReadonlySet<string>): SelectedTransform[] {
  const ignored = settings.ignoredFor?.(job.path);
  const left = (id: string) => !ignored?.has(id) && !without?.has(id);
  return ignored?.size || without?.size ? settings.transforms.filter(({ transform }) => left(transform.id)) : settings.transforms;
}

/**
 * One file's result from its bytes as read, and its tree when it was parsed already;
 * `without` the transforms a provisional result is made without.
 */
async function processRead(job: FileJob, read: ReadResult, settings: FileSettings, parsed?: SyntaxTree, without?: ReadonlySet<string>): Promise<FileResult> {
  const started = performance.now();
  const base = { path: job.path, displayPath: job.displayPath, ...(job.module ? { module: job.module } : {}), findings: [], warnings: [], written: false };
  const finish = (result: Omit<FileResult, 'milliseconds'>): FileResult => ({ ...result, milliseconds: performance.now() - started });
  if (!read.ok) return finish({ ...base, status: 'skipped', reason: `${job.displayPath}: ${read.reason}` });
  const { text, bom, cr } = read.file;
  const transforms = transformsOf(job, settings, without);
  // Nothing to find here (a rename that touches other files): no second parse. A file
  // with a directive goes the whole way, so that one skipping itself still says so. A
  // put-off file was never parsed: a syntax error in it goes unreported, as nothing in
  // it could be found or changed.
  if ((job.indexed || job.deferred) && transforms.every((selected) => quietOn(job.displayPath, selected)) && !transformsNamedIn(text)) {
    const kept = settings.keepText ? { input: text, output: text, bom, ...(cr ? { cr: true } : {}), fingerprint: read.fingerprint } : {};
    return finish({ ...base, status: 'unchanged', ...kept });
  }
  const outcome = runFile(job.displayPath, text, {
    ...(parsed ? { parsed } : {}),
    transforms,
    allowUnsafe: settings.allowUnsafe,
    renames: settings.renames,
    module: job.module,
    lineLength: (file: SourceFile) => lineLimitOf(file.text, settings.lineLength, settings.lineLengthLearnt),
    ...(job.changedLines ? { changedLines: new Set(job.changedLines) } : {}),
    conventions: settings.conventions,
  });
  const result: Omit<FileResult, 'milliseconds'> = {
    ...base,
    status: outcome.status,
    reason: outcome.reason,
    findings: outcome.findings,
    warnings: outcome.warnings,
    ...(outcome.skippedByComment ? { skippedByComment: true } : {}),
  };
  if (outcome.status === 'changed' && outcome.output !== undefined && settings.verify) {
    const verdict = await verifyRewrite(text, outcome.output, outcome.findings, transforms, settings.python, settings.verifyTimeout);
    if (verdict) return finish({ ...result, status: verdict.status, reason: `${job.displayPath}: ${verdict.reason}` });
  }
  if (settings.keepText) result.input = text;
  if (settings.keepText || (settings.write && outcome.status === 'changed')) {
    result.output = outcome.output ?? text;
    result.bom = bom;
    if (cr) result.cr = true;
    result.fingerprint = read.fingerprint;
  }
  if (outcome.status === 'changed' && outcome.output !== undefined && settings.diff) {
    // The BOM is part of the file's first line as `git apply` sees it.
    const mark = bom ? '\uFEFF' : '';
    result.diff = unifiedDiff(job.displayPath, mark + text, mark + outcome.output);
  }
  return finish(result);
}

/**
 * Writes a changed file's output (main thread, after the guard): only if the file still
 * holds what was read. Returns the result as written, or failed with the reason.
 */
export function writeResult(result: FileResult, output: string): FileResult {
  try {
    writeChecked(result.path, encodePython({ text: output, bom: result.bom ?? false, cr: result.cr }), result.fingerprint);
    return { ...result, written: true };
  } catch (error) {
    if (error instanceof WriteRefused) return { ...result, status: error.status, reason: `${result.displayPath}: ${error.message}`, written: false };
    const reason = `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    return { ...result, status: 'failed', reason: `${result.displayPath}: ${reason}`, written: false };
  }
}
