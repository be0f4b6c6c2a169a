// src/python/conventions/file-habits.ts: the quick scan for the line length alone
// (`lineHabits`, a rename's run) counts the lines the full scan (`fileHabits`) counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileHabits, lineHabits } from '../src/python/conventions/file-habits.js';
import { topLevelModules } from './support/stdlib.js';

function lineCounts(habits: { lines: number; linesOver: number[] }): string {
  return `${habits.lines} lines, over the common limits: ${habits.linesOver.join(' ')}`;
}

test('comments, strings and brackets end and excuse lines alike in both scans', () => {
  const long = 'x'.repeat(90);
  const text = [
    `call(a, "${long}")  # ${long}`,
    `    "${long}"`,
    `y = ("${long}" +`,
    `     '${long}')`,
    `'''${long}`,
    `${long}'''`,
    `z = [1, 2]  # a comment ending the file without a line break: ${long}`,
  ].join('\n');
  assert.equal(lineCounts(lineHabits(text)), lineCounts(fileHabits(text)));
  assert.equal(lineHabits(text).lines, 5);
});

test('over the standard library, the quick scan counts the lines of the full scan', () => {
  let files = 0;
  let over = 0;
  for (const { name, text } of topLevelModules()) {
    const quick = lineHabits(text);
    assert.equal(lineCounts(quick), lineCounts(fileHabits(text, { names: false, exceptions: false })), name);
    files++;
    over += quick.linesOver[0] ?? 0;
  }
  assert.ok(files > 100 && over > 100, `${files} files, ${over} lines over 79`);
});
