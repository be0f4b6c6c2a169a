// One file's whole journey in a worker: read, transform, verify if asked, diff, and
// write if asked.
import { relative, sep } from 'node:path';
import { collectFile } from '../engine/project.js';
import type { Conventions } from '../engine/conventions.js';
import { runFile, type FileStatus, type FindingReport, type SelectedTransform } from '../engine/fix-loop.js';
import { invariantOf } from '../engine/types.js';
import { unifiedDiff } from './diff.js';
import { encodePython, readPython, writeAtomic } from './encoding.js';
import { AstChecker, combinedInvariant } from './verify.js';

export interface FileJob {
  path: string;
  /** The path shown to the user and used in diffs (relative, forward slashes). */
  displayPath: string;
  /** The dotted module name, from the files of the run. */
  module?: string;
}

export interface FileSettings {
  transforms: SelectedTransform[];
  allowUnsafe: (transformId: string) => boolean;
  renames: ReadonlyMap<string, string>;
  write: boolean;
  diff: boolean;
  /** Return the original and rewritten text (for the corpus and verification). */
  keepText: boolean;
  /** Check each rewrite with python3's `ast` before writing it. */
  verify?: boolean;
  python?: string;
  /** The project's conventions (default: PEP 8 and the common habits). */
  conventions?: Conventions;
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
  /** With `input`: whether the file starts with a UTF-8 byte order mark. */
  bom?: boolean;
  /** True when a `# pycodemod: skip-file` comment skipped the file. */
  skippedByComment?: boolean;
  written: boolean;
  milliseconds: number;
}

export function displayPathOf(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return (relativePath.startsWith('..') ? path : relativePath).split(sep).join('/');
}

export function collectJob(job: FileJob, transforms: readonly SelectedTransform[]): unknown[] | null {
  const read = readPython(job.path);
  if (!read.ok) return null;
  try {
    return collectFile(job.displayPath, read.file.text, transforms, job.module);
  } catch {
    // The run phase will meet the same file and report the crash with its reason.
    return null;
  }
}

// One checker per thread, started on the first file that needs it.
let checker: AstChecker | undefined;

/**
 * Python's verdict on a rewrite, given the findings whose fixes made it: null when it
 * holds, else why the file must be left unchanged.
 */
export async function verifyRewrite(
  input: string,
  output: string,
  findings: readonly FindingReport[],
  transforms: readonly SelectedTransform[],
  python = 'python3',
): Promise<string | null> {
  const applied = new Set(findings.filter((finding) => finding.applied).map((finding) => finding.transform));
  const invariant = combinedInvariant(transforms.filter(({ transform }) => applied.has(transform.id)).map(({ transform }) => invariantOf(transform)));
  checker ??= new AstChecker(python);
  const verdict = await checker.check(input, output, invariant);
  if (verdict.skipped) return `--verify: ${python} cannot parse the original (${verdict.skipped.replace(/^input does not parse: /, '')}), so the rewrite cannot be checked; file left unchanged`;
  if (!verdict.ok) return `--verify: ${verdict.error ?? 'check failed'} (expected: ${invariant === 'ast' ? 'the same AST' : invariant}); file left unchanged`;
  return null;
}

/** Stops this thread's python3 checker, if one was started. */
export function closeChecker(): void {
  checker?.close();
  checker = undefined;
}

export async function processJob(job: FileJob, settings: FileSettings): Promise<FileResult> {
  const started = performance.now();
  const base = { path: job.path, displayPath: job.displayPath, ...(job.module ? { module: job.module } : {}), findings: [], warnings: [], written: false };
  const finish = (result: Omit<FileResult, 'milliseconds'>): FileResult => ({ ...result, milliseconds: performance.now() - started });
  const read = readPython(job.path);
  if (!read.ok) return finish({ ...base, status: 'skipped', reason: `${job.displayPath}: ${read.reason}` });
  const { text, bom } = read.file;
  const outcome = runFile(job.displayPath, text, {
    transforms: settings.transforms,
    allowUnsafe: settings.allowUnsafe,
    renames: settings.renames,
    module: job.module,
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
    const failure = await verifyRewrite(text, outcome.output, outcome.findings, settings.transforms, settings.python);
    if (failure) return finish({ ...result, status: 'failed', reason: `${job.displayPath}: ${failure}` });
  }
  if (settings.keepText) {
    result.input = text;
    result.output = outcome.output ?? text;
    result.bom = bom;
  }
  if (outcome.status === 'changed' && outcome.output !== undefined) {
    if (settings.diff) {
      // The BOM is part of the file's first line as `git apply` sees it.
      const mark = bom ? '\uFEFF' : '';
      result.diff = unifiedDiff(job.displayPath, mark + text, mark + outcome.output);
    }
    if (settings.write) {
      try {
        writeAtomic(job.path, encodePython({ text: outcome.output, bom }));
        result.written = true;
      } catch (error) {
        result.status = 'failed';
        result.reason = `${job.displayPath}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      }
    }
  }
  return finish(result);
}
