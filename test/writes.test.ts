// Writes that never lose a user's edit or a file's identity: compare and swap, symbolic
// and hard links, owner and group, read-only files, CR-only line ends; and the ways a run
// is asked for (standard input, flags) that must not be misread.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, linkSync, mkdirSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readPython, writeChecked, WriteRefused } from '../src/runner/encoding.js';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { Capture, cli, cliWith, git, pluginPath, project } from './support/cli.js';

const renameFoo = ['--plugin', pluginPath('rename-foo'), '-t', 'rename-foo'];
const read = (directory: string, path: string) => readFileSync(join(directory, path), 'utf8');

describe('compare and swap', () => {
  test('a file edited after it was read is not written: "changed during the run", exit 3', async () => {
    const directory = project({ 'a.py': 'x = 1\n', 'b.py': 'y = 2\n' });
    const target = join(directory, 'a.py');
    const result = await cli(directory, '--plugin', pluginPath('edit-during-run'), '-t', 'edit-during-run', '--set', `edit-during-run.target=${target}`, '-w', '.');
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stderr, /failed: a\.py: changed during the run \(edited since pycodemod read it\); left unchanged, run again/);
    // The user's edit is kept; the other file is written.
    assert.equal(read(directory, 'a.py'), 'x = 1\n# the user was here\n');
    assert.equal(read(directory, 'b.py'), '# touched\ny = 2\n');
    // The summary does not count the fix of the file that was not written.
    assert.match(result.stderr, /edit-during-run {2}1 fix applied/);
  });

  test('writeChecked refuses bytes that differ from what was read', () => {
    const directory = project({ 'a.py': 'x = 1\n' });
    const path = join(directory, 'a.py');
    const read = readPython(path);
    assert.ok(read.ok);
    writeFileSync(path, 'x = 2\n');
    assert.throws(() => writeChecked(path, Buffer.from('x = 3\n'), read.fingerprint), (error) => error instanceof WriteRefused && error.status === 'failed');
    assert.equal(readFileSync(path, 'utf8'), 'x = 2\n');
  });
});

describe('what a file is stays', () => {
  test('a symbolic link: the target is written, the link stays a link', async () => {
    const directory = project({ 'real/a.py': 'foo = 1\n' });
    symlinkSync(join(directory, 'real/a.py'), join(directory, 'link.py'));
    const result = await cli(directory, ...renameFoo, '-w', 'link.py');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(lstatSync(join(directory, 'link.py')).isSymbolicLink());
    assert.equal(read(directory, 'real/a.py'), 'bar = 1\n');
  });

  test('hard links stay linked; owner and group are kept', async () => {
    const directory = project({ 'a.py': 'foo = 1\n', 'b.py': 'foo = 2\n' });
    linkSync(join(directory, 'a.py'), join(directory, 'other-name.txt'));
    const canChown = process.getuid?.() === 0;
    if (canChown) chownSync(join(directory, 'b.py'), 1234, 2345);
    const result = await cli(directory, ...renameFoo, '-w', 'a.py', 'b.py');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'other-name.txt'), 'bar = 1\n');
    assert.equal(statSync(join(directory, 'a.py')).nlink, 2);
    assert.equal(read(directory, 'b.py'), 'bar = 2\n');
    if (canChown) {
      const { uid, gid } = statSync(join(directory, 'b.py'));
      assert.deepEqual([uid, gid], [1234, 2345]);
    }
  });

  test('a read-only file is left alone with the reason (even for root)', async () => {
    const directory = project({ 'a.py': 'foo = 1\n', 'b.py': 'foo = 2\n' });
    chmodSync(join(directory, 'a.py'), 0o444);
    const result = await cli(directory, ...renameFoo, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /skipped: a\.py: is read-only \(mode 0444\); left unchanged/);
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
    assert.equal(read(directory, 'b.py'), 'bar = 2\n');
  });

  test('CR-only line ends stay CR-only in inserted lines', async () => {
    const directory = project({ 'a.py': 'def area(width, height):\r    # The area of a rectangle, in square units.\r    return width * height\r' });
    const result = await cli(directory, '-t', 'docstrings', '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    const text = read(directory, 'a.py');
    assert.ok(text.includes('"""'), text);
    assert.ok(!text.includes('\n'), JSON.stringify(text));
  });

  test('a FIFO named on the command line is skipped, not waited on', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const made = spawnSync('mkfifo', [join(directory, 'pipe.py')]);
    if (made.status !== 0) return;
    const result = await cli(directory, ...renameFoo, 'pipe.py', 'a.py');
    assert.match(result.stderr, /skipped: pipe\.py: is not a regular file/);
  });
});

