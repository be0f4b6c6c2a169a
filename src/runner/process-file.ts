// One file's whole journey in a worker: read, transform, diff, and write if asked.
import { relative, sep } from 'node:path';
import { collectFile } from '../engine/project.js';
import { runFile, type FileStatus, type FindingReport, type SelectedTransform } from '../engine/fix-loop.js';
import { unifiedDiff } from './diff.js';
import { encodePython, readPython, writeAtomic } from './encoding.js';

export interface FileJob {
  path: string;
  /** The path shown to the user and used in diffs (relative, forward slashes). */
  displayPath: string;
}

export interface FileSettings {
  transforms: SelectedTransform[];
  allowUnsafe: (transformId: string) => boolean;
  renames: ReadonlyMap<string, string>;
  write: boolean;
  diff: boolean;
  /** Return the original and rewritten text (for the corpus and verification). */
  keepText: boolean;
}

export interface FileResult {
  path: string;
  displayPath: string;
  status: FileStatus;
  reason?: string;
  findings: FindingReport[];
  warnings: string[];
  diff?: string;
  input?: string;
  output?: string;
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
    return collectFile(job.displayPath, read.file.text, transforms);
  } catch {
    // The run phase will meet the same file and report the crash with its reason.
    return null;
  }
}

export function processJob(job: FileJob, settings: FileSettings): FileResult {
  const started = performance.now();
  const base = { path: job.path, displayPath: job.displayPath, findings: [], warnings: [], written: false };
  const finish = (result: Omit<FileResult, 'milliseconds'>): FileResult => ({ ...result, milliseconds: performance.now() - started });
  const read = readPython(job.path);
  if (!read.ok) return finish({ ...base, status: 'skipped', reason: `${job.displayPath}: ${read.reason}` });
  const { text, bom } = read.file;
  const outcome = runFile(job.displayPath, text, {
    transforms: settings.transforms,
    allowUnsafe: settings.allowUnsafe,
    renames: settings.renames,
  });
  const result: Omit<FileResult, 'milliseconds'> = {
    ...base,
    status: outcome.status,
    reason: outcome.reason,
    findings: outcome.findings,
    warnings: outcome.warnings,
  };
  if (settings.keepText) {
    result.input = text;
    result.output = outcome.output ?? text;
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
