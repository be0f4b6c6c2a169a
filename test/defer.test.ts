// Files the project phase puts off (`defer`): the runner parses only those a `combine`
// asks for, and a rename over them finds what a run that reads every file finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSources } from '../src/engine/project.js';
import functionNames from '../transforms/function-names.js';
import type { FileResult } from '../src/runner/process-file.js';
import { runPaths } from '../src/runner/run.js';
import type { RunSettings } from '../src/runner/settings.js';
import { pluginPath, project } from './support/cli.js';

const settingsFor = (id: string, extra: Partial<RunSettings> = {}): RunSettings => ({
  choices: [{ id, options: {} }],
  transformModules: [],
  unsafe: false,
  explicit: [id],
  renames: [],
  write: false,
  diff: false,
  keepText: true,
  ...extra,
});

/**
 * function-names through the runner over `files` (written at `root`), checked against the
 * in-memory run that collects every file: each file's output and messages, as a row.
 */
async function sameAsInMemory(root: string, files: Record<string, string>, settings: RunSettings, options: Record<string, unknown>, renames = new Map<string, string>()): Promise<string[][]> {
  const results: FileResult[] = [];
  await runPaths({ paths: [root], cwd: root, jobs: 2, isolated: true, settings, onResult: (result) => results.push(result) });
  const inMemory = runSources(new Map(Object.entries(files)), [{ transform: functionNames, options }], { allowUnsafe: true, renames });
  const seen = results.map((result) => [result.displayPath, result.output ?? '', result.findings.map((finding) => finding.message).join('\n')]);
  const read = [...inMemory]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, outcome]) => [path, outcome.output ?? files[path] ?? '', outcome.findings.map((finding) => finding.message).join('\n')]);
  assert.deepEqual(seen, read);
  return seen;
}

test('a put-off file is collected when combine asks for it, and combine runs again; the others are never parsed', async () => {
  const root = project({
    'keep.py': 'keep = 1\n',
    'wanted.py': 'wanted = 2\n',
    // Never asked for: never parsed, so its syntax error goes unreported.
    'broken.py': 'def broken(:\n',
  });
  for (const jobs of [1, 2]) {
    const report = await runPaths({ paths: [root], cwd: root, jobs, isolated: true, settings: settingsFor('defer-files', { transformModules: [pluginPath('defer-files')] }) });
    assert.deepEqual(
      report.results.map(({ displayPath, status, findings }) => [displayPath, status, findings.map((finding) => finding.message)]),
      [
        ['broken.py', 'unchanged', []],
        ['keep.py', 'unchanged', [JSON.stringify({ collected: ['keep.py', 'wanted.py'], deferred: ['broken.py (broken)'] })]],
        ['wanted.py', 'unchanged', []],
      ],
    );
  }
});

