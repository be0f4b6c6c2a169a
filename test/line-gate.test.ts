// The line gate: a fix that would push a line past the limit, when that line was within
// it, is dropped and reported as `line-too-long`; fixes that fit alone but not together
// wait for the next pass; project-wide renames are judged whole in the project phase.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runFile } from '../src/engine/fix-loop.js';
import { lineOverflow, measureLine } from '../src/engine/line-gate.js';
import { lineFactsOf, ProjectGate } from '../src/engine/project-gate.js';
import { runSources } from '../src/engine/project.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { replace } from '../src/engine/fixer.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import { transforms } from '../transforms/index.js';
import { lineLimitOf } from '../src/runner/process-file.js';
import { runPaths } from '../src/runner/run.js';
import { project } from './support/cli.js';

/** Renames every identifier `from` to `to`, one fix per occurrence. */
function renamer(id: string, from: string, to: string) {
  return defineTransform({
    id,
    summary: id,
    suggestion: 1,
    safety: 'safe',
    scope: 'file',
    options: {},
    docs: { before: '', after: '' },
    *find(file: SourceFile): Iterable<Finding> {
      for (const node of file.root.descendantsOfType('identifier')) {
        if (node.text === from) yield { message: `rename ${from}`, kind: 'abbreviation', at: node, fix: () => ({ title: `Rename ${from} to ${to}`, edits: [replace(node, to)] }) };
      }
    },
  });
}

function run(text: string, limit: number | null, ...list: ReturnType<typeof renamer>[]) {
  return runFile('t.py', text, { transforms: list.map((transform) => ({ transform, options: {} })), allowUnsafe: () => false, lineLength: limit });
}

function sourceOf(text: string): SourceFile {
  return new SourceFile('t.py', text, parsePython(text));
}

describe('line gate', () => {
  test('a fix that pushes a line past the limit is dropped as line-too-long', () => {
    const text = 'value = compute(ab, 1)\nother = ab\n';
    const outcome = run(text, 24, renamer('expand', 'ab', 'abcdef'));
    // Line 1 would be 26 characters; line 2 fits.
    assert.equal(outcome.output, 'value = compute(ab, 1)\nother = abcdef\n');
    const dropped = outcome.findings.find((finding) => finding.notApplied === 'line-too-long');
    assert.equal(dropped?.kind, 'line-too-long');
    assert.equal(dropped?.line, 1);
    assert.match(dropped?.message ?? '', /not applied: line 1 would be 26 characters, over the limit of 24/);
  });

  test('a line already over the limit may change', () => {
    const text = 'value = compute(ab, 1, 2, 3, 4)\n';
    assert.equal(run(text, 24, renamer('expand', 'ab', 'abcdef')).output, 'value = compute(abcdef, 1, 2, 3, 4)\n');
  });

  test('no limit, no gate', () => {
    assert.equal(run('value = compute(ab, 1)\n', null, renamer('expand', 'ab', 'abcdef')).output, 'value = compute(abcdef, 1)\n');
  });

  test('two fixes that fit alone but not together: the first is made, the second dropped', () => {
    const text = 'total = ab + cd\n';
    const outcome = run(text, 18, renamer('first', 'ab', 'abcd'), renamer('second', 'cd', 'cdef'));
    assert.equal(outcome.output, 'total = abcd + cd\n');
    assert.equal(outcome.findings.find((finding) => finding.transform === 'second')?.notApplied, 'line-too-long');
  });

  test('a fix that re-wraps its line to fit passes; one that adds a long line does not', () => {
    const file = sourceOf('call(a, b)\n');
    const wrapped = { start: 5, end: 9, text: '\n    alpha_value,\n    beta_value,\n' };
    assert.equal(lineOverflow(file, [wrapped], 20), null);
    assert.deepEqual(lineOverflow(file, [{ start: 5, end: 9, text: '\n    alpha_value, beta_value, gamma\n' }], 20), { at: 0, length: 34 });
  });

  test('characters are code points, as linters count them', () => {
    assert.equal(measureLine('x = "\u{1F600}"\r'), 7);
  });

  test("a file's line facts: where each line starts, its length in code points without its line end", () => {
    const facts = lineFactsOf('a = 1\r\nx = "\u{1F600}"\r\n\nlast', 79);
    assert.deepEqual([...facts.starts], [0, 7, 17, 18]);
    assert.deepEqual([...facts.lengths], [5, 7, 0, 4]);
    assert.deepEqual([...lineFactsOf('a = 1\r\nb\n', 79).lengths], [5, 1, 0]);
  });
});

