// --interactive: hunk by hunk like `git add -p`, answers piped on standard input and typed
// in a pseudo-terminal; accepted fixes are written, the file re-run with only them.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, cliWith, pluginPath, project } from './support/cli.js';

// Accepting some renames of a name and not others breaks the plugin's promise (alpha):
// CPython's check would rightly refuse the file; the review is what is tested here.
const renameFoo = ['--plugin', pluginPath('rename-foo'), '-t', 'rename-foo', '--no-color', '--no-verify'];
const read = (directory: string, path: string) => readFileSync(join(directory, path), 'utf8');
// Three changes far enough apart to make three hunks.
const three = ['foo = 1', ...Array(8).fill('x = 0'), 'foo = 2', ...Array(8).fill('x = 0'), 'foo = 3', ''].join('\n');
const two = ['foo = 4', ...Array(8).fill('y = 0'), 'foo = 5', ''].join('\n');

function answers(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

describe('--interactive with answers on standard input', () => {
  test('y and n per hunk: the hunks and their fixes are shown, the accepted ones written', async () => {
    const directory = project({ 'a.py': three });
    const result = await cliWith(directory, { input: answers('y', 'n', 'y') }, ...renameFoo, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), three.replace('foo = 1', 'bar = 1').replace('foo = 3', 'bar = 3'));
    assert.match(result.stdout, /^diff --git a\/a\.py b\/a\.py\n--- a\/a\.py\n\+\+\+ b\/a\.py\n@@ -1,4 \+1,4 @@\n-foo = 1\n\+bar = 1\n x = 0\n/);
    assert.match(result.stdout, / {2}# rename-foo: foo is a placeholder name \(Rename to bar\)\n\(1\/3\) Apply this hunk to a\.py \[y,n,a,d,q,s,\?\]\? /);
    assert.match(result.stdout, /\(3\/3\) Apply this hunk to a\.py/);
    assert.match(result.stderr, /1 changed/);
    assert.match(result.stderr, /rename-foo {2}2 fixes applied, 1 fix declined/);
  });

  test('a takes the rest of the file, d skips the rest of the file', async () => {
    const directory = project({ 'a.py': three, 'b.py': two });
    const result = await cliWith(directory, { input: answers('n', 'a', 'd') }, ...renameFoo, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), three.replace('foo = 2', 'bar = 2').replace('foo = 3', 'bar = 3'));
    assert.equal(read(directory, 'b.py'), two);
    // After `a`, the third hunk of a.py is not asked about; after `d`, nor is b.py's second.
    assert.equal(result.stdout.match(/Apply this hunk/g)?.length, 3);
  });

  test('q stops: what was accepted is written, nothing after; ? and unknown answers print help', async () => {
    const directory = project({ 'a.py': three, 'b.py': two });
    const result = await cliWith(directory, { input: answers('?', 'maybe', 'y', 'q') }, ...renameFoo, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), three.replace('foo = 1', 'bar = 1'));
    assert.equal(read(directory, 'b.py'), two);
    assert.equal(result.stdout.match(/d - do not apply this hunk or any of the later hunks in the file/g)?.length, 2);
    assert.equal(result.stdout.match(/\(1\/3\) Apply this hunk/g)?.length, 3);
  });

  test('no answers at all (closed input) writes nothing', async () => {
    const directory = project({ 'a.py': three });
    const result = await cli(directory, ...renameFoo, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), three);
  });

  test('a fix of a later pass follows the fix it builds on', async () => {
    // unsafe-spam renames spam to foo (pass 1), then rename-foo renames that foo (pass 2):
    // one hunk, two fixes; declining the hunk declines both.
    const text = ['spam = 1', ...Array(8).fill('x = 0'), 'spam = 2', ''].join('\n');
    const directory = project({ 'a.py': text });
    const args = ['--plugin', pluginPath('rename-foo'), '--plugin', pluginPath('unsafe-spam'), '-t', 'unsafe-spam,rename-foo', '--set', 'unsafe-spam.name=foo', '--no-color', '--no-verify'];
    const result = await cliWith(directory, { input: answers('n', 'y') }, ...args, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(read(directory, 'a.py'), text.replace('spam = 2', 'bar = 2'));
    assert.match(result.stdout, /# unsafe-spam: spam is a placeholder name \(Rename to foo\)\n {2}# rename-foo: foo is a placeholder name \(Rename to bar\)/);
  });

  test('--interactive with --check or a machine format is refused', async () => {
    const directory = project({ 'a.py': three });
    for (const flags of [['--check'], ['--format', 'json'], ['--format', 'sarif']]) {
      const result = await cli(directory, ...renameFoo, '-i', ...flags, '.');
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--interactive and --/);
    }
  });
});

describe('--interactive: splitting a hunk, and Ctrl-C', () => {
  test('s splits a hunk of three changes into one per change; each is answered', async () => {
    const close = 'foo = 1\nx = 0\nfoo = 2\nx = 0\nfoo = 3\n';
    const directory = project({ 'a.py': close });
    const result = await cliWith(directory, { input: answers('s', 'y', 'n', 'y') }, ...renameFoo, '-i', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\(1\/1\) Apply this hunk to a\.py \[y,n,a,d,q,s,\?\]\? Split into 3 hunks\./);
    assert.match(result.stdout, /\(3\/3\) Apply this hunk/);
    assert.equal(read(directory, 'a.py'), 'bar = 1\nx = 0\nfoo = 2\nx = 0\nbar = 3\n');
  });

  test('Ctrl-C: what was accepted before is written, a line says so, exit 130', async () => {
    const directory = project({ 'a.py': three, 'b.py': two });
    const bin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), bin, ...renameFoo, '-i', '.'], { cwd: directory });
    let stdout = '';
    let stderr = '';
    let answered = false;
    let interrupted = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // Accept the first hunk of a.py, decline the rest of it, then interrupt at b.py.
        if (stdout.includes('(1/3) Apply') && !answered) {
          answered = true;
          child.stdin.write('y\nd\n');
        }
        if (stdout.includes('Apply this hunk to b.py') && !interrupted) {
          interrupted = true;
          child.kill('SIGINT');
        }
      });
      child.on('exit', (code) => resolve(code));
    });
    assert.equal(status, 130, stderr);
    assert.match(stderr, /pycodemod: interrupted: the hunks accepted before Ctrl-C were written; nothing after/);
    assert.equal(read(directory, 'a.py'), three.replace('foo = 1', 'bar = 1'));
    assert.equal(read(directory, 'b.py'), two);
  });
});

describe('--interactive in a pseudo-terminal', () => {
  test('typed answers at a real terminal prompt', () => {
    const directory = project({ 'a.py': three });
    const driver = fileURLToPath(new URL('./support/pty_drive.py', import.meta.url));
    const bin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
    const tsx = import.meta.resolve('tsx');
    const command = [process.execPath, '--import', tsx, bin, ...renameFoo, '--interactive', '.'];
    const output = execFileSync('python3', [driver, directory, '[y,n,a,d,q,s,?]? ', 'n', 'y', 'n', '--', ...command], { encoding: 'utf8', timeout: 90_000 });
    const { status, output: screen } = JSON.parse(output) as { status: number; output: string };
    assert.equal(status, 0, screen);
    assert.equal(read(directory, 'a.py'), three.replace('foo = 2', 'bar = 2'));
    assert.match(screen, /\(2\/3\) Apply this hunk to a\.py \[y,n,a,d,q,s,\?\]\? y/);
    assert.match(screen, /1 changed/);
  });
});