describe('standard input', () => {
  test('- with --stdin-filename: the diff, or with --write the whole result, on stdout; nothing on disk', async () => {
    const directory = project({ 'pkg/a.py': 'foo = 1\n' });
    const diff = await cliWith(directory, { input: 'foo = 2\nx = foo\n' }, ...renameFoo, '-', '--stdin-filename', 'pkg/a.py');
    assert.equal(diff.status, 0, diff.stderr);
    assert.match(diff.stdout, /^--- a\/pkg\/a\.py\n\+\+\+ b\/pkg\/a\.py\n[^]*^-foo = 2\n-x = foo\n\+bar = 2\n\+x = bar\n/m);
    const written = await cliWith(directory, { input: 'foo = 2\n' }, ...renameFoo, '-w', '-', '--stdin-filename', 'pkg/a.py');
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stdout, 'bar = 2\n');
    assert.equal(read(directory, 'pkg/a.py'), 'foo = 1\n');
    const unchanged = await cliWith(directory, { input: 'x = 1\n' }, ...renameFoo, '-w', '-', '--stdin-filename', 'pkg/a.py');
    assert.equal(unchanged.stdout, 'x = 1\n');
    const check = await cliWith(directory, { input: 'foo = 2\n' }, ...renameFoo, '--check', '-', '--stdin-filename', 'pkg/a.py');
    assert.equal(check.status, 1);
  });

  test('- without --stdin-filename is a usage error; nothing is written', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const result = await cliWith(directory, { input: 'foo = 1\n' }, ...renameFoo, '-w', '-');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^pycodemod: error: - reads the source from standard input and needs --stdin-filename PATH/);
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
  });
});

describe('no code from the checked repository runs without consent', () => {
  const marker = (directory: string) => join(directory, 'ran');
  const config = (directory: string) =>
    `[tool.pycodemod]\nplugins = [${JSON.stringify(pluginPath('rename-foo'))}]\n\n[tool.pycodemod.docstrings]\nsummarizer-command = "touch ${marker(directory)}"\nsummarizer-url = "http://127.0.0.1:9/v1"\n`;

  test('plugins and summarizer-command of the project: one warning, not used; --allow-exec uses them', async () => {
    const directory = project({ 'a.py': 'def area(width, height):\n    # The area of a rectangle, in square units.\n    return width * height\n' });
    writeFileSync(join(directory, 'pyproject.toml'), config(directory));
    for (const args of [['-t', 'docstrings', '.'], ['--check', '-t', 'docstrings', '.'], ['list']]) {
      const result = await cli(directory, ...args);
      const warnings = result.stderr.split('\n').filter((line) => line.includes('warning'));
      assert.equal(warnings.length, 1, result.stderr);
      assert.match(warnings[0] ?? '', /pyproject\.toml names code to run \(plugins \(1\), docstrings\.summarizer-command, docstrings\.summarizer-url\); not used: pass --allow-exec if you trust this repository/);
      assert.ok(!statSync(marker(directory), { throwIfNoEntry: false }), `${args.join(' ')} ran the command`);
    }
    const list = await cli(directory, 'list');
    assert.ok(!list.stdout.includes('rename-foo'));
    const allowed = await cli(directory, '--allow-exec', 'list');
    assert.match(allowed.stdout, /rename-foo/);
  });

  test("the user's own configuration trusts a repository (allow-exec = [directories]); a repository cannot", async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    writeFileSync(join(directory, 'pyproject.toml'), `[tool.pycodemod]\nplugins = [${JSON.stringify(pluginPath('rename-foo'))}]\n`);
    const home = project({});
    const userConfig = join(home, 'pycodemod', 'config.toml');
    const env = { XDG_CONFIG_HOME: home };
    mkdirSync(join(home, 'pycodemod'));
    writeFileSync(userConfig, `allow-exec = ["${join(directory, 'elsewhere')}"]\n`);
    const untrusted = await cliWith(directory, { env }, '-t', 'rename-foo', '.');
    assert.equal(untrusted.status, 2, untrusted.stderr);
    assert.match(untrusted.stderr, new RegExp(`or list it under allow-exec in ${userConfig.replace(/[.]/g, '\\.')}`));
    writeFileSync(userConfig, `allow-exec = [${JSON.stringify(directory)}]\n`);
    const trusted = await cliWith(directory, { env }, '-t', 'rename-foo', '.');
    assert.equal(trusted.status, 0, trusted.stderr);
    assert.match(trusted.stdout, /^\+bar = 1$/m);
    writeFileSync(userConfig, 'allow-exec = "yes"\n');
    const bad = await cliWith(directory, { env }, '-t', 'rename-foo', '.');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^pycodemod: error: .*config\.toml: allow-exec must be true, false or a list of directories/m);
  });
});

