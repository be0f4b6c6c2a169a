// The cache of unchanged files (src/runner/cache.ts): a second run replays what the cache
// holds, a changed file or a changed run misses, and a corrupt or foreign cache is ignored.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CACHE_DIRECTORY } from '../src/runner/cache.js';
import { runPaths } from '../src/runner/run.js';
import type { RunSettings } from '../src/runner/settings.js';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'pycodemod-cache-'));
  writeFileSync(join(root, 'clean.py'), 'VALUES = [1, 2]\n');
  writeFileSync(join(root, 'messy.py'), "NAMES = ['a', \"b\"]\n");
  writeFileSync(join(root, 'broken.py'), 'def f(:\n');
  return root;
}

// Double quotes asked for: three small files give no project preference to follow.
function settings(options: Record<string, unknown> = { quote: 'double' }): RunSettings {
  return { choices: [{ id: 'quote-style', options }], transformModules: [], unsafe: false, explicit: [], renames: [], write: false, diff: true, keepText: false };
}

async function run(root: string, runSettings = settings(), cacheRoot: string | null = root) {
  const report = await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings: runSettings, ...(cacheRoot ? { cacheRoot } : {}) });
  return Object.fromEntries(report.results.map(({ displayPath, status, reason, findings, warnings }) => [displayPath, { status, reason, findings, warnings }]));
}

function cacheFile(root: string): string {
  const names = readdirSync(join(root, CACHE_DIRECTORY)).filter((name) => name.endsWith('.json'));
  assert.equal(names.length, 1, names.join(', '));
  return join(root, CACHE_DIRECTORY, names[0] as string);
}

/** Marks every cached entry, so that a result read from the cache can be told apart. */
function markEntries(root: string): void {
  const file = cacheFile(root);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { warnings: string[] }> };
  for (const entry of Object.values(data.entries)) entry.warnings.push('from the cache');
  writeFileSync(file, JSON.stringify(data));
}

test('unchanged and skipped files are answered from the cache on the next run; changed ones never', async () => {
  const root = project();
  const cold = await run(root);
  assert.equal(cold['messy.py']?.status, 'changed');
  assert.equal(cold['broken.py']?.status, 'skipped');
  markEntries(root);
  const warm = await run(root);
  assert.deepEqual(warm['clean.py']?.warnings, ['from the cache']);
  assert.deepEqual(warm['broken.py']?.warnings, ['from the cache']);
  assert.equal(warm['broken.py']?.reason, cold['broken.py']?.reason);
  assert.equal(warm['messy.py']?.status, 'changed');
  assert.ok(existsSync(join(root, CACHE_DIRECTORY, '.gitignore')));
});

test('an edited file, other options or --no-cache miss the cache', async () => {
  const root = project();
  await run(root);
  markEntries(root);
  writeFileSync(join(root, 'clean.py'), 'VALUES = [1, 2, 3]\n');
  const edited = await run(root);
  assert.deepEqual(edited['clean.py']?.warnings, []);
  assert.deepEqual(edited['broken.py']?.warnings, ['from the cache']);
  const otherOptions = await run(root, settings({ quote: 'single' }));
  assert.deepEqual(otherOptions['broken.py']?.warnings, []);
  const uncached = await run(root, settings(), null);
  assert.deepEqual(uncached['broken.py']?.warnings, []);
});

test('a corrupt or foreign cache file is ignored and replaced', async () => {
  const root = project();
  const cold = await run(root);
  const file = cacheFile(root);
  writeFileSync(file, '{"format": 1, "key": "not this run", "entries": {"clean.py\\u0000": {"hash": "x"}}}');
  assert.deepEqual(await run(root), cold);
  writeFileSync(file, '{ truncated');
  assert.deepEqual(await run(root), cold);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { findings: unknown }> };
  for (const entry of Object.values(data.entries)) entry.findings = 'not a list';
  writeFileSync(file, JSON.stringify(data));
  assert.deepEqual(await run(root), cold);
});

test('--since, standard input, per-file-ignores and --verify never replay the results of another run', async () => {
  const root = project();
  await run(root);
  markEntries(root);
  const clean = join(root, 'clean.py');
  // With --since a result depends on the changed lines: no cache read, none written.
  const since = await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings: settings(), cacheRoot: root, since: { revision: 'HEAD', changedLines: new Map([[clean, 'all']]) } });
  for (const result of since.results) assert.ok(!result.warnings.includes('from the cache'), result.displayPath);
  // Standard input names a file whose bytes are not the text run.
  const stdin = await runPaths({ paths: [clean], files: [clean], cwd: root, jobs: 1, isolated: true, settings: settings(), cacheRoot: root, stdin: { path: clean, text: "VALUES = ['a', \"b\"]\n" } });
  assert.equal(stdin.results[0]?.status, 'changed');
  assert.deepEqual(await run(root).then((warm) => warm['clean.py']?.warnings), ['from the cache']);
  const ignoring = await run(root, { ...settings(), perFileIgnores: [{ base: root, pattern: 'broken.py', ids: ['quote-style'] }] });
  assert.deepEqual(ignoring['broken.py']?.warnings, []);
  const verified = await run(root, { ...settings(), verify: true });
  assert.deepEqual(verified['broken.py']?.warnings, []);
});
