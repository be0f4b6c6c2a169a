// The cache of unchanged files (src/runner/cache.ts): a second run replays what the cache
// holds, a changed file or a changed run misses, and a corrupt or foreign cache is ignored.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
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
  // A string quote-style would change: the file is parsed (one it rules out by its text is not).
  writeFileSync(join(root, 'broken.py'), "def f(:\n    return 'x'\n");
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
  const names = readdirSync(join(root, CACHE_DIRECTORY)).filter((name) => name.endsWith('.json') && name !== 'runs.json');
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

/** A package whose docstrings transform needs the project phase (an index of every file). */
function indexedProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'pycodemod-cache-phase-'));
  writeFileSync(join(root, 'base.py'), 'class Base:\n    def area(self):\n        """The area, in square metres."""\n        return 0\n');
  writeFileSync(join(root, 'shapes.py'), 'from base import Base\n\n\nclass Square(Base):\n    def area(self):\n        # The side squared.\n        return self.side ** 2\n');
  return root;
}

async function indexedRun(root: string, cacheRoot: string | null = root) {
  const phases = new Set<string>();
  const report = await runPaths({
    paths: [root],
    cwd: root,
    jobs: 1,
    isolated: true,
    settings: { choices: [{ id: 'docstrings', options: {} }], transformModules: [], unsafe: false, explicit: [], renames: [], write: false, diff: true, keepText: false },
    ...(cacheRoot ? { cacheRoot } : {}),
    onProgress: (_done, _total, phase) => phases.add(phase),
  });
  const results = Object.fromEntries(report.results.map(({ displayPath, status, findings, warnings }) => [displayPath, { status, findings, warnings }]));
  return { results, indexed: phases.has('index'), conventions: report.conventions };
}

test('a run whose files all come from the cache skips the project phase; any edited file runs it again', async () => {
  const root = indexedProject();
  const cold = await indexedRun(root);
  assert.ok(cold.indexed);
  const warm = await indexedRun(root);
  assert.equal(warm.indexed, false);
  assert.deepEqual(warm.results, cold.results);
  assert.deepEqual(warm.conventions, cold.conventions);
  // The base class loses its docstring: the override's project data changes with it.
  writeFileSync(join(root, 'base.py'), 'class Base:\n    def area(self):\n        return 0\n');
  const edited = await indexedRun(root);
  assert.ok(edited.indexed);
  assert.deepEqual(edited.results, (await indexedRun(root, null)).results);
  assert.equal((await indexedRun(root)).indexed, false);
});

test('the conventions learnt from the code are replayed only for the same files with the same bytes', async () => {
  const root = indexedProject();
  await indexedRun(root);
  // A record edited by hand (with its check made to match) shows that it is read...
  const file = join(root, CACHE_DIRECTORY, 'runs.json');
  const records = JSON.parse(readFileSync(file, 'utf8')) as { check: string; records: Array<{ key: string; value: { lineLength?: { value: number; source: string } } }> };
  const learnt = records.records.filter((record) => record.value && typeof record.value === 'object' && 'lineLength' in record.value);
  assert.equal(learnt.length, 1);
  learnt[0]!.value.lineLength = { value: 61, source: 'edited record' };
  records.check = createHash('sha256').update(JSON.stringify(records.records)).digest('base64url');
  writeFileSync(file, JSON.stringify(records));
  assert.equal((await indexedRun(root)).conventions.lineLength.value, 61);
  // ...and not once a file has other bytes; a record whose check fails is never read.
  writeFileSync(join(root, 'shapes.py'), `${readFileSync(join(root, 'shapes.py'), 'utf8')}\n\nSIDES = 4\n`);
  assert.notEqual((await indexedRun(root)).conventions.lineLength.value, 61);
  const again = JSON.parse(readFileSync(file, 'utf8')) as typeof records;
  for (const record of again.records) if (record.value && typeof record.value === 'object' && 'lineLength' in record.value) record.value.lineLength = { value: 61, source: 'edited record' };
  writeFileSync(file, JSON.stringify(again));
  assert.notEqual((await indexedRun(root)).conventions.lineLength.value, 61);
});

test('conventions recorded by a run that learnt less are not replayed for a run that reads more', async () => {
  // Single quotes in every file but one: learnt, quote-style would change that one.
  const root = mkdtempSync(join(tmpdir(), 'pycodemod-cache-'));
  for (let index = 0; index < 40; index++) writeFileSync(join(root, `m${index}.py`), `NAME_${index} = 'value'\n\n\ndef f${index}(x):\n    return 'a' + x\n`);
  writeFileSync(join(root, 'odd.py'), 'GREETING = "hello"\n');
  // The vocabulary and the exception habits, but not the quotes, nor the docstrings' habits.
  const base = ['variable-names', 'exception-handling'];
  const conventions = async (ids: string[], cacheRoot: string | null) =>
    (
      await runPaths({
        paths: [root],
        cwd: root,
        jobs: 1,
        isolated: true,
        settings: { choices: ids.map((id) => ({ id, options: {} })), transformModules: [], unsafe: true, explicit: ids, renames: [], write: false, diff: false, keepText: false },
        ...(cacheRoot ? { cacheRoot } : {}),
      })
    ).conventions;
  await conventions(base, root);
  const fresh = await conventions(['quote-style', ...base], null);
  assert.equal(fresh.quotes.value, 'single');
  assert.deepEqual(await conventions(['quote-style', ...base], root), fresh);
});

test("a user transform's edited code makes the index phase run again, though no file changed", async () => {
  const root = indexedProject();
  const plugin = join(root, 'count-classes.mjs');
  // Reports, on every file, the number of classes the project phase counted, times a factor.
  const write = (factor: number) =>
    writeFileSync(
      plugin,
      `export default { id: 'count-classes', summary: 'Count classes', suggestion: 9, safety: 'safe', invariant: 'ast', scope: 'file', options: {},
        project: { collect: (file) => file.root.descendantsOfType('class_definition').length, combine: (files) => files.reduce((sum, { data }) => sum + data, 0) * ${factor} },
        *find(file, context) { yield { message: 'classes: ' + context.project, at: file.root }; } };\n`,
    );
  const runPlugin = async () => {
    const phases = new Set<string>();
    const report = await runPaths({
      paths: [root],
      files: [join(root, 'base.py'), join(root, 'shapes.py')],
      cwd: root,
      jobs: 1,
      isolated: true,
      cacheRoot: root,
      settings: { choices: [{ id: 'count-classes', options: {} }], transformModules: [plugin], unsafe: false, explicit: [], renames: [], write: false, diff: true, keepText: false },
      onProgress: (_done, _total, phase) => phases.add(phase),
    });
    return { messages: report.results.flatMap((result) => result.findings.map((finding) => finding.message)), indexed: phases.has('index') };
  };
  write(1);
  assert.deepEqual((await runPlugin()).messages, ['classes: 2', 'classes: 2']);
  assert.equal((await runPlugin()).indexed, false);
  // Node keeps the first import of a module for the process, so the edited code is not
  // what runs here (it would in the next command): the phase running again is the point.
  write(10);
  assert.equal((await runPlugin()).indexed, true);
});
