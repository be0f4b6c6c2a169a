// Verification: python3 compiles each rewrite and compares its AST before it is written
// (by default with --write); a file that fails is left untouched and reported (exit 3);
// an original CPython rejects is skipped; python3 missing is one clear line (exit 2).
import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { combinedInvariant } from '../src/runner/verify.js';
import { cli, cliWith, pluginPath, project } from './support/cli.js';
import { checkTexts } from './support/python-ast.js';

const renameFoo = ['--plugin', pluginPath('rename-foo'), '-t', 'rename-foo'];
const bump = ['--plugin', pluginPath('bump-numbers'), '-t', 'bump-numbers'];
const read = (directory: string, path: string) => readFileSync(join(directory, path), 'utf8');

describe('--verify', () => {
  test('rewrites that keep their promise are written, across workers and many files', async () => {
    const files = Object.fromEntries(Array.from({ length: 24 }, (_, index) => [`m${index}.py`, `foo = ${index}\nprint(foo)\n`]));
    const directory = project(files);
    const result = await cli(directory, ...renameFoo, '--verify', '-j', '2', '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /24 changed/);
    assert.equal(read(directory, 'm7.py'), 'bar = 7\nprint(bar)\n');
  });

  test('a rename that merges two names breaks alpha-equivalence: left untouched, exit 3', async () => {
    const directory = project({ 'a.py': 'bar = foo + bar\n', 'b.py': 'foo = 1\n' });
    const result = await cli(directory, ...renameFoo, '--verify', '-w', '.');
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stderr, /failed: a\.py: verification: identifiers are not renamed consistently \(expected: alpha\); file left unchanged/);
    assert.equal(read(directory, 'a.py'), 'bar = foo + bar\n');
    assert.equal(read(directory, 'b.py'), 'bar = 1\n');
  });

  test('a "safe" transform that changes the AST is caught, with the line; the dry run shows no diff for it', async () => {
    const directory = project({ 'a.py': 'x = 0\ny = 1\n' });
    const written = await cli(directory, ...bump, '--verify', '-w', '.');
    assert.equal(written.status, 3);
    assert.match(written.stderr, /failed: a\.py: verification: the AST changed near line 2 \(expected: the same AST\)/);
    assert.equal(read(directory, 'a.py'), 'x = 0\ny = 1\n');
    const dry = await cli(directory, ...bump, '--verify', '.');
    assert.equal(dry.status, 3);
    assert.equal(dry.stdout, '');
    // --write checks by default; --no-verify skips the check.
    const byDefault = await cli(directory, ...bump, '-w', '.');
    assert.equal(byDefault.status, 3);
    assert.match(byDefault.stderr, /failed: a\.py: verification: the AST changed near line 2/);
    assert.equal(read(directory, 'a.py'), 'x = 0\ny = 1\n');
    assert.equal((await cli(directory, ...bump, '-w', '--no-verify', '.')).status, 0);
    assert.equal(read(directory, 'a.py'), 'x = 0\ny = 2\n');
  });

  test('an original CPython rejects is skipped with the reason, and left untouched', async () => {
    // tree-sitter reads the Python 2 print statement and backtick repr; python3 does not.
    const directory = project({ 'old.py': 'print "hello"\nfoo = 1\n', 'ticks.py': 'foo = 1\nprint(`foo`)\n' });
    const result = await cli(directory, ...renameFoo, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /skipped: old\.py: python3 rejects the original \(.*\); left unchanged/);
    assert.match(result.stderr, /skipped: ticks\.py: python3 rejects the original/);
    assert.equal(read(directory, 'old.py'), 'print "hello"\nfoo = 1\n');
    assert.equal(read(directory, 'ticks.py'), 'foo = 1\nprint(`foo`)\n');
  });

  test('compile(), not only ast.parse: what the compiler refuses is refused', () => {
    const verdicts = checkTexts([
      { id: 'debug', before: 'flag = 1\n', after: '__debug__ = 1\n', invariant: 'parse' },
      { id: 'return', before: 'def f():\n    return 1\n', after: 'return 1\n', invariant: 'parse' },
      { id: 'fine', before: 'x = 1\n', after: 'x = 1\n', invariant: 'ast' },
    ]);
    assert.deepEqual(verdicts.map((verdict) => [verdict.id, verdict.ok]), [['debug', false], ['return', false], ['fine', true]]);
    assert.match(verdicts[0]?.error ?? '', /output does not parse: line 1: cannot assign to __debug__/);
  });

  test('python3 missing when the check is only the default: one warning, and the write goes on', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const result = await cliWith(directory, { env: { PYCODEMOD_PYTHON: '/nonexistent/python3' } }, ...renameFoo, '-w', '.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^pycodemod: warning: \/nonexistent\/python3 is not available, so rewrites are written without CPython's check/m);
    assert.equal(read(directory, 'a.py'), 'bar = 1\n');
  });

  test('a python3 that never answers fails the files after the time-out, and the run ends', async () => {
    const directory = project({ 'a.py': 'foo = 1\n', 'hang.sh': '#!/bin/sh\n[ "$1" = "-c" ] && exit 0\nexec sleep 600\n' });
    chmodSync(join(directory, 'hang.sh'), 0o755);
    const result = await cliWith(directory, { env: { PYCODEMOD_PYTHON: join(directory, 'hang.sh'), PYCODEMOD_VERIFY_TIMEOUT: '2' } }, ...renameFoo, '-w', 'a.py');
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stderr, /failed: a\.py: verification: .*hang\.sh did not answer within 2 s/);
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
  });

  test('python3 missing: one line, exit 2, nothing written', async () => {
    const directory = project({ 'a.py': 'foo = 1\n' });
    const result = await cliWith(directory, { env: { PYCODEMOD_PYTHON: '/nonexistent/python3' } }, ...renameFoo, '--verify', '-w', '.');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^pycodemod: error: --verify needs \/nonexistent\/python3 \(Python 3\.8 or later\) to check rewrites, but it is not on PATH/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.equal(read(directory, 'a.py'), 'foo = 1\n');
  });

  test('the invariant of a file changed by several transforms is the weakest promise', () => {
    assert.equal(combinedInvariant(['ast', 'ast']), 'ast');
    assert.equal(combinedInvariant(['ast', 'ast-without-docstrings']), 'ast-without-docstrings');
    assert.equal(combinedInvariant(['alpha', 'ast']), 'alpha');
    assert.equal(combinedInvariant(['alpha', 'ast-without-docstrings']), 'alpha-without-docstrings');
    assert.equal(combinedInvariant(['alpha-without-docstrings', 'ast']), 'alpha-without-docstrings');
    assert.equal(combinedInvariant(['alpha', 'parse']), 'parse');
  });
});
