// Suppression comments and the fix filter, as the fix loop honours them for every
// transform: which comment covers which finding, skip-file, comments inside strings,
// positions mapped back to the text as read, and fixes declined by a filter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runFile, type FileRunOptions } from '../src/engine/fix-loop.js';
import { insertBefore, replace } from '../src/engine/fixer.js';
import { defineTransform } from '../src/engine/types.js';
import type { SourceFile } from '../src/engine/source.js';

/** Renames every identifier `from` to `to`. */
function renamer(id: string, from: string, to: string) {
  return defineTransform({
    id,
    summary: id,
    suggestion: 4,
    safety: 'safe',
    scope: 'file',
    options: {},
    docs: { before: '', after: '' },
    *find(file: SourceFile) {
      for (const node of file.root.descendantsOfType('identifier')) {
        if (node.text === from) yield { message: `${from} is vague`, at: node, fix: () => ({ title: `Rename to ${to}`, edits: [replace(node, to)] }) };
      }
    },
  });
}

const renameFoo = renamer('rename-foo', 'foo', 'bar');
const renameSpam = renamer('rename-spam', 'spam', 'eggs');

function run(text: string, extra: Partial<FileRunOptions> = {}) {
  return runFile('t.py', text, { transforms: [renameFoo, renameSpam].map((transform) => ({ transform, options: {} })), allowUnsafe: () => false, ...extra });
}

function output(text: string, extra: Partial<FileRunOptions> = {}) {
  const outcome = run(text, extra);
  return outcome.output ?? text;
}

