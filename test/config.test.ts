// Configuration: [tool.pycodemod] in the nearest pyproject.toml, --config, --isolated,
// flags over configuration, and one-line errors that name the key, the file and what is
// valid (exit 2, nothing written).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { transforms } from '../transforms/index.js';
import { cli as run, pluginPath, project } from './support/cli.js';

/** The project's configuration names test plugins: the user consents to running them. */
const cli = (directory: string, ...args: string[]) => run(directory, '--allow-exec', ...args);

/** The transform ids an error message lists: the built-in ones, then the test plugins. */
const LISTED = [...transforms.map((transform) => transform.id), 'rename-foo', 'unsafe-spam'].join(', ');

const RENAME_FOO = pluginPath('rename-foo');
const UNSAFE_SPAM = pluginPath('unsafe-spam');

function pyproject(body: string): string {
  return `[project]\nname = "demo"\n\n[tool.pycodemod]\nplugins = [${JSON.stringify(RENAME_FOO)}, ${JSON.stringify(UNSAFE_SPAM)}]\n${body}`;
}

const read = (directory: string, path: string) => readFileSync(join(directory, path), 'utf8');

describe('configuration in pyproject.toml', () => {
  test('select, unsafe and a transform table apply', async () => {
    const directory = project({
      'pyproject.toml': pyproject('select = ["unsafe-spam"]\nunsafe = true\n\n[tool.pycodemod.unsafe-spam]\nname = "ham"\nstyle = "loud"\n'),
      'a.py': 'foo = spam\n',
    });
    const result = await cli(directory, '-w', '--allow-dirty', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), 'foo = HAM\n');
  });

  test('flags override it: -t replaces select, --set an option, --no-unsafe the unsafe key', async () => {
    const files = { 'pyproject.toml': pyproject('select = ["unsafe-spam"]\nunsafe = true\n[tool.pycodemod.unsafe-spam]\nname = "ham"\n'), 'a.py': 'foo = spam\n' };
    const named = project(files);
    await cli(named, '-w', '-t', 'rename-foo', '.');
    assert.equal(read(named, 'a.py'), 'bar = spam\n');
    const set = project(files);
    await cli(set, '-w', '--set', 'unsafe-spam.name=bacon', '.');
    assert.equal(read(set, 'a.py'), 'foo = bacon\n');
    const noUnsafe = project(files);
    const result = await cli(noUnsafe, '-w', '--no-unsafe', '.');
    assert.equal(read(noUnsafe, 'a.py'), 'foo = spam\n');
    assert.match(result.stderr, /1 unsafe fix not applied/);
  });

  test('ignore removes transforms from select = ["all"]; without select, the safe ones run', async () => {
    const all = project({ 'pyproject.toml': pyproject('select = ["all"]\nignore = ["rename-foo"]\nunsafe = true\n'), 'a.py': 'foo = spam\n' });
    await cli(all, '-w', '.');
    assert.equal(read(all, 'a.py'), 'foo = eggs\n');
    const safe = project({ 'pyproject.toml': pyproject(''), 'a.py': 'foo = spam\n' });
    await cli(safe, '-w', '.');
    assert.equal(read(safe, 'a.py'), 'bar = spam\n');
  });

  test('exclude patterns are relative to the configuration file, wherever pycodemod runs', async () => {
    const directory = project({
      'pyproject.toml': pyproject('exclude = ["pkg/generated/"]\n'),
      'pkg/a.py': 'foo = 1\n',
      'pkg/generated/b.py': 'foo = 1\n',
    });
    const result = await cli(join(directory, 'pkg'), '--format', 'summary', '.');
    assert.match(result.stderr, /pycodemod: 1 file in/);
  });

  test('the nearest configuration wins; a pyproject.toml without the table is passed over', async () => {
    const directory = project({
      'pyproject.toml': pyproject('select = ["unsafe-spam"]\nunsafe = true\n[tool.pycodemod.unsafe-spam]\nname = "root"\n'),
      'inner/pyproject.toml': pyproject('select = ["unsafe-spam"]\nunsafe = true\n[tool.pycodemod.unsafe-spam]\nname = "inner"\n'),
      'inner/a.py': 'spam = 1\n',
      'plain/pyproject.toml': '[project]\nname = "plain"\n',
      'plain/b.py': 'spam = 1\n',
    });
    await cli(directory, '-w', 'inner/a.py');
    assert.equal(read(directory, 'inner/a.py'), 'inner = 1\n');
    await cli(directory, '-w', 'plain');
    assert.equal(read(directory, 'plain/b.py'), 'root = 1\n');
    const both = await cli(directory, '-w', 'inner', 'plain');
    assert.equal(both.status, 2);
    assert.match(both.stderr, /inner and plain have different configurations \(inner\/pyproject\.toml, pyproject\.toml\)/);
  });

  test('--config names a file (its top level, or its [tool.pycodemod]); --isolated ignores all', async () => {
    const directory = project({
      'pyproject.toml': pyproject('select = ["unsafe-spam"]\nunsafe = true\n'),
      'ci.toml': `plugins = [${JSON.stringify(UNSAFE_SPAM)}]\nselect = ["unsafe-spam"]\nunsafe = true\n[unsafe-spam]\nname = "from_ci"\n`,
      'a.py': 'spam = 1\n',
    });
    await cli(directory, '-w', '--config', 'ci.toml', '.');
    assert.equal(read(directory, 'a.py'), 'from_ci = 1\n');
    const isolated = await cli(directory, '--isolated', '--format', 'summary', '.');
    assert.equal(isolated.status, 0, isolated.stderr);
    assert.doesNotMatch(isolated.stderr, /unsafe-spam/);
  });

  test('jobs from the configuration, overridden by -j', async () => {
    const directory = project({ 'pyproject.toml': pyproject('jobs = 1\n'), 'a.py': 'foo = 1\n' });
    assert.equal((await cli(directory, '.')).status, 0);
  });
});

