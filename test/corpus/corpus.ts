// The corpus check: every transform over real Python nobody here wrote. Each transform
// runs alone (so its own invariant can be judged), then all together; every output must
// parse with python3's ast, keep its invariant, and a second run must change nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { invariantOf, type AnyTransform, type Invariant } from '../../src/engine/types.js';
import { runPaths } from '../../src/runner/run.js';
import type { RunSettings } from '../../src/runner/settings.js';
import { checkFiles, type AstPair } from '../support/python-ast.js';

export interface CorpusOptions {
  root: string;
  transforms: readonly AnyTransform[];
  /** Only these files (relative to root); default: every Python file. */
  files?: readonly string[];
  exclude?: readonly string[];
  jobs?: number;
  /** Option overrides by transform id, as `--set id.option=value` gives them. */
  options?: Readonly<Record<string, Record<string, unknown>>>;
}

export interface CorpusProblem {
  file: string;
  problem: 'crash' | 'reverted' | 'invalid-output' | 'invariant' | 'not-idempotent';
  detail: string;
}

export interface CorpusResult {
  label: string;
  files: number;
  changed: number;
  fixes: number;
  skipped: number;
  seconds: number;
  problems: CorpusProblem[];
}

function settingsFor(ids: string[], write: boolean, options: CorpusOptions['options'] = {}): RunSettings {
  return {
    choices: ids.map((id) => ({ id, options: options[id] ?? {} })),
    transformModules: [],
    unsafe: true,
    explicit: ids,
    renames: [],
    write,
    diff: false,
    keepText: !write,
  };
}

async function runOne(label: string, ids: string[], invariant: Invariant, options: CorpusOptions, scratch: string): Promise<CorpusResult> {
  const started = performance.now();
  const before = join(scratch, label, 'before');
  const after = join(scratch, label, 'after');
  const pairs: AstPair[] = [];
  const problems: CorpusProblem[] = [];
  let fixes = 0;
  const first = await runPaths({
    paths: options.files ? options.files.map((file) => join(options.root, file)) : [options.root],
    cwd: options.root,
    exclude: options.exclude,
    jobs: options.jobs,
    settings: settingsFor(ids, false, options.options),
    onResult: (result) => {
      fixes += result.findings.filter((finding) => finding.applied).length;
      if (result.status === 'failed') {
        const crashed = /crashed|internal error/.test(result.reason ?? '');
        problems.push({ file: result.displayPath, problem: crashed ? 'crash' : 'reverted', detail: result.reason ?? '' });
      }
      if (result.input === undefined || result.output === undefined) return;
      // The second run sees the whole tree as the first left it: project-wide transforms
      // decide from every file, not only from the ones they changed.
      const afterPath = join(after, result.displayPath);
      mkdirSync(dirname(afterPath), { recursive: true });
      writeFileSync(afterPath, result.output);
      if (result.status !== 'changed') return;
      const beforePath = join(before, result.displayPath);
      mkdirSync(dirname(beforePath), { recursive: true });
      writeFileSync(beforePath, result.input);
      pairs.push({ id: result.displayPath, before: beforePath, after: afterPath, invariant });
    },
  });
  for (const verdict of checkFiles(pairs)) {
    if (verdict.ok) continue;
    const problem = verdict.error?.startsWith('output does not parse') ? 'invalid-output' : 'invariant';
    problems.push({ file: verdict.id, problem, detail: verdict.error ?? '' });
  }
  if (pairs.length > 0) {
    const second = await runPaths({ paths: [after], cwd: after, jobs: options.jobs, settings: settingsFor(ids, false, options.options) });
    for (const result of second.results) {
      if (result.status === 'changed') {
        const again = result.findings.filter((finding) => finding.applied).map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
        problems.push({ file: result.displayPath, problem: 'not-idempotent', detail: again.slice(0, 3).join('; ') });
      }
    }
  }
  return {
    label,
    files: first.results.length,
    changed: pairs.length,
    fixes,
    skipped: first.results.filter((result) => result.status === 'skipped').length,
    seconds: (performance.now() - started) / 1000,
    problems,
  };
}

/** Runs each transform alone, then all of them together. */
export async function runCorpus(options: CorpusOptions, onResult?: (result: CorpusResult) => void): Promise<CorpusResult[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'pycodemod-corpus-'));
  try {
    const results: CorpusResult[] = [];
    for (const transform of options.transforms) {
      const result = await runOne(transform.id, [transform.id], invariantOf(transform), options, scratch);
      results.push(result);
      onResult?.(result);
    }
    if (options.transforms.length > 1) {
      const result = await runOne('all', options.transforms.map((transform) => transform.id), 'parse', options, scratch);
      results.push(result);
      onResult?.(result);
    }
    return results;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const STDLIB_EXCLUDES = ['site-packages/'];