describe('suppression comments', () => {
  test('on the line of the finding: every transform, or the ones named', () => {
    assert.equal(output('foo = spam  # pycodemod: ignore\n'), 'foo = spam  # pycodemod: ignore\n');
    assert.equal(output('foo = spam  # pycodemod: ignore[rename-foo]\n'), 'foo = eggs  # pycodemod: ignore[rename-foo]\n');
    assert.equal(output('foo = spam  # pycodemod: ignore[rename-spam, rename-foo]\n'), 'foo = spam  # pycodemod: ignore[rename-spam, rename-foo]\n');
    assert.equal(output('foo = spam  # pycodemod: ignore[other]\n'), 'bar = eggs  # pycodemod: ignore[other]\n');
    // After another tool's comment on the same line.
    assert.equal(output('foo = 1  # noqa: E501  # pycodemod: ignore\n'), 'foo = 1  # noqa: E501  # pycodemod: ignore\n');
  });

  test('suppressed findings are reported as such, with the line of the comment, and no fix is built', () => {
    const outcome = run('x = 1\nfoo = 2  # pycodemod: ignore\nfoo = 3\n');
    const suppressed = outcome.findings.filter((finding) => finding.notApplied === 'suppressed');
    assert.deepEqual(suppressed.map((finding) => [finding.line, finding.suppressedBy, finding.fixTitle]), [[2, 2, undefined]]);
    assert.equal(outcome.findings.filter((finding) => finding.applied).length, 1);
    assert.equal(outcome.output, 'x = 1\nfoo = 2  # pycodemod: ignore\nbar = 3\n');
  });

  test('a finding of a later pass names the comment by its line in the text as read', () => {
    // Pass 1 adds a line at the top; pass 2 finds spam under a comment that moved down.
    const header = defineTransform({
      id: 'header',
      summary: 'header',
      suggestion: 4,
      safety: 'safe',
      scope: 'file',
      options: {},
      docs: { before: '', after: '' },
      *find(file: SourceFile) {
        if (!file.text.startsWith('# header')) yield { message: 'no header', at: { start: 0, end: 0 }, fix: () => ({ title: 'Add it', edits: [insertBefore({ start: 0, end: 0 }, '# header\n')] }) };
      },
    });
    const late = defineTransform({ ...renamer('late', 'spam', 'eggs'), find: function* (file: SourceFile, context) {
      if (file.text.startsWith('# header')) yield* renamer('late', 'spam', 'eggs').find(file, context);
    } });
    const outcome = runFile('t.py', 'x = 1\nspam = 2  # pycodemod: ignore[late]\n', { transforms: [header, late].map((transform) => ({ transform, options: {} })), allowUnsafe: () => false });
    const suppressed = outcome.findings.filter((finding) => finding.notApplied === 'suppressed');
    assert.deepEqual(suppressed.map((finding) => [finding.line, finding.suppressedBy]), [[2, 2]]);
  });

  test('a comment that is text inside a string suppresses nothing', () => {
    assert.equal(output('foo = "# pycodemod: ignore"\n'), 'bar = "# pycodemod: ignore"\n');
    assert.equal(output('"""\n# pycodemod: skip-file\n"""\nfoo = 1\n'), '"""\n# pycodemod: skip-file\n"""\nbar = 1\n');
  });

  test('a multi-line statement: its first or last line, not a line in between for another line', () => {
    const last = 'spam(\n    foo,\n    1,\n)  # pycodemod: ignore[rename-foo]\n';
    assert.equal(output(last), last.replace('spam', 'eggs'));
    const first = 'spam(  # pycodemod: ignore[rename-foo]\n    foo,\n    1,\n)\n';
    assert.equal(output(first), first.replace('spam', 'eggs'));
    const middle = 'spam(\n    1,  # pycodemod: ignore\n    foo,\n)\n';
    assert.equal(output(middle), 'eggs(\n    1,  # pycodemod: ignore\n    bar,\n)\n');
    // A multi-line string: the comment after its closing quotes.
    const string = 'x = """\nfirst\n""" + foo  # pycodemod: ignore\n';
    assert.equal(output(string), string);
  });

  test('above a definition: its header, not its body', () => {
    const text = '# pycodemod: ignore[rename-foo]\n# a note about foo\n@decorate(foo)\ndef foo(spam):\n    foo = 1\n';
    assert.equal(output(text), '# pycodemod: ignore[rename-foo]\n# a note about foo\n@decorate(foo)\ndef foo(eggs):\n    bar = 1\n');
    const onDefLine = 'class foo:  # pycodemod: ignore\n    foo = 1\n';
    assert.equal(output(onDefLine), 'class foo:  # pycodemod: ignore\n    bar = 1\n');
    // Above a plain statement it covers nothing: only definitions take the line above.
    assert.equal(output('# pycodemod: ignore\nfoo = 1\n'), '# pycodemod: ignore\nbar = 1\n');
  });

  test('a clause header: except, else', () => {
    const text = 'try:\n    pass\nexcept foo:  # pycodemod: ignore\n    foo()\n';
    assert.equal(output(text), 'try:\n    pass\nexcept foo:  # pycodemod: ignore\n    bar()\n');
  });

  test('skip-file in the header skips the file; with ids, only those transforms', () => {
    const outcome = run('#!/usr/bin/env python3\n# pycodemod: skip-file\nfoo = spam\n');
    assert.equal(outcome.status, 'skipped');
    assert.equal(outcome.skippedByComment, true);
    assert.match(outcome.reason ?? '', /skip-file" comment on line 2/);
    assert.equal(output('# pycodemod: skip-file[rename-foo]\nfoo = spam\n'), '# pycodemod: skip-file[rename-foo]\nfoo = eggs\n');
    // Past the header (line 10, after the first statement) it does nothing.
    const late = `${'x = 1\n'.repeat(11)}# pycodemod: skip-file\nfoo = 1\n`;
    assert.equal(output(late), late.replace('foo', 'bar'));
    // A long leading comment block still counts as the header.
    const block = `${'# licence\n'.repeat(14)}# pycodemod: skip-file\nfoo = 1\n`;
    assert.equal(run(block).status, 'skipped');
  });

  test('ignoreSuppressions turns them all off', () => {
    assert.equal(output('foo = 1  # pycodemod: ignore\n', { ignoreSuppressions: true }), 'bar = 1  # pycodemod: ignore\n');
  });
});

describe('positions and the fix filter', () => {
  test('findings of later passes are reported at their place in the text as read', () => {
    // Pass 1 inserts two lines at the top; pass 2 renames `foo` (line 2 as read).
    const header = defineTransform({
      id: 'header',
      summary: 'header',
      suggestion: 1,
      safety: 'safe',
      scope: 'file',
      options: {},
      docs: { before: '', after: '' },
      *find(file: SourceFile) {
        if (!file.text.startsWith('import os')) yield { message: 'no import', at: { start: 0, end: 0 }, fix: () => ({ title: 'import', edits: [insertBefore({ start: 0, end: 0 }, 'import os\nimport sys\n')] }) };
      },
    });
    const late = defineTransform({ ...renameFoo, id: 'late', find: (file: SourceFile) => (file.text.startsWith('import os') ? renameFoo.find(file, {} as never) : []) });
    const outcome = runFile('t.py', 'x = 1\nx = foo\n', { transforms: [header, late].map((transform) => ({ transform, options: {} })), allowUnsafe: () => false });
    assert.equal(outcome.output, 'import os\nimport sys\nx = 1\nx = bar\n');
    const rename = outcome.findings.find((finding) => finding.transform === 'late');
    assert.deepEqual([rename?.line, rename?.column, rename?.endColumn], [2, 5, 8]);
    assert.deepEqual(rename?.fixOrigin, { start: 10, end: 13 });
  });

  test('a filter declines fixes, which are reported as declined', () => {
    const outcome = run('foo = spam\nfoo = 2\n', { allowFix: (fix) => !(fix.transform === 'rename-foo' && fix.origin.start === 0) });
    assert.equal(outcome.output, 'foo = eggs\nbar = 2\n');
    assert.deepEqual(
      outcome.findings.map((finding) => `${finding.transform}:${finding.line}:${finding.notApplied ?? 'applied'}`).sort(),
      ['rename-foo:1:declined', 'rename-foo:2:applied', 'rename-spam:1:applied'],
    );
  });
});
