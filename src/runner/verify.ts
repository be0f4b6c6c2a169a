// --verify: python3's own `ast` judges each rewritten file before it is written (it
// parses; the AST is unchanged as far as the applied transforms promise). One long-lived
// python3 process per worker answers one JSON line per file.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { InputError } from '../engine/errors.js';
import type { Invariant } from '../engine/types.js';

/** python3 is missing or unusable: --verify cannot run. */
export class PythonMissingError extends InputError {
  override name = 'PythonMissingError';
}

/** The checker ships at the package root, python/ast_check.py, above src/ or dist/src/. */
export function checkerScript(): string {
  for (const relative of ['../../python/ast_check.py', '../../../python/ast_check.py']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('python/ast_check.py is missing from the pycodemod installation');
}

/** Fails with one clear line when the interpreter cannot be started. */
export function requirePython(python: string): void {
  const probe = spawnSync(python, ['-c', 'import ast, json, sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)'], { encoding: 'utf8' });
  if (probe.error) {
    const code = (probe.error as NodeJS.ErrnoException).code;
    throw new PythonMissingError(`--verify needs ${python} (Python 3.8 or later) to check rewrites, but it ${code === 'ENOENT' ? 'is not on PATH' : `cannot be started (${code ?? probe.error.message})`}; install it or set PYCODEMOD_PYTHON`);
  }
  if (probe.status !== 0) throw new PythonMissingError(`--verify needs Python 3.8 or later; ${python} is older or broken`);
}

/**
 * What the whole file must keep when several transforms changed it: the weakest promise
 * among them. `alpha` and `ast-without-docstrings` together give `alpha-without-docstrings`.
 */
export function combinedInvariant(invariants: Iterable<Invariant>): string {
  const set = new Set(invariants);
  if (set.has('parse')) return 'parse';
  if (set.has('alpha-without-docstrings')) return 'alpha-without-docstrings';
  const alpha = set.has('alpha');
  const docstrings = set.has('ast-without-docstrings');
  if (alpha && docstrings) return 'alpha-without-docstrings';
  if (alpha) return 'alpha';
  if (docstrings) return 'ast-without-docstrings';
  return 'ast';
}

export interface Verdict {
  ok: boolean;
  error?: string;
  /** Python could not parse the original: nothing to compare with. */
  skipped?: string;
}

export class AstChecker {
  private process: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: Array<(verdict: Verdict) => void> = [];
  private failure: string | undefined;

  constructor(
    private readonly python: string,
    /** How long one answer may take before the process is taken as hung (a file fails). */
    private readonly timeoutMilliseconds = 120_000,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.python, [checkerScript()], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const verdict = JSON.parse(line) as Verdict;
      this.waiting.shift()?.(verdict);
    });
    const fail = (reason: string) => {
      this.failure = reason;
      for (const resolve of this.waiting.splice(0)) resolve({ ok: false, error: reason });
    };
    child.on('error', (error) => fail(`cannot run ${this.python}: ${error.message}`));
    child.on('exit', (code) => {
      if (this.waiting.length) fail(`${this.python} stopped (status ${code}): ${errors.trim().split('\n').pop() ?? ''}`);
      this.process = undefined;
    });
    return child;
  }

  check(before: string, after: string, invariant: string): Promise<Verdict> {
    if (this.failure) return Promise.resolve({ ok: false, error: this.failure });
    this.process ??= this.start();
    const child = this.process;
    return new Promise((resolve) => {
      // A python3 that never answers must not hang the run: the files waiting fail, and
      // the next check starts a new process.
      const timer = setTimeout(() => {
        const waiting = this.waiting.splice(0);
        this.process = undefined;
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        for (const settle of waiting) settle({ ok: false, error: `${this.python} did not answer within ${Math.round(this.timeoutMilliseconds / 1000)} s` });
      }, this.timeoutMilliseconds);
      this.waiting.push((verdict) => {
        clearTimeout(timer);
        resolve(verdict);
      });
      child.stdin.write(`${JSON.stringify({ id: 0, before_text: before, after_text: after, invariant })}\n`);
    });
  }

  /** Ends the python3 process (it exits when its input closes). */
  close(): void {
    this.process?.stdin.end();
    this.process = undefined;
  }
}
