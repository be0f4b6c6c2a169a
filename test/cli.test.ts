// The command line end to end: exit statuses, one-line errors, what a dry run prints
// (a diff that `git apply` turns into exactly the --write result), byte-exact writes.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

const PLUGIN = fileURLToPath(new URL('./support/plugins/rename-foo.mjs', import.meta.url));

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function cli(cwd: string, ...args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const status = await main(args, { stdout, stderr, cwd });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

function project(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

const plugin = ['--plugin', PLUGIN, '-t', 'rename-foo'];

describe('bad input: one line, exit 2, nothing written', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown transform', ['-t', 'no-such-thing', '.'], /unknown transform 'no-such-thing'; valid: /],
    ['unknown option', [...plugin, '--set', 'rename-foo.colour=red', '.'], /unknown option 'colour' for transform rename-foo; valid options: break/],
    ['bad option value', [...plugin, '--set', 'rename-foo.break=maybe', '.'], /invalid value "maybe" for rename-foo.break: expected true or false/],
    ['malformed --set', ['--set', 'nodot', '.'], /expected ID.OPTION=VALUE/],
    ['table entry of an option that is no table', ['--set', 'docstrings.style.google=numpy', '.'], /docstrings.style is not a table/],
    ['table entry with a comma', ['--set', 'variable-names.abbreviations.rp=a,b=c', '.'], /one entry per flag/],
    ['bad line range', ['-t', 'split-functions', '--set', 'split-functions.lines=a.py:5', '.'], /invalid value "a.py:5" for split-functions.lines: expected FILE:START-END/],
    ['line range in a file not given', ['-t', 'split-functions', '--set', 'split-functions.lines=b.py:1-2', '--set', 'split-functions.name=helper', '.'], /split-functions: lines names b.py, which is not among the files of this run/],
    ['bad helper name', ['-t', 'split-functions', '--set', 'split-functions.name=two words', '.'], /invalid value "two words" for split-functions.name: expected a Python identifier/],
    ['missing path', [...plugin, 'missing.py'], /path does not exist: missing.py/],
    ['unknown flag', ['--frobnicate', '.'], /Unknown argument: frobnicate/],
    ['bad --jobs', [...plugin, '-j', '0', '.'], /--jobs 0: expected a whole number/],
    ['bad --format', ['--format', 'xml', '.'], /Invalid values/],
    ['bad rename', ['--rename', 'pkg.mod.f=not valid', '.'], /is not a Python identifier/],
    ['bad plan file', ['--plan', 'plan.toml', '.'], /is not valid TOML/],
  ];
  for (const [name, args, pattern] of cases) {
    test(name, async () => {
      const directory = project({ 'a.py': 'foo = 1\n', 'plan.toml': '"pkg.f" = \n' });
      const result = await cli(directory, ...args, '-w');
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.equal(readFileSync(join(directory, 'a.py'), 'utf8'), 'foo = 1\n');
    });
  }
});

