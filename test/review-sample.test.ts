// Unit tests of bench/review/sampling.ts: hunks cut by their counts, a reproducible draw,
// and a reviewer's answer read back into counts against the targets of REVIEW.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draw, readGrades, renderSheet, splitHunks, tally } from '../bench/review/sampling.js';

const DIFF = `diff --git a/pkg/a.py b/pkg/a.py
--- a/pkg/a.py
+++ b/pkg/a.py
@@ -1,3 +1,3 @@
 x = 1
--- a removed line that looks like a header
+y = 2
 z = 3
@@ -10,2 +10,3 @@
 def f():
+    """Say."""
     pass
diff --git a/pkg/b.py b/pkg/b.py
--- a/pkg/b.py
+++ b/pkg/b.py
@@ -1 +1 @@
-a = 'x'
+a = "x"
\\ No newline at end of file
`;

test('splitHunks follows the @@ counts, so a removed "---" line stays in its hunk', () => {
  const hunks = splitHunks(DIFF);
  assert.deepEqual(
    hunks.map((hunk) => [hunk.file, hunk.text.split('\n').length]),
    [
      ['pkg/a.py', 5],
      ['pkg/a.py', 4],
      ['pkg/b.py', 4],
    ],
  );
  assert.match(hunks[0]?.text ?? '', /--- a removed line/);
  assert.match(hunks[2]?.text ?? '', /No newline/);
});

test('draw is reproducible from its seed and never repeats an item', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  const first = draw(items, 40, 12345);
  assert.deepEqual(first, draw(items, 40, 12345));
  assert.notDeepEqual(first, draw(items, 40, 54321));
  assert.equal(new Set(first).size, 40);
  assert.equal(draw(items.slice(0, 3), 40, 1).length, 3);
});

test('the sheet carries the premise only for an adopted style, and numbers every hunk', () => {
  const hunks = splitHunks(DIFF);
  const header = { project: 'demo', projectPath: '/src/demo', transform: 'quote-style', seed: 7, total: 3, adopted: true };
  const sheet = renderSheet(header, hunks);
  assert.match(sheet, /decided to adopt the style/);
  assert.match(sheet, /## H3: pkg\/b\.py/);
  assert.doesNotMatch(renderSheet({ ...header, adopted: false }, hunks), /decided to adopt/);
});

test('readGrades and tally: counts, reasons, and the targets', () => {
  const answer = [
    'H1: ACCEPT - fine',
    '**H2**: EDIT line-too-long wrap it',
    'H3: reject parrots-name says nothing',
    'H3: REJECT churn (a second line for the same hunk wins)',
    'noise line',
  ].join('\n');
  const grades = readGrades(answer);
  assert.deepEqual(
    grades.map((graded) => [graded.hunk, graded.grade, graded.reason]),
    [
      [1, 'ACCEPT', null],
      [2, 'EDIT', 'line-too-long'],
      [3, 'REJECT', 'churn'],
    ],
  );
  const result = tally(grades);
  assert.deepEqual([result.accept, result.edit, result.reject], [1, 1, 1]);
  assert.equal(result.meetsTargets, false);
  const good = tally(readGrades(Array.from({ length: 10 }, (_, i) => `H${i + 1}: ${i < 6 ? 'ACCEPT' : i < 9 ? 'EDIT grammar' : 'REJECT churn'}`).join('\n')));
  assert.equal(good.meetsTargets, true);
  const fatal = tally(readGrades(Array.from({ length: 10 }, (_, i) => `H${i + 1}: ${i < 9 ? 'ACCEPT' : 'REJECT behaviour-risk'}`).join('\n')));
  assert.equal(fatal.meetsTargets, false);
});
