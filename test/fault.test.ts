// The fault test: a `-w` run over a copy of a real package, killed at random moments,
// must leave every file either as it was or as a complete run writes it, never truncated
// or mixed. The seed is printed so that a failure can be replayed (PYCODEMOD_FAULT_SEED).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PACKAGE = '/usr/lib/python3.11/json';
const BIN = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
const ARGS = ['-t', 'docstrings,trailing-commas,quote-style,comments', '-w', '--no-verify', '--isolated', '-j', '2', '.'];

function pythonFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.py') && !path.includes('__pycache__'))
    .sort();
}

function snapshot(directory: string): Map<string, string> {
  return new Map(pythonFiles(directory).map((path) => [path, readFileSync(join(directory, path), 'latin1')]));
}

function copy(): string {
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-fault-'));
  cpSync(PACKAGE, directory, { recursive: true, filter: (source) => !source.includes('__pycache__') });
  return directory;
}

/** A small seeded generator (mulberry32): the kill moments can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function runKilledAfter(directory: string, milliseconds: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), BIN, ...ARGS], { cwd: directory, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), milliseconds);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

test('killed at random moments, a -w run leaves each file old or new', { skip: existsSync(PACKAGE) ? false : `${PACKAGE} is missing`, timeout: 600_000 }, async () => {
  const original = copy();
  const before = snapshot(original);
  // A complete run gives the new texts, and how long a run takes here.
  const complete = copy();
  const started = performance.now();
  const full = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), BIN, ...ARGS], { cwd: complete, encoding: 'utf8' });
  const duration = performance.now() - started;
  assert.equal(full.status, 0, full.stderr);
  const after = snapshot(complete);
  assert.ok([...before].some(([path, text]) => after.get(path) !== text), 'the complete run changed nothing: the test would prove nothing');
  const seed = Number(process.env.PYCODEMOD_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const next = random(seed);
  for (let round = 0; round < 4; round++) {
    const directory = copy();
    // Mostly late: the files are written at the end of the run.
    const moment = Math.round(duration * (0.3 + next() * 0.8));
    await runKilledAfter(directory, moment);
    for (const [path, text] of snapshot(directory)) {
      const state = text === before.get(path) ? 'old' : text === after.get(path) ? 'new' : 'mixed';
      assert.notEqual(state, 'mixed', `seed ${seed}, round ${round}, killed after ${moment} ms: ${relative(directory, join(directory, path))} is neither the old nor the new text`);
    }
    assert.deepEqual(pythonFiles(directory), [...before.keys()], `seed ${seed}, round ${round}: a file appeared or vanished`);
    rmSync(directory, { recursive: true, force: true });
  }
  rmSync(original, { recursive: true, force: true });
  rmSync(complete, { recursive: true, force: true });
});
