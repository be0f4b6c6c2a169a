// The built command line runs its bundle through V8's code cache (src/cli/compile-cache.ts):
// the cache is made by the first run, read by the next, and never trusted blindly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileCacheDirectory } from '../src/cli/compile-cache.js';
import { pluginPath } from './support/cli.js';

const BIN = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../dist/src/cli/cli.cjs', import.meta.url)));
const EXAMPLE = fileURLToPath(new URL('../examples/tests/test_server_resize.py', import.meta.url));

function run(cache: string | Record<string, string>, ...args: string[]) {
  const env = typeof cache === 'string' ? { ...process.env, PYCODEMOD_COMPILE_CACHE: cache } : { ...process.env, PYCODEMOD_COMPILE_CACHE: undefined, ...cache };
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  // The summary's time aside, a run says the same whichever way its code was compiled.
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/ in [\d.]+s:/, ' in Ns:') };
}

test('the built command line keeps its code cache, reads it back, and makes it again when V8 rejects it', { skip: !BUILT && 'not built (npm run build)' }, () => {
  const cache = mkdtempSync(join(tmpdir(), 'pycodemod-compile-cache-'));
  const args = ['run', EXAMPLE, '--isolated', '--no-cache'];
  const cold = run(cache, ...args);
  assert.equal(cold.status, 0, cold.stderr);
  const files = readdirSync(cache);
  assert.equal(files.length, 1);
  const file = join(cache, files[0] as string);
  const made = readFileSync(file);
  assert.deepEqual(run(cache, ...args), cold);
  // Garbage in its place: V8 rejects it, the run goes on as without, and a good one replaces it.
  writeFileSync(file, Buffer.alloc(made.length, 7));
  assert.deepEqual(run(cache, ...args), cold);
  assert.notDeepEqual(readFileSync(file), Buffer.alloc(made.length, 7));
  // Code from the cache imports a user's transform too.
  const plugin = run(cache, 'run', EXAMPLE, '--isolated', '--no-cache', '--plugin', pluginPath('bump-numbers'), '--format', 'summary');
  assert.equal(plugin.status, 0, plugin.stderr);
  assert.match(plugin.stdout + plugin.stderr, /bump-numbers/);
  // By default under the user's cache directory; an empty setting turns it off.
  const home = mkdtempSync(join(tmpdir(), 'pycodemod-compile-cache-home-'));
  assert.deepEqual(run({ XDG_CACHE_HOME: home, HOME: home, PYCODEMOD_COMPILE_CACHE: '' }, ...args), cold);
  assert.deepEqual(readdirSync(home), []);
  assert.deepEqual(run({ XDG_CACHE_HOME: home, HOME: home }, ...args), cold);
  assert.equal(readdirSync(join(home, 'pycodemod')).length, 1);
});

test('a run whose threads collect garbage keeps the code cache the run before it made', { skip: !BUILT && 'not built (npm run build)' }, () => {
  // Two worker threads, each asking V8 for its collector (runner/collect-garbage.ts).
  const cache = mkdtempSync(join(tmpdir(), 'pycodemod-compile-cache-'));
  const args = ['run', fileURLToPath(new URL('../examples', import.meta.url)), '--isolated', '--no-cache', '-j', '2', '--format', 'summary'];
  const cold = run(cache, ...args);
  assert.equal(cold.status, 0, cold.stderr);
  const file = join(cache, readdirSync(cache)[0] as string);
  const made = { bytes: readFileSync(file), modified: statSync(file).mtimeMs };
  // V8 accepts it (it checks the flags it was made under): nothing is made again.
  assert.deepEqual(run(cache, ...args), cold);
  assert.deepEqual({ bytes: readFileSync(file), modified: statSync(file).mtimeMs }, made);
});

test("the code cache lives in the user's own cache directory, or where PYCODEMOD_COMPILE_CACHE says", () => {
  assert.equal(compileCacheDirectory({ PYCODEMOD_COMPILE_CACHE: '/srv/cache' }), '/srv/cache');
  assert.equal(compileCacheDirectory({ PYCODEMOD_COMPILE_CACHE: '' }), null);
  if (process.platform !== 'win32') {
    assert.equal(compileCacheDirectory({ XDG_CACHE_HOME: '/home/me/.xdg' }), join('/home/me/.xdg', 'pycodemod'));
    // Never a directory relative to wherever the run is: a relative XDG_CACHE_HOME is ignored.
    const fallback = compileCacheDirectory({ XDG_CACHE_HOME: 'cache' });
    assert.ok(fallback === null || isAbsolute(fallback), String(fallback));
    assert.equal(fallback, compileCacheDirectory({}));
  }
});