describe('configuration errors: one line naming the key, the file and what is valid; exit 2', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown key', 'colour = "red"\n', new RegExp(`pyproject\\.toml: unknown key 'colour' in \\[tool\\.pycodemod\\]; valid keys: select, ignore, exclude, extend-exclude, per-file-ignores, target-version, unsafe, jobs, plugins, a convention \\(line-length, [^)]*\\), or a transform id for its options \\(${LISTED}\\)`)],
    ['bad enum value', '[tool.pycodemod.unsafe-spam]\nstyle = "quiet"\n', /pyproject\.toml \[tool\.pycodemod\.unsafe-spam\]: invalid value "quiet" for unsafe-spam\.style: expected one of plain, loud/],
    ['integer below its minimum', '[tool.pycodemod.unsafe-spam]\nmax-count = 0\n', /\[tool\.pycodemod\.unsafe-spam\]: invalid value 0 for unsafe-spam\.max-count: expected an integer >= 1/],
    ['a string where a list is due', '[tool.pycodemod.unsafe-spam]\nskip = 3\n', /invalid value 3 for unsafe-spam\.skip: expected a comma-separated list/],
    ['unknown option', '[tool.pycodemod.unsafe-spam]\ncolour = "red"\n', /\[tool\.pycodemod\.unsafe-spam\]: unknown option 'colour' for transform unsafe-spam; valid options: name, style, max-count, skip/],
    ['snake_case option name', '[tool.pycodemod.unsafe-spam]\nmax_count = 3\n', /unknown option 'max_count'; did you mean 'max-count'\?/],
    ['unknown transform in select', 'select = ["docstring"]\n', new RegExp(`pyproject\\.toml \\[tool\\.pycodemod\\] select: unknown transform 'docstring'; valid: ${LISTED}, all`)],
    ['select not a list', 'select = "rename-foo"\n', /\[tool\.pycodemod\]: select must be a list of strings/],
    ['unsafe not a boolean', 'unsafe = "yes"\n', /\[tool\.pycodemod\]: unsafe must be true or false; got "yes"/],
    ['jobs zero', 'jobs = 0\n', /\[tool\.pycodemod\]: jobs must be a whole number of worker threads, 1 or more; got 0/],
    ['a transform key that is not a table', '"rename-foo" = 3\n', /\[tool\.pycodemod\] rename-foo must be a table of options/],
    ['invalid TOML', 'select = [\n', /pyproject\.toml:\d+:\d+ is not valid TOML/],
  ];
  for (const [name, body, pattern] of cases) {
    test(name, async () => {
      const directory = project({ 'pyproject.toml': pyproject(body), 'a.py': 'foo = spam\n' });
      const result = await cli(directory, '-w', '.');
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.equal(read(directory, 'a.py'), 'foo = spam\n');
    });
  }

  test('--config naming a missing file', async () => {
    const result = await cli(project({ 'a.py': 'x = 1\n' }), '--config', 'nope.toml', '.');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--config nope\.toml: file does not exist/);
  });
});

describe('explain shows the configured values', () => {
  test('with the file they come from; defaults stay listed', async () => {
    const directory = project({ 'pyproject.toml': pyproject('[tool.pycodemod.unsafe-spam]\nname = "ham"\nmax-count = 3\nskip = ["a.py", "b.py"]\n') });
    const result = await cli(directory, 'explain', 'unsafe-spam');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /name = eggs {2}\(configured: ham in pyproject\.toml\)/);
    assert.match(result.stdout, /max-count = 100 {2}\(configured: 3 in pyproject\.toml\)/);
    assert.match(result.stdout, /skip = \(none\) {2}\(configured: a\.py,b\.py in pyproject\.toml\)/);
    assert.match(result.stdout, /style = plain \[plain, loud\]\n/);
  });

  test('an example that needs options says which (variable-names renames only declared words by default)', async () => {
    const result = await cli(project({}), 'explain', 'variable-names');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Before \(with --set variable-names\.abbreviations=dest=destination\):\n {4}def migrate/);
    // A table option says how to give it entry by entry.
    assert.match(result.stdout, /--set variable-names\.abbreviations\.KEY=VALUE/);
    const plain = await cli(project({}), 'explain', 'trailing-commas');
    assert.match(plain.stdout, /\nBefore:\n/);
  });
});