describe('flags that used to be misread', () => {
  test('--check with --write, an empty -t, --plan without a renaming transform: usage errors', async () => {
    const directory = project({ 'a.py': 'foo = 1\n', 'plan.toml': '"a.foo" = "bar"\n' });
    for (const [args, pattern] of [
      [['--check', '-w', '.'], /--check and --write do not go together/],
      [['-t', '', '.'], /-t\/--transform is empty/],
      [['-t', 'docstrings', '--plan', 'plan.toml', '.'], /--plan and --rename are applied by the renaming transforms \(function-names, test-names\)/],
      [['-j', 'abc', '.'], /^pycodemod: error: --jobs abc: expected a whole number of worker threads, 1 or more$/m],
      [['--format', 'xml', '.'], /^pycodemod: error: Invalid values: Argument: format, Given: "xml", Choices: .*"diff"/m],
    ] as const) {
      const result = await cli(directory, ...args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, pattern);
    }
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
  });

  test('flags before a command: pycodemod --isolated list', async () => {
    const directory = project({ 'a.py': 'x = 1\n' });
    const result = await cli(directory, '--isolated', 'list');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /docstrings/);
  });

  test('a rename to a keyword, __debug__ or a builtin is refused', async () => {
    const directory = project({ 'pkg/__init__.py': '', 'pkg/mod.py': 'def compute_total(values):\n    return sum(values)\n' });
    for (const name of ['class', '__debug__']) {
      const result = await cli(directory, '-t', 'function-names', '--rename', `pkg.mod.compute_total=${name}`, '.');
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /cannot be the new name for 'pkg\.mod\.compute_total'/);
    }
    const builtin = await cli(directory, '-t', 'function-names', '--rename', 'pkg.mod.compute_total=sum', '--format', 'json', '.');
    assert.match(builtin.stdout, /Not renaming pkg\.mod\.compute_total to sum: sum would shadow the builtin of that name in pkg\.mod/);
    assert.equal(read(directory, 'pkg/mod.py'), 'def compute_total(values):\n    return sum(values)\n');
  });

  test('--check exits 4 when a file could not be checked (and 1 wins when something would change)', async () => {
    const broken = project({ 'a.py': 'x = 1\n', 'b.py': 'def f(:\n' });
    const result = await cli(broken, ...renameFoo, '--check', '.');
    assert.equal(result.status, 4, result.stderr);
    const both = project({ 'a.py': 'foo = 1\n', 'b.py': 'def f(:\n' });
    assert.equal((await cli(both, ...renameFoo, '--check', '.')).status, 1);
    const skippedOnPurpose = project({ 'a.py': '# pycodemod: skip-file\nfoo = 1\n' });
    assert.equal((await cli(skippedOnPurpose, ...renameFoo, '--check', '.')).status, 0);
  });

  test('-w prints the summary, not the diff; --format diff asks for it', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const quiet = await cli(directory, ...renameFoo, '-w', '.');
    assert.equal(quiet.stdout, '');
    writeFileSync(join(directory, 'a.py'), 'foo = 1\n');
    const loud = await cli(directory, ...renameFoo, '-w', '--format', 'diff', '.');
    assert.match(loud.stdout, /^\+bar = 1$/m);
  });
});