test('a rename that puts off the files spelling none of its names finds what a run reading every file finds', async () => {
  const files: Record<string, string> = {
    'pkg/__init__.py': '',
    'pkg/tools.py': [
      'def fetch_all_the_rows(table):',
      '    return list(table)',
      '',
      '',
      'class Base:',
      '    def setUp(self):',
      '        pass',
      '',
      '    def load_the_rows(self):',
      '        return []',
      '',
    ].join('\n'),
    // Re-exports `tools` under another name, and spells none of the renamed names.
    'pkg/aliases.py': 'from pkg import tools as helpers\n',
    'pkg/use.py': 'from pkg.aliases import helpers\n\nprint(helpers.fetch_all_the_rows([]))\n',
    // A class between the base and an override, in a file that spells neither.
    'pkg/middle.py': 'import unittest\n\nfrom pkg.tools import Base\n\n\nclass Middle(Base):\n    pass\n\n\nclass Case(Base, unittest.TestCase):\n    pass\n',
    'pkg/leaf.py': 'from pkg.middle import Middle\n\n\nclass Leaf(Middle):\n    def load_the_rows(self):\n        return [1]\n',
    // Below the class between, a class that holds a new name already.
    'pkg/reader.py': 'from pkg.middle import Middle\n\n\nclass Reader(Middle):\n    def read_rows(self):\n        return 2\n',
    // Gets the new names through a star import.
    'pkg/star.py': 'from pkg.tools import *\n\nrows = 3\n',
    'pkg/other.py': 'def unrelated():\n    return 1\n',
  };
  const root = project(files);
  const plans = [
    [['pkg.tools.fetch_all_the_rows', 'fetch_rows']],
    [['pkg.tools.fetch_all_the_rows', 'rows']],
    [['pkg.tools.Base.load_the_rows', 'load_rows']],
    [['pkg.tools.Base.setUp', 'prepare']],
    [['pkg.tools.Base.load_the_rows', 'read_rows']],
  ] as const;
  const outcomes: string[][] = [];
  for (const plan of plans) {
    const renames = new Map<string, string>(plan);
    const seen = await sameAsInMemory(root, files, settingsFor('function-names', { unsafe: true, renames: [...renames] }), {}, renames);
    outcomes.push(seen.flatMap(([path, output, messages]) => (output !== files[path as string] || messages ? [`${path}: ${messages}`] : [])));
  }
  // The rename through the alias, the refusal for the star import's collision, the
  // override through the class between, the hook a base outside the project calls, and
  // the new name held by a class below the class between.
  assert.match(outcomes[0]?.join('\n') ?? '', /pkg\/use\.py: pkg\.tools\.fetch_all_the_rows is renamed to fetch_rows: 1 of 2 places in 2 files are here/);
  assert.match(outcomes[1]?.join('\n') ?? '', /rows is already bound in pkg\.star, which imports \* from pkg\.tools/);
  assert.match(outcomes[2]?.join('\n') ?? '', /pkg\/leaf\.py: pkg\.tools\.Base\.load_the_rows is renamed to load_rows with its overrides \(2 definitions\)/);
  assert.match(outcomes[3]?.join('\n') ?? '', /setUp may override a method of a base class outside the project/);
  assert.match(outcomes[4]?.join('\n') ?? '', /read_rows already exists in pkg\.reader\.Reader, in the class hierarchy/);
});

test('proposals made without a plan, from outlines and the places asked for, are those of a run reading every file', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join, relative } = await import('node:path');
  const fixtures = join(import.meta.dirname, '..', '__testfixtures__', 'function-names');
  const inputsOf = (name: string): Record<string, string> => {
    const root = join(fixtures, name, 'input');
    const walk = (directory: string): string[] => readdirSync(directory).flatMap((entry) => (statSync(join(directory, entry)).isDirectory() ? walk(join(directory, entry)) : [join(directory, entry)]));
    return Object.fromEntries(walk(root).map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
  };
  // Filler words to drop (`fetch_all_the_rows`), context a name repeats (`TensAdd._tens_add_...`),
  // names a proposal must stay clear of, in files that spell them and files that do not.
  const projects = [inputsOf('own-proposals'), inputsOf('context-repeat-dropped'), {
    'pkg/__init__.py': '',
    'pkg/tools.py': 'def fetch_all_the_rows(table):\n    return list(table)\n\n\nclass Base:\n    def load_the_rows(self):\n        return []\n',
    'pkg/use.py': 'from pkg import tools\n\nprint(tools.fetch_all_the_rows([]))\n',
    'pkg/leaf.py': 'from pkg.tools import Base\n\n\nclass Leaf(Base):\n    def load_the_rows(self):\n        return [1]\n\n    def load_rows(self):\n        return [2]\n',
    'pkg/other.py': 'def unrelated():\n    return 1\n',
  }];
  const options = { 'max-length': 10, public: 'propose' };
  let changed = 0;
  for (const files of projects) {
    const root = project(files);
    const seen = await sameAsInMemory(root, files, settingsFor('function-names', { unsafe: true, choices: [{ id: 'function-names', options }] }), options);
    changed += seen.filter(([path, output]) => output !== files[path as string]).length;
  }
  assert.ok(changed >= 4, `${changed} files renamed`);
});
