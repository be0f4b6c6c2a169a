// The git guard of --write: refuse (one line, exit 2, nothing written) when a target file
// has changes git could not give back, unless --allow-dirty; write freely outside git.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli, committedProject, git, pluginPath, project } from './support/cli.js';

const plugin = ['--plugin', pluginPath('rename-foo'), '-t', 'rename-foo'];
const read = (directory: string, path: string) => readFileSync(join(directory, path), 'utf8');

function refused(result: { status: number; stderr: string }, pattern: RegExp) {
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, pattern);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
}

describe('git guard', () => {
  test('a clean work tree is written', async () => {
    const directory = committedProject({ 'a.py': 'foo = 1\n' });
    const result = await cli(directory, ...plugin, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), 'bar = 1\n');
  });

  test('a modified file the run would rewrite: refused, naming the file and --allow-dirty; nothing written', async () => {
    const directory = committedProject({ 'a.py': 'foo = 1\n', 'b.py': 'foo = 2\n', 'c.py': 'x = 1\n', 'd.py': 'foo = 4\n' });
    writeFileSync(join(directory, 'b.py'), 'foo = 3\n');
    writeFileSync(join(directory, 'd.py'), 'foo = 5\n');
    // c.py is modified too, but the run would not change it: it does not count.
    writeFileSync(join(directory, 'c.py'), 'x = 2\n');
    const result = await cli(directory, ...plugin, '-w', '.');
    refused(result, /^pycodemod: error: b\.py has uncommitted changes \(modified\) \(and 1 more file\); commit or stash them .*or pass --allow-dirty$/m);
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
    assert.equal(read(directory, 'b.py'), 'foo = 3\n');
  });

  test('a modified file the run leaves alone does not block the run', async () => {
    const directory = committedProject({ 'a.py': 'foo = 1\n', 'c.py': 'x = 1\n' });
    writeFileSync(join(directory, 'c.py'), 'x = 2\n');
    const result = await cli(directory, ...plugin, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), 'bar = 1\n');
  });

  test('an ignored file the run would rewrite is refused like an untracked one', async () => {
    const directory = committedProject({ '.gitignore': 'generated/\n', 'a.py': 'x = 1\n' });
    writeFileSync(join(directory, 'generated.py'), 'foo = 1\n');
    mkdirSync(join(directory, 'generated'));
    writeFileSync(join(directory, 'generated', 'g.py'), 'foo = 1\n');
    // Named explicitly, the ignored file is a target; git could not give it back.
    refused(await cli(directory, ...plugin, '-w', 'generated/g.py'), /generated\/g\.py has uncommitted changes \(ignored by git, so not tracked\)/);
    assert.equal(read(directory, 'generated/g.py'), 'foo = 1\n');
  });

  test('staged but not committed, and untracked files count as dirty', async () => {
    const staged = committedProject({ 'a.py': 'foo = 1\n' });
    writeFileSync(join(staged, 'a.py'), 'foo = 2\n');
    git(staged, 'add', 'a.py');
    refused(await cli(staged, ...plugin, '-w', '.'), /a\.py has uncommitted changes \(staged, not committed\)/);
    const untracked = committedProject({ 'a.py': 'x = 1\n' });
    writeFileSync(join(untracked, 'new.py'), 'foo = 1\n');
    refused(await cli(untracked, ...plugin, '-w', '.'), /new\.py has uncommitted changes \(untracked\)/);
    assert.equal(read(untracked, 'new.py'), 'foo = 1\n');
  });

  test('--allow-dirty writes anyway; dry runs and --check never refuse', async () => {
    const directory = committedProject({ 'a.py': 'foo = 1\n' });
    writeFileSync(join(directory, 'a.py'), 'foo = 2\n');
    assert.equal((await cli(directory, ...plugin, '.')).status, 0);
    assert.equal((await cli(directory, ...plugin, '--check', '.')).status, 1);
    const result = await cli(directory, ...plugin, '-w', '--allow-dirty', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), 'bar = 2\n');
  });

  test('dirty files that are not targets do not matter', async () => {
    const directory = committedProject({ 'src/a.py': 'foo = 1\n', 'tests/t.py': 'x = 1\n', 'README': 'hello\n' });
    writeFileSync(join(directory, 'tests/t.py'), 'x = 2\n');
    writeFileSync(join(directory, 'README'), 'changed\n');
    const result = await cli(directory, ...plugin, '-w', 'src');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'src/a.py'), 'bar = 1\n');
  });

  test('a file in a subdirectory of the repository, run from that subdirectory', async () => {
    const directory = committedProject({ 'pkg/a.py': 'foo = 1\n' });
    writeFileSync(join(directory, 'pkg/a.py'), 'foo = 5\n');
    refused(await cli(join(directory, 'pkg'), ...plugin, '-w', 'a.py'), /^pycodemod: error: a\.py has uncommitted changes \(modified\)/);
  });

  test('outside a git work tree it writes', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const result = await cli(directory, ...plugin, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), 'bar = 1\n');
  });
});