describe('names and shapes the parser or git would misread', () => {
  test('a file name with a newline or a quote: a quoted diff header that git apply takes', async () => {
    const directory = project({ 'we\nird.py': 'foo = 1\n', 'q"uote.py': 'foo = 2\n' });
    git(directory, 'init', '-q');
    const result = await cli(directory, ...renameFoo, '--no-color', '.');
    assert.match(result.stdout, /^diff --git "a\/we\\nird\.py" "b\/we\\nird\.py"$/m);
    assert.match(result.stdout, /^--- "a\/q\\"uote\.py"$/m);
    writeFileSync(join(directory, 'change.patch'), result.stdout);
    git(directory, 'apply', 'change.patch');
    assert.equal(read(directory, 'we\nird.py'), 'bar = 1\n');
    assert.equal(read(directory, 'q"uote.py'), 'bar = 2\n');
  });

  test('blocks nested deeper than the parser follows: said so, not "syntax error at 1:1"', async () => {
    const lines = Array.from({ length: 80 }, (_, depth) => `${'    '.repeat(depth)}if flag_${depth}:`);
    // With a comment docstrings could promote: its text test does not rule the file out.
    const header = 'def check(flags):\n    # Check every flag in turn, the deepest last.\n    return all(flags)\n\n\n';
    const directory = project({ 'deep.py': `${header}${lines.join('\n')}\n${'    '.repeat(80)}pass\n` });
    const result = await cli(directory, '-t', 'docstrings', '.');
    assert.match(result.stderr, /skipped: deep\.py: blocks nested 80 deep, more than the parser follows \(about 60\); skipped/);
  });
});

describe('[tool.pycodemod] keys', () => {
  test('per-file-ignores, extend-exclude, target-version', async () => {
    const directory = project({
      'pyproject.toml': '[tool.pycodemod]\nextend-exclude = ["build/"]\ntarget-version = "py311"\n\n[tool.pycodemod.per-file-ignores]\n"tests/*" = ["docstrings"]\n',
      'src/area.py': 'def area(width, height):\n    # The area of a rectangle, in square units.\n    return width * height\n',
      'tests/test_area.py': 'def helper(width, height):\n    # The area of a rectangle, in square units.\n    return width * height\n',
      'build/area.py': 'def area(width, height):\n    # The area of a rectangle, in square units.\n    return width * height\n',
    });
    const result = await cli(directory, '-t', 'docstrings', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /a\/src\/area\.py/);
    assert.ok(!result.stdout.includes('tests/test_area.py'), result.stdout);
    assert.ok(!result.stdout.includes('build/'), result.stdout);
    const explain = await cli(directory, 'explain', 'trailing-commas');
    assert.match(explain.stdout, /target-version.*3\.11/);
    const bad = project({ 'pyproject.toml': '[tool.pycodemod]\ntarget-version = "python3"\n', 'a.py': '' });
    assert.match((await cli(bad, '.')).stderr, /target-version must be a Python version such as "3\.8" or "py38"/);
  });
});

describe('on a terminal', () => {
  test('the progress bar is cleared before a warning line, never drawn over it', async () => {
    // A bracket trailing-commas may touch: the file is parsed (one it rules out by its text is not).
    const files: Record<string, string> = { 'broken.py': 'def f(:\n    g(a, b,)\n' };
    for (let index = 0; index < 120; index++) files[`m${String(index).padStart(3, '0')}.py`] = `value_${index} = ${index}\n`;
    const directory = project(files);
    const stdout = new Capture();
    const stderr = new Capture();
    stderr.isTTY = true;
    const status = await main(['--no-color', '-t', 'trailing-commas', '.'], { stdout, stderr, cwd: directory, env: {} });
    assert.equal(status, 0, stderr.text);
    // Said while the bar is drawn (\r) or once it is stopped (cli-progress's \x1b[1G): the
    // line is cleared first either way.
    assert.match(stderr.text, /(?:\r|\x1b\[1G)\x1b\[2Kskipped: broken\.py:1:7: syntax error/);
  });

  test('colour by default on a terminal, none with --no-color', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.error) return;
    const directory = project({ 'a.py': 'foo = 1\n' });
    const bin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
    const command = (...flags: string[]) => [process.execPath, '--import', import.meta.resolve('tsx'), bin, ...renameFoo, ...flags, 'a.py'].map((word) => `'${word}'`).join(' ');
    const env = { ...process.env, NO_COLOR: undefined };
    const colored = spawnSync('script', ['-qc', command(), '/dev/null'], { cwd: directory, encoding: 'utf8', env });
    assert.match(colored.stdout, /\x1b\[32m\+bar = 1/);
    const plain = spawnSync('script', ['-qc', command('--no-color'), '/dev/null'], { cwd: directory, encoding: 'utf8', env });
    assert.match(plain.stdout, /^\+bar = 1/m);
    assert.ok(!plain.stdout.includes('\x1b[32m'));
  });
});

test('a small run starts no worker thread unless -j asks for them; a large one does', async () => {
  const { runPaths } = await import('../src/runner/run.js');
  const threads = async (files: Record<string, string>, jobs?: number) => {
    const root = project(files);
    const report = await runPaths({
      paths: [root],
      cwd: root,
      isolated: true,
      ...(jobs === undefined ? {} : { jobs }),
      settings: { choices: [{ id: 'report-thread', options: {} }], transformModules: [pluginPath('report-thread')], unsafe: false, explicit: [], renames: [], write: false, diff: false, keepText: false },
    });
    return new Set(report.results.flatMap((result) => result.findings.map((finding) => finding.message)));
  };
  const small = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`m${index}.py`, `x = ${index}\n`]));
  assert.deepEqual(await threads(small), new Set(['main thread: true']));
  assert.deepEqual(await threads(small, 2), new Set(['main thread: false']));
  // Past 200 KB of source, workers pay for their start.
  const large = Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`m${index}.py`, `x = ${index}\n`.repeat(8000)]));
  assert.deepEqual(await threads(large), new Set(['main thread: false']));
});

test('-j is capped at the cores and the files', async () => {
  const { workerCount } = await import('../src/runner/run.js');
  assert.equal(workerCount(1000, 135, 2), 2);
  assert.equal(workerCount(8, 3, 16), 3);
  assert.equal(workerCount(undefined, 0, 4), 1);
  assert.equal(workerCount(1, 50, 4), 1);
});