describe('project gate', () => {
  const text = 'from pkg import ab\nvalue = ab(1) + ab(2)\n';
  const lines = new Map([['m.py', lineFactsOf(text, 24)]]);

  test('a rename is refused whole when one of its places would pass the limit', () => {
    const gate = new ProjectGate({ lines });
    const at = (index: number) => ({ start: index, end: index + 2, text: 'abcd' });
    const refusal = gate.admit(new Map([['m.py', [at(16), at(27), at(35)]]]));
    assert.equal(refusal?.kind, 'line-too-long');
    assert.match(refusal?.reason ?? '', /line 2 of m.py 25 characters long, over the limit of 24/);
  });

  test('renames admitted one after another add up on a line', () => {
    const gate = new ProjectGate({ lines });
    assert.equal(gate.admit(new Map([['m.py', [{ start: 8 + 19, end: 10 + 19, text: 'abc' }]]])), null);
    assert.equal(gate.admit(new Map([['m.py', [{ start: 35, end: 37, text: 'abc' }]]])), null);
    assert.equal(gate.admit(new Map([['m.py', [{ start: 0, end: 4, text: 'import' }]]])), null);
    assert.equal(gate.admit(new Map([['m.py', [{ start: 19, end: 24, text: 'value_x' }]]]))?.kind, 'line-too-long');
  });

  test('with --since, a rename with no place on a changed line is not made', () => {
    const gate = new ProjectGate({ lines, changedLines: new Map([['m.py', new Set([1])]]), since: 'main' });
    assert.equal(gate.admit(new Map([['m.py', [{ start: 19, end: 24, text: 'total' }]]]))?.kind, 'outside-changes');
    assert.equal(gate.admit(new Map([['m.py', [{ start: 16, end: 18, text: 'ab' }, { start: 27, end: 29, text: 'ab' }]]])), null);
  });

  test('test-names leaves a snake_case rename that would pass the limit to the gate', () => {
    const transform = transforms.find((candidate) => candidate.id === 'test-names')!;
    const source = [
      'import unittest',
      '',
      '',
      'class ServerTest(unittest.TestCase):',
      '    def test_create(self):',
      '        self.assertTrue(True)',
      '',
      '    def test_delete(self):',
      '        self.assertTrue(True)',
      '',
      '    def testResizeTheServerTwiceAndThenSomeMore(self):',
      '        self.assertTrue(True)',
      '',
    ].join('\n');
    const outcome = runSources(new Map([['tests/test_server.py', source]]), [{ transform }], { allowUnsafe: true, lineLength: 60 }).get('tests/test_server.py')!;
    assert.equal(outcome.status, 'unchanged');
    const refused = outcome.findings.find((finding) => finding.kind === 'line-too-long');
    assert.match(refused?.message ?? '', /over the limit of 60/);
  });
});

describe('the gate of a rename through the runner', () => {
  // The runner measures a file's lines when the gate first asks for them: only the files
  // the rename touches are read again on the main thread.
  const renameOver = async (files: Record<string, string>, to: string) => {
    const root = project({ 'pkg/__init__.py': '', 'pkg/tools.py': 'def fetch(table):\n    return list(table)\n', ...files });
    const renames: Array<[string, string]> = [['pkg.tools.fetch', to]];
    const settings = { choices: [{ id: 'function-names', options: {} }], transformModules: [], unsafe: true, explicit: ['function-names'], renames, write: false, diff: false, keepText: true };
    const seen = [];
    for (const jobs of [1, 2]) {
      const report = await runPaths({ paths: [root], cwd: root, jobs, isolated: true, settings });
      seen.push(report.results.flatMap(({ displayPath, findings }) => findings.map((finding) => `${displayPath}: ${finding.kind ?? ''} ${finding.message}`)));
    }
    assert.deepEqual(seen[0], seen[1]);
    return (seen[0] ?? []).join('\n');
  };
  const call = 'rows = fetch(some_table_with_a_long_name_for_the_rows_that_we_want)\n';

  test('a rename is made when every line it touches keeps within the limit', async () => {
    assert.match(await renameOver({ 'pkg/use.py': `from pkg.tools import fetch\n\n${call}` }, 'load'), /pkg\/use\.py: .*renamed to load/);
  });

  test('a rename that would push a line past the limit is refused whole', async () => {
    const messages = await renameOver({ 'pkg/use.py': `from pkg.tools import fetch\n\n${call}` }, 'fetch_every_row_there_is');
    assert.match(messages, /line-too-long .*over the limit of 79/);
    assert.doesNotMatch(messages, /renamed to fetch_every_row_there_is/);
  });

  test("a file whose comment turns the transform off refuses the whole rename", async () => {
    const messages = await renameOver({ 'pkg/use.py': `from pkg.tools import fetch\n\nrows = fetch(1)  # pycodemod: ignore[function-names]\n` }, 'load');
    assert.match(messages, /a pycodemod comment in pkg\/use\.py turns function-names off there/);
  });
});

describe('the limit of a file', () => {
  const narrow = `${'x = 1\n'.repeat(300)}${'y = "' + 'a'.repeat(70) + '"\n'}`;
  test('a learnt limit is a ceiling: a file that keeps to less keeps to its own', () => {
    assert.equal(lineLimitOf(narrow, 88, true), 79);
    assert.equal(lineLimitOf(narrow, 119, true), 79);
  });
  test('a line end of CRLF is no character of its line', () => {
    assert.equal(lineLimitOf(`${'x'.repeat(79)}\r\n`.repeat(300), undefined), 79);
    assert.equal(lineLimitOf(`${'x'.repeat(80)}\r\n`.repeat(300), undefined), 88);
  });
  test('a configured limit is the limit', () => {
    assert.equal(lineLimitOf(narrow, 88, false), 88);
    assert.equal(lineLimitOf(narrow, undefined), 79);
  });
});