describe('dry run and --write', () => {
  test('the dry-run diff applies with git apply and equals the --write result', async () => {
    const files = {
      'pkg/a.py': 'foo = 1\nprint(foo)\n',
      'pkg/crlf.py': 'x = 1\r\nfoo = 2\r\n',
      'pkg/no_newline.py': 'foo = 3',
      'pkg/bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name = "é"\nfoo = 4\n')]),
      'pkg/untouched.py': 'x = 1\n',
    };
    const dry = project(files);
    const written = project(files);
    execFileSync('git', ['init', '-q'], { cwd: dry });
    const preview = await cli(dry, ...plugin, '--no-color', '.');
    assert.equal(preview.status, 0, preview.stderr);
    assert.match(preview.stderr, /4 would change, 1 unchanged/);
    writeFileSync(join(dry, 'changes.diff'), preview.stdout);
    execFileSync('git', ['apply', 'changes.diff'], { cwd: dry });
    const write = await cli(written, ...plugin, '-w', '.');
    assert.equal(write.status, 0, write.stderr);
    for (const path of Object.keys(files)) {
      assert.deepEqual(readFileSync(join(dry, path)), readFileSync(join(written, path)), path);
    }
    assert.equal(readFileSync(join(written, 'pkg/crlf.py'), 'utf8'), 'x = 1\r\nbar = 2\r\n');
    assert.equal(readFileSync(join(written, 'pkg/no_newline.py'), 'utf8'), 'bar = 3');
    assert.deepEqual([...readFileSync(join(written, 'pkg/bom.py')).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  test('--write keeps the file mode', async () => {
    const directory = project({ 'tool.py': '#!/usr/bin/env python3\nfoo = 1\n' });
    chmodSync(join(directory, 'tool.py'), 0o751);
    await cli(directory, ...plugin, '-w', '.');
    assert.equal(statSync(join(directory, 'tool.py')).mode & 0o777, 0o751);
    assert.equal(readFileSync(join(directory, 'tool.py'), 'utf8'), '#!/usr/bin/env python3\nbar = 1\n');
  });

  test('--check exits 1 when something would change, and writes nothing', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const result = await cli(directory, ...plugin, '--check', '.');
    assert.equal(result.status, 1);
    assert.equal(readFileSync(join(directory, 'a.py'), 'utf8'), 'foo = 1\n');
    assert.equal((await cli(project({ 'a.py': 'x = 1\n' }), ...plugin, '--check', '.')).status, 0);
  });

  test('--set ID.OPTION.KEY=VALUE adds entries to a table option, one flag each', async () => {
    const source = 'def move(hosts):\n    for dest_host_rp in hosts:\n        print(dest_host_rp)\n';
    const directory = project({ 'a.py': source });
    const entries = ['--set', 'variable-names.abbreviations.dest=destination', '--set', 'variable-names.abbreviations.rp=resource_provider'];
    const result = await cli(directory, '-t', 'variable-names', '--isolated', '--no-color', ...entries, '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\+    for destination_host_resource_provider in hosts:/);
  });

  test('a rename reads again only the files it touches, and still reports the others as they are', async () => {
    const files = {
      'pkg/__init__.py': '',
      'pkg/a.py': 'def old_name():\n    return 1\n',
      'pkg/b.py': 'from pkg.a import old_name\n\nprint(old_name())\n',
      'pkg/c.py': 'x = 1\n',
      // Spells no old name: never parsed, so its syntax error goes unreported.
      'pkg/d.py': 'def broken(:\n',
      'pkg/e.py': '# pycodemod: skip-file\nimport os\n',
      'pkg/f.py': 'from pkg.a import old_name(\n',
    };
    const result = await cli(project(files), '-t', 'function-names', '--rename', 'pkg.a.old_name=new_name', '--isolated', '--no-color', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /7 files in [\d.]+s: 2 would change, 3 unchanged, 2 skipped, 0 failed/);
    assert.match(result.stdout, /\+from pkg\.a import new_name/);
  });

  test('a rename a suppression comment or per-file-ignores would leave half made is not made', async () => {
    const files = {
      'pkg/__init__.py': '',
      'pkg/a.py': 'def old_name():\n    return 1\n',
      'pkg/b.py': 'from pkg.a import old_name  # pycodemod: ignore[function-names]\n',
    };
    const directory = project(files);
    const result = await cli(directory, '-t', 'function-names', '--rename', 'pkg.a.old_name=new_name', '--isolated', '--no-color', '.', '-w');
    assert.match(result.stderr, /0 changed/);
    assert.equal(readFileSync(join(directory, 'pkg/a.py'), 'utf8'), files['pkg/a.py']);
    const ignoring = project({ ...files, 'pkg/b.py': 'from pkg.a import old_name\n', 'pyproject.toml': '[tool.pycodemod.per-file-ignores]\n"pkg/b.py" = ["function-names"]\n' });
    const second = await cli(ignoring, '-t', 'function-names', '--rename', 'pkg.a.old_name=new_name', '--no-color', '.', '-w');
    assert.match(second.stderr, /0 changed/, second.stderr);
    assert.equal(readFileSync(join(ignoring, 'pkg/a.py'), 'utf8'), files['pkg/a.py']);
  });

  test('output order is deterministic whatever the number of workers', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`m${String(index).padStart(2, '0')}.py`, `foo = ${index}\n`]));
    const one = await cli(project(files), ...plugin, '-j', '1', '.');
    const two = await cli(project(files), ...plugin, '-j', '2', '.');
    assert.equal(one.stdout, two.stdout);
    assert.deepEqual([...one.stdout.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((match) => match[1]), Object.keys(files).sort());
  });
});

