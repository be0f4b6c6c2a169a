// src/python/conventions/file-habits.ts: the quick scan (`lineHabits`: for the line
// length alone, a rename's run; with the quotes and brackets, trailing-commas' run)
// counts what the full scan (`fileHabits`) counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileHabits, lineHabits, type FileHabits } from '../src/python/conventions/file-habits.js';
import { stringEnd } from '../src/python/syntax/text-scan.js';
import { topLevelModules } from './support/stdlib.js';

function lineCounts(habits: { lines: number; linesOver: number[] }): string {
  return `${habits.lines} lines, over the common limits: ${habits.linesOver.join(' ')}`;
}

function tokenCounts(habits: FileHabits): string {
  return JSON.stringify({ lines: lineCounts(habits), quotes: habits.quotes, brackets: habits.brackets });
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

test('with tokens, the quick scan counts the quotes and exploded brackets of the full scan', () => {
  const text = [
    'call(',
    '    a,',
    '    b,',
    ')',
    'items = [',
    "    x for x in 'ab'",
    ']',
    'if (',
    '    ready',
    '):',
    '    pass',
    'f(  # only a comment follows',
    '    *args',
    ')',
    'values = {',
    '    "one": 1  # no comma',
    '}',
    'sole = func(',
    '    rb"x",',
    ')',
    'nested = g(',
    '    h(1, 2),',
    '    [',
    "        'three'",
    '    ]',
    ')',
    'number = 2rb = 1',
    'empty = f(',
    ')',
    'subscript = table[',
    '    key',
    ']',
    'call_after_string = "a"(',
    '    b',
    ')',
  ].join('\n');
  const quick = lineHabits(text, { exceptions: false, tokens: true });
  assert.equal(tokenCounts(quick), tokenCounts(fileHabits(text, { names: false, exceptions: false })));
  // Counted: call( with a comma, the dict and the list in nested( without one, sole( with
  // one, nested( without. Not: the comprehension, `if (`, `*args`, the empty call, the
  // subscript, and the bracket after a string.
  assert.deepEqual(quick.brackets, { soleWithComma: 1, soleWithout: 2, severalWithComma: 1, severalWithout: 1 });
  assert.deepEqual(quick.quotes, { single: 2, double: 3 });
});

test('over the standard library, the quick scan with tokens counts the quotes and brackets of the full scan', () => {
  let brackets = 0;
  for (const { name, text } of topLevelModules()) {
    const quick = lineHabits(text, { exceptions: false, tokens: true });
    assert.equal(tokenCounts(quick), tokenCounts(fileHabits(text, { names: false, exceptions: false })), name);
    brackets += quick.brackets.severalWithComma + quick.brackets.severalWithout + quick.brackets.soleWithComma + quick.brackets.soleWithout;
  }
  assert.ok(brackets > 200, `${brackets} exploded brackets counted`);
});

test('with docstrings, the quick scan finds the docstrings the full scan finds', () => {
  const text = [
    '# A comment before the module docstring.',
    '"""Module summary."""',
    'import os',
    '',
    '',
    'class Plain:',
    '    """Return a plain class.',
    '',
    '    Args:',
    '        none: nothing.',
    '    """',
    '',
    '    def method(self,  # a comment in the header',
    '               other=(1, 2)) -> dict[str, int]:',
    "        r'''Returns the raw text.'''",
    '',
    '    async def later(self):',
    '        """',
    '        Wait a little.',
    '        """',
    '        async with self.lock:',
    '            """Not a docstring, but counted as one, as the full scan does."""',
    '',
    '',
    'def old(a,',
    '        async=True):',
    '    """Python 2 code: a keyword argument named async."""',
    '',
    'if check(1,',
    '         async=True):',
    '    """not a docstring: the line opens with if"""',
    'x = 1; """not a docstring: not the first token of its line"""',
    'y = 2',
    '"""not a docstring: after a line that is no header"""',
    'def tail(): pass  # \\',
    '"""not a docstring either"""',
  ].join('\n');
  const quick = lineHabits(text, { exceptions: false, tokens: true, docstrings: true });
  assert.deepEqual(quick, fileHabits(text, { names: false, exceptions: false }));
  assert.equal((quick.docstrings.oneLine ?? 0) + (quick.docstrings.oneLineAsThree ?? 0) + quick.docstrings.google, 6);
});

test('over the standard library, the quick scan with docstrings gives what the full scan gives, but the names', () => {
  let docstrings = 0;
  for (const { name, text } of topLevelModules()) {
    const quick = lineHabits(text, { exceptions: true, tokens: true, docstrings: true });
    assert.deepEqual(quick, fileHabits(text, { names: false, exceptions: true }), name);
    docstrings += quick.docstringLines ?? 0;
  }
  assert.ok(docstrings > 1000, `${docstrings} lines of docstrings`);
});

test('on broken text too, the quick scan gives what the full scan gives, but the names', () => {
  // Standard-library modules with brackets, quotes, comments, line ends and keywords put
  // in, text taken out, or the end cut off: what a tree with syntax errors holds.
  const modules = topLevelModules();
  const pieces = ['(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '#', '\\', '\n', '\r\n', ':', ',', '*', 'def ', 'class ', 'async ', 'for ', 'f"', "rb'"];
  let seed = 2026;
  const random = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  for (let round = 0; round < 600; round++) {
    const { name, text: original } = modules[random(modules.length)]!;
    let text = original;
    for (let edit = random(4); edit >= 0; edit--) {
      const at = random(text.length + 1);
      const kind = random(3);
      if (kind === 0) text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
      else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + random(20));
      else text = text.slice(0, at);
    }
    assert.deepEqual(lineHabits(text, { exceptions: true, tokens: true, docstrings: true }), fileHabits(text, { names: false, exceptions: true }), `${name}, round ${round}`);
  }
});

/**
 * The names the full scan counts, read the plain way: outside comments and strings, each
 * name of two characters or more that is no keyword and no string's prefix, with its
 * count, in the order first met.
 */
function namesRead(text: string): Array<[string, number]> {
  const keywords = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
    'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield', 'print', 'self', 'cls',
  ]);
  const name = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/y;
  const counts = new Map<string, number>();
  for (let at = 0; at < text.length; ) {
    const char = text[at];
    if (char === '#') {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? text.length : newline;
      continue;
    }
    if (char === '"' || char === "'") {
      at = stringEnd(text, at).end;
      continue;
    }
    name.lastIndex = at;
    const word = name.exec(text)?.[0];
    if (!word) {
      at++;
      continue;
    }
    at += word.length;
    if ((text[at] === '"' || text[at] === "'") && /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(word)) at = stringEnd(text, at).end;
    else if (word.length > 1 && !keywords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts];
}

test('the full scan counts the names of the code, each as often as it is spelled there', () => {
  const texts = [
    ...topLevelModules().map(({ text }) => text),
    'x = 1e5 + 0x1F  # note_name\ns = rb"raw_name" f\'{fmt_name}\' u"u" ab"cd"\nself.value = cls.other_value + \u00e9t\u00e9_x\n',
  ];
  for (const text of texts) {
    const habits = fileHabits(text, { names: true, exceptions: false });
    assert.deepEqual(habits.identifiers.map((identifier, index) => [identifier, habits.identifierUses?.[index]]), namesRead(text));
  }
});