describe('bad files never stop the others', () => {
  test('each is reported with a clear reason and the rest is written; a failed rewrite exits 3', async () => {
    const directory = project({
      'good.py': 'foo = 1\n',
      'syntax.py': 'foo = 1\ndef f(:\n    pass\n',
      'latin.py': Buffer.from('# -*- coding: latin-1 -*-\nfoo = "\xe9"\n', 'latin1'),
      'invalid.py': Buffer.from([0x66, 0x6f, 0x6f, 0x20, 0x3d, 0x20, 0xff, 0x0a]),
      'binary.py': Buffer.from([0x00, 0x01, 0x02]),
    });
    const result = await cli(directory, ...plugin, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /skipped: syntax\.py:2:\d+: syntax error/);
    assert.match(result.stderr, /skipped: latin\.py: declares the latin-1 encoding/);
    assert.match(result.stderr, /skipped: invalid\.py: is not valid UTF-8/);
    assert.match(result.stderr, /skipped: binary\.py: binary file/);
    assert.equal(readFileSync(join(directory, 'good.py'), 'utf8'), 'bar = 1\n');

    const broken = project({ 'a.py': 'foo = 1\n', 'b.py': 'x = 1\n' });
    const failed = await cli(broken, ...plugin, '--set', 'rename-foo.break=true', '-w', '.');
    assert.equal(failed.status, 3);
    assert.match(failed.stderr, /failed: a\.py: the fixes of rename-foo would introduce a syntax error at line 1/);
    assert.equal(readFileSync(join(broken, 'a.py'), 'utf8'), 'foo = 1\n');
  });
});

describe('discovery', () => {
  test('.gitignore, --exclude, shebang scripts, and .pyi only on request', async () => {
    const directory = project({
      '.gitignore': 'build/\n*_generated.py\n',
      'src/a.py': 'foo = 1\n',
      'src/a_generated.py': 'foo = 1\n',
      'build/b.py': 'foo = 1\n',
      'vendor/c.py': 'foo = 1\n',
      'src/_vendor/packaging/d.py': 'foo = 1\n',
      'src/third_party/e.py': 'foo = 1\n',
      'scripts/tool': '#!/usr/bin/env python3\nfoo = 1\n',
      'scripts/notes': 'foo = 1\n',
      'stubs/s.pyi': 'foo: int\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: directory });
    const result = await cli(directory, ...plugin, '--exclude', 'vendor/', '.');
    const changed = [...result.stdout.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((match) => match[1]);
    assert.deepEqual(changed, ['scripts/tool', 'src/a.py']);
    const withStubs = await cli(directory, ...plugin, '--exclude', 'vendor/', '--pyi', '--format', 'summary', '.');
    assert.match(withStubs.stderr, /3 files in [\d.]+s: 3 would change/);
    // Vendored code is walked only when named.
    const named = await cli(directory, ...plugin, 'src/_vendor');
    assert.deepEqual([...named.stdout.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((match) => match[1]), ['src/_vendor/packaging/d.py']);
  });

  test('the example project runs as the README says', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pycodemod-example-'));
    cpSync(fileURLToPath(new URL('../examples/', import.meta.url)), directory, { recursive: true });
    const result = await cli(directory, '--format', 'summary', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /pycodemod: 5 files/);
  });

  test('the example\'s own tests pass after every transform is written, and the lost test runs again when asked', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pycodemod-example-'));
    cpSync(fileURLToPath(new URL('../examples/', import.meta.url)), directory, { recursive: true });
    const unittest = () => spawnSync('python3', ['-m', 'unittest', 'discover', '-s', 'tests', '-t', '.'], { cwd: directory, encoding: 'utf8' });
    const before = unittest();
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stderr, /Ran 3 tests/);
    const reported = await cli(directory, '-t', 'test-names', '--format', 'json', '.');
    assert.match(reported.stdout + reported.stderr, /test_resize_to_other_host at line \d+ is shadowed .* not renamed/);
    const written = await cli(directory, '-t', 'all', '--set', 'test-names.duplicates=rename', '--write', '.');
    assert.equal(written.status, 0, written.stderr);
    // The long test is a scenario of steps and assertions: split-functions leaves it whole.
    assert.doesNotMatch(written.stderr, /split-functions +\d+ fix/);
    const after = unittest();
    assert.equal(after.status, 0, after.stderr);
    assert.match(after.stderr, /Ran 4 tests/);
  });
});

describe('suggest and plans', () => {
  const SHOUT = fileURLToPath(new URL('./support/plugins/shout-names.mjs', import.meta.url));

  test('suggest writes a TOML plan that --plan applies', async () => {
    const directory = project({ 'pkg/__init__.py': '', 'pkg/mod.py': 'def go():\n    return go\n' });
    const suggested = await cli(directory, 'suggest', '--plugin', SHOUT, '-t', 'shout-names', '.');
    assert.equal(suggested.status, 0, suggested.stderr);
    assert.match(suggested.stdout, /^# go in pkg\/mod\.py\n"pkg\.mod\.go" = "GO"$/m);
    writeFileSync(join(directory, 'plan.toml'), suggested.stdout);
    const applied = await cli(directory, '--plugin', SHOUT, '-t', 'shout-names', '--plan', 'plan.toml', '-w', '.');
    assert.equal(applied.status, 0, applied.stderr);
    assert.equal(readFileSync(join(directory, 'pkg/mod.py'), 'utf8'), 'def GO():\n    return GO\n');
  });

  test('suggest needs one transform that proposes names', async () => {
    const directory = project({ 'a.py': '' });
    const unknown = await cli(directory, 'suggest', '-t', 'nothing', '.');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown transform 'nothing'; valid: /);
    const proposesNothing = await cli(directory, 'suggest', '-t', 'docstrings', '.');
    assert.equal(proposesNothing.status, 2);
    assert.match(proposesNothing.stderr, /suggest needs exactly one transform that proposes renames: -t function-names or -t test-names/);
  });

  test('suggest reads the configuration, with --set and --isolated on top', async () => {
    const directory = project({
      'pyproject.toml': '[tool.pycodemod.function-names]\nmax-length = 15\n',
      'mod.py': 'def _start_the_service():\n    pass\n\n\n_start_the_service()\n',
    });
    const configured = await cli(directory, 'suggest', '-t', 'function-names', '.');
    assert.equal(configured.status, 0, configured.stderr);
    assert.match(configured.stdout, /^"mod\._start_the_service" = "_start_service"$/m);
    const isolated = await cli(directory, 'suggest', '-t', 'function-names', '--isolated', '.');
    assert.match(isolated.stdout, /# Nothing to propose\./);
    const overridden = await cli(directory, 'suggest', '-t', 'function-names', '--set', 'function-names.max-length=40', '.');
    assert.match(overridden.stdout, /# Nothing to propose\./);
  });
});

describe('exclude patterns', () => {
  test('match relative to a named directory outside the working directory', async () => {
    const directory = project({ 'lib/a.py': 'foo = 1\n', 'lib/site-packages/b.py': 'foo = 1\n' });
    const elsewhere = project({});
    const result = await cli(elsewhere, ...plugin, '--exclude', 'site-packages/', '--format', 'summary', join(directory, 'lib'));
    assert.match(result.stderr, /pycodemod: 1 file in/);
  });
});
