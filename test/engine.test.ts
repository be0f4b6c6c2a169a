// Engine unit tests: arbitration of overlapping fixes, the fixed-point loop, reverting
// rewrites that break the syntax, and UTF-16 offsets after non-ASCII text.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyEdits, arbitrate, type CandidateFix } from '../src/engine/arbiter.js';
import { runFile } from '../src/engine/fix-loop.js';
import { runSources } from '../src/engine/project.js';
import { insertAfter, replace } from '../src/engine/fixer.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import type { SourceFile } from '../src/engine/source.js';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { JobHandler } from '../src/runner/handler.js';
import type { CollectedFile } from '../src/runner/process-file.js';
import { runPaths } from '../src/runner/run.js';
import { selectionFor, type RunSettings } from '../src/runner/settings.js';

function candidate(transform: string, order: number, edits: CandidateFix['fix']['edits']): CandidateFix {
  return { transform, order, fix: { title: transform, edits } };
}

/** A throwaway transform whose findings come from a function of the file. */
function probe(id: string, find: (file: SourceFile) => Finding[], safety: 'safe' | 'unsafe' = 'safe') {
  return defineTransform({
    id,
    summary: id,
    suggestion: 1,
    safety,
    scope: 'file',
    options: {},
    docs: { before: '', after: '' },
    find: (file) => find(file),
  });
}

const identifiers = (file: SourceFile) => file.root.descendantsOfType('identifier');

function run(text: string, ...transforms: ReturnType<typeof probe>[]) {
  return runFile('t.py', text, {
    transforms: transforms.map((transform) => ({ transform, options: {} })),
    allowUnsafe: () => false,
  });
}

describe('arbiter', () => {
  test('the first of two overlapping fixes wins and the other is deferred', () => {
    const a = candidate('a', 0, [{ start: 0, end: 3, text: 'x' }]);
    const b = candidate('b', 1, [{ start: 2, end: 5, text: 'y' }]);
    const result = arbitrate([b, a]);
    assert.deepEqual(result.accepted, [a]);
    assert.deepEqual(result.deferred, [b]);
  });

  test('identical edits from two fixes are applied once', () => {
    const a = candidate('a', 0, [{ start: 0, end: 0, text: 'import os\n' }]);
    const b = candidate('b', 1, [{ start: 0, end: 0, text: 'import os\n' }, { start: 4, end: 5, text: 'Z' }]);
    const result = arbitrate([a, b]);
    assert.equal(result.accepted.length, 2);
    assert.equal(applyEdits('abcdef', result.edits), 'import os\nabcdZf');
  });

  test('two different insertions at one point conflict; touching ranges do not', () => {
    assert.equal(arbitrate([candidate('a', 0, [{ start: 1, end: 1, text: 'x' }]), candidate('b', 1, [{ start: 1, end: 1, text: 'y' }])]).deferred.length, 1);
    const touching = arbitrate([
      candidate('a', 0, [{ start: 0, end: 2, text: 'AB' }]),
      candidate('b', 1, [{ start: 2, end: 2, text: '+' }]),
      candidate('c', 2, [{ start: 2, end: 4, text: 'CD' }]),
    ]);
    assert.equal(touching.deferred.length, 0);
    assert.equal(applyEdits('abcdef', touching.edits), 'AB+CDef');
  });

  test('a pass with fixes of project-wide transforms takes only those', () => {
    const early = candidate('style', 0, [{ start: 0, end: 5, text: 'x' }]);
    const elsewhere = candidate('style', 0, [{ start: 9, end: 10, text: 'z' }]);
    const rename = { ...candidate('rename', 1, [{ start: 3, end: 4, text: 'y' }]), first: true };
    const result = arbitrate([early, rename, elsewhere]);
    assert.deepEqual(result.accepted, [rename]);
    assert.deepEqual(result.deferred, [early, elsewhere]);
  });

  test("a fix of another transform inside a fix's extent waits for the next pass, either way round", () => {
    const renamed = [{ start: 2, end: 5, text: 'exception' }, { start: 12, end: 15, text: 'exception' }];
    const rename: CandidateFix = { transform: 'names', order: 0, fix: { title: 'rename', edits: renamed, extent: { start: 0, end: 20 } } };
    const chain = candidate('errors', 1, [{ start: 16, end: 16, text: ' from exc' }]);
    const sameTransform = candidate('names', 2, [{ start: 6, end: 7, text: 'y' }]);
    const outside = candidate('errors', 3, [{ start: 25, end: 26, text: 'z' }]);
    const result = arbitrate([rename, chain, sameTransform, outside]);
    assert.deepEqual(result.accepted, [rename, sameTransform, outside]);
    assert.deepEqual(result.deferred, [chain]);
    const early = candidate('docs', 0, [{ start: 1, end: 1, text: '"""Doc."""' }]);
    const reversed = arbitrate([early, rename]);
    assert.deepEqual(reversed.accepted, [early]);
    assert.deepEqual(reversed.deferred, [rename]);
  });

  test('an insertion strictly inside a replacement conflicts', () => {
    const result = arbitrate([candidate('a', 0, [{ start: 0, end: 4, text: '' }]), candidate('b', 1, [{ start: 2, end: 2, text: 'x' }])]);
    assert.equal(result.deferred.length, 1);
  });
});

describe('fix loop', () => {
  test('overlapping fixes are applied over several passes until nothing changes', () => {
    // Each pass wraps every identifier that is not wrapped yet; nested calls overlap.
    const wrap = probe('wrap', (file) =>
      file.root
        .descendantsOfType('call')
        .filter((call) => call.text.startsWith('f(') && !call.parent?.parent?.text.startsWith('g('))
        .map((call) => ({ message: 'wrap', at: call, fix: () => ({ title: 'wrap', edits: [replace(call, `g(${call.text})`)] }) })),
    );
    const outcome = run('x = f(f(1))\n', wrap);
    assert.equal(outcome.status, 'changed');
    assert.equal(outcome.output, 'x = g(f(g(f(1))))\n');
    assert.ok(outcome.passes >= 2);
  });

  test('a pass that applies every fix of one-pass transforms is the last; a conflict still brings another', () => {
    // Renames `a` to `b` and `b` to `c`: a transform that is not one pass at all.
    const shift = (onePass: boolean) => ({
      ...probe('shift', (file) =>
        identifiers(file)
          .filter((node) => node.text === 'a' || node.text === 'b')
          .map((node) => ({ message: `${node.text} shifts`, at: node, fix: () => ({ title: 'shift', edits: [replace(node, node.text === 'a' ? 'b' : 'c')] }) })),
      ),
      onePass,
    });
    assert.deepEqual([run('a = 1\n', shift(false)).output, run('a = 1\n', shift(true)).output], ['c = 1\n', 'b = 1\n']);
    // Two fixes of one node: the second waits for a pass that runs the transform again.
    const both = (node: SyntaxNode) => ['x', 'y'].map((name) => ({ message: name, at: node, fix: () => ({ title: name, edits: [replace(node, name)] }) }));
    const twice = { ...probe('twice', (file) => identifiers(file).filter((node) => node.text === 'a').flatMap(both)), onePass: true };
    const outcome = run('a = 1\n', twice);
    assert.deepEqual([outcome.output, outcome.passes], ['x = 1\n', 2]);
    // Stopped after one pass, the second is reported as a conflict, with no fix's origin;
    // the applied one with no reason it was not.
    const once = runFile('t.py', 'a = 1\n', { transforms: [{ transform: twice, options: {} }], allowUnsafe: () => false, maxPasses: 1 });
    assert.deepEqual(
      once.findings.map((finding) => Object.keys(finding).join(',')),
      ['transform,message,line,column,endLine,endColumn,safety,applied,fixTitle,fixOrigin', 'transform,message,line,column,endLine,endColumn,safety,applied,notApplied,fixTitle'],
    );
    assert.deepEqual(once.findings.map((finding) => [finding.message, finding.applied, finding.notApplied]), [['x', true, undefined], ['y', false, 'conflict']]);
    // Beside a transform that is not one pass: the one-pass one runs again only after a
    // fix of the other (which may give it something new).
    const runs: number[] = [];
    const quotes = {
      ...probe('quotes', (file) => {
        runs.push(file.text.length);
        const single = file.root.descendantsOfType('string').filter((node) => node.text.startsWith("'"));
        return single.map((node) => ({ message: 'quotes', at: node, fix: () => ({ title: 'quotes', edits: [replace(node, `"${node.text.slice(1, -1)}"`)] }) }));
      }),
      onePass: true,
    };
    const renamed = (node: SyntaxNode) => ({ message: 'rename', at: node, fix: () => ({ title: 'rename', edits: [replace(node, 'renamed')] }) });
    const rename = (from: string) => probe('rename', (file) => identifiers(file).filter((node) => node.text === from).map(renamed));
    assert.deepEqual([run("x = 'a'\n", quotes, rename('y')).output, runs], ['x = "a"\n', [8]]);
    runs.length = 0;
    assert.deepEqual([run("x = 'a'\n", quotes, rename('x')).output, runs], ['renamed = "a"\n', [8, 14]]);
  });

  test('a transform that is not one-pass and settles runs again only after a fix of one that is not one-pass', () => {
    const runs: string[] = [];
    const quotes = {
      ...probe('quotes', (file) =>
        file.root
          .descendantsOfType('string')
          .filter((node) => node.text.startsWith("'"))
          .map((node) => ({ message: 'quotes', at: node, fix: () => ({ title: 'quotes', edits: [replace(node, `"${node.text.slice(1, -1)}"`)] }) })),
      ),
      onePass: true,
    };
    // Renames `x` when the text spells it; settles where it found nothing.
    const rename = (settles: boolean) => ({
      ...probe('rename', (file) => {
        runs.push(file.text);
        return identifiers(file)
          .filter((node) => node.text === 'x')
          .map((node) => ({ message: 'rename', at: node, fix: () => ({ title: 'rename', edits: [replace(node, 'renamed')] }) }));
      }),
      ...(settles ? { settles: (file: SourceFile) => !/\bx\b/.test(file.text) } : {}),
    });
    assert.deepEqual([run("y = 'a'\n", quotes, rename(true)).output, runs], ['y = "a"\n', ["y = 'a'\n"]]);
    runs.length = 0;
    assert.deepEqual([run("y = 'a'\n", quotes, rename(false)).output, runs], ['y = "a"\n', ["y = 'a'\n", 'y = "a"\n']]);
    // Asked only when it found nothing to fix: a fix of its own brings another pass.
    runs.length = 0;
    assert.deepEqual([run("x = 'a'\n", quotes, rename(true)).output, runs], ['renamed = "a"\n', ["x = 'a'\n", 'renamed = "a"\n']]);
  });

  test('a rewrite that introduces a syntax error is discarded and the file fails', () => {
    const breaker = probe('breaker', (file) => identifiers(file).slice(0, 1).map((node) => ({ message: 'break', at: node, fix: () => ({ title: 'break', edits: [insertAfter(node, ' = (')] }) })));
    const outcome = run('x = 1\n', breaker);
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.reason ?? '', /breaker would introduce a syntax error at line 1/);
    assert.equal(outcome.output, undefined);
  });

  test('fixes that undo each other are detected as a cycle', () => {
    const toggle = probe('toggle', (file) =>
      identifiers(file).map((node) => ({ message: 't', at: node, fix: () => ({ title: 't', edits: [replace(node, node.text === 'a' ? 'b' : 'a')] }) })),
    );
    const outcome = run('a\n', toggle);
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.reason ?? '', /do not converge/);
  });

  test('input with a syntax error is skipped with path:line:col', () => {
    const outcome = run('x = 1\ndef f(:\n    pass\n');
    assert.equal(outcome.status, 'skipped');
    assert.match(outcome.reason ?? '', /^t\.py:2:\d+: syntax error/);
  });

  test('a syntax error is located at the innermost error, even when tree-sitter wraps the whole module', () => {
    // Valid Python (a dedent inside brackets) that tree-sitter-python cannot parse: its
    // recovery wraps everything from line 1 in one ERROR node.
    const text = [
      'import os',
      '',
      '',
      'class T:',
      '    def test(self):',
      '        for line in enumerate(',
      '        ):',
      '            pass',
      '        def f():',
      '            (bar.',
      '        baz(',
      '        ))',
      '            files().setdefault(',
      '            )',
      '',
    ].join('\n');
    const outcome = run(text);
    assert.equal(outcome.status, 'skipped');
    assert.equal(outcome.reason, 't.py:10:13: syntax error near "(bar."');
  });

  test('a crashing transform fails its file with the transform named, never throws', () => {
    const crash = probe('crash', () => {
      throw new Error('boom');
    });
    const outcome = run('x = 1\n', crash);
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.reason ?? '', /transform crash crashed: boom/);
  });

  test('unsafe fixes are reported, not applied, unless allowed', () => {
    const rename = probe('rename', (file) => identifiers(file).filter((node) => node.text === 'x').map((node) => ({ message: 'r', at: node, fix: () => ({ title: 'r', edits: [replace(node, 'y')] }) })), 'unsafe');
    const outcome = run('x = 1\n', rename);
    assert.equal(outcome.status, 'unchanged');
    assert.equal(outcome.findings[0]?.notApplied, 'unsafe');
  });

  test('offsets are UTF-16 indices after accents, CJK and emoji', () => {
    const text = 'é = "日本語 😀"  # ünïcödé 🎉\nvalue = 1\n';
    const rename = probe('rename', (file) => identifiers(file).filter((node) => node.text === 'value').map((node) => ({ message: 'r', at: node, fix: () => ({ title: 'r', edits: [replace(node, 'total')] }) })));
    const outcome = run(text, rename);
    assert.equal(outcome.output, 'é = "日本語 😀"  # ünïcödé 🎉\ntotal = 1\n');
    assert.deepEqual([outcome.findings[0]?.line, outcome.findings[0]?.column], [2, 1]);
  });

  test('a finding from the first pass only is reported although a later pass changes the file', () => {
    const rename = probe('rename', (file) => identifiers(file).filter((node) => node.text === 'x').map((node) => ({ message: 'r', at: node, fix: () => ({ title: 'r', edits: [replace(node, 'y')] }) })));
    const once = probe('once', (file) => (file.text.startsWith('x') ? [{ message: 'seen in the first pass', at: file.root, firstPassOnly: true }] : []));
    const outcome = run('x = 1\n', rename, once);
    assert.equal(outcome.output, 'y = 1\n');
    assert.deepEqual(outcome.findings.map((finding) => finding.message).sort(), ['r', 'seen in the first pass']);
  });
});

describe('project phase', () => {
  test('is skipped when the options do not want it, and find sees no project data', () => {
    const collected: string[] = [];
    const seen: unknown[] = [];
    const indexed = defineTransform({
      id: 'indexed',
      summary: 'indexed',
      suggestion: 1,
      safety: 'safe',
      scope: 'project',
      options: { index: { type: 'boolean', default: false, description: 'index the project' } },
      docs: { before: '', after: '' },
      project: {
        wanted: (options) => options.index,
        collect: (file) => collected.push(file.path),
        combine: (files) => files.length,
      },
      find: (_file, context) => {
        seen.push(context.project);
        return [];
      },
    });
    runSources(new Map([['a.py', 'x = 1\n']]), [{ transform: indexed }]);
    assert.deepEqual([collected, seen], [[], [undefined]]);
    runSources(new Map([['a.py', 'x = 1\n']]), [{ transform: indexed, options: { index: true } }]);
    assert.deepEqual([collected, seen], [['a.py'], [undefined, 1]]);
  });

  test('a file no other file can change is transformed by the project phase, from the tree it read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pycodemod-settled-'));
    writeFileSync(join(root, 'base.py'), 'class Base:\n    def area(self):\n        """The area, in square metres."""\n        return 0\n');
    writeFileSync(join(root, 'shapes.py'), 'from base import Base\n\n\nclass Square(Base):\n    def area(self):\n        # Multiply the side by itself: a square has four equal sides.\n        return self.side ** 2\n');
    writeFileSync(join(root, 'tools.py'), 'def square(side):\n    # The area of a square with this side.\n    return side ** 2\n');
    const settings: RunSettings = { choices: [{ id: 'docstrings', options: {} }], transformModules: [], unsafe: false, explicit: [], renames: [], write: false, diff: true, keepText: false };
    const handler = new JobHandler(settings, selectionFor(settings));
    const collect = async (name: string, transformSettled = true) =>
      (await handler.handle('collect', { path: join(root, name), displayPath: name, module: name.replace('.py', ''), ...(transformSettled ? { transformSettled } : {}) })) as CollectedFile;
    const [base, shapes, tools] = await Promise.all(['base.py', 'shapes.py', 'tools.py'].map((name) => collect(name)));
    // Square.area could get a docstring unless Base documents it: that waits for every
    // file, and the result made without the other files is provisional on it.
    assert.deepEqual([base?.result?.status, tools?.result?.status], ['unchanged', 'changed']);
    assert.deepEqual([base?.provisional, shapes?.provisional, tools?.provisional], [undefined, ['docstrings'], undefined]);
    assert.equal(shapes?.result?.status, 'changed');
    // An index alone (no run follows) transforms nothing.
    assert.equal((await collect('tools.py', false)).result, undefined);
    // Base documents it: the provisional result does not hold.
    const report = await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings });
    assert.deepEqual(
      report.results.map(({ displayPath, status }) => [displayPath, status]),
      [['base.py', 'unchanged'], ['shapes.py', 'unchanged'], ['tools.py', 'changed']],
    );
    // Without Base's docstring, the override is documented from its comment: it holds.
    writeFileSync(join(root, 'base.py'), 'class Base:\n    def area(self):\n        return 0\n');
    const diffs = new Map<string, string | undefined>();
    await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings, onResult: (result) => void diffs.set(result.displayPath, result.diff) });
    assert.match(diffs.get('shapes.py') ?? '', /\+ +"""Multiply the side by itself/);
  });
  test('split-functions settles a file that proposes no helper for a method: its result is the in-memory run\'s', async () => {
    const { readFileSync } = await import('node:fs');
    const { transforms } = await import('../transforms/index.js');
    const root = mkdtempSync(join(tmpdir(), 'pycodemod-settled-split-'));
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '__testfixtures__', 'split-functions', `${name}.input.py`), 'utf8');
    // Module functions: their helper's name asks no class hierarchy. Methods: it does.
    const sources = new Map([['ports.py', fixture('repeated-annotated-module')], ['layout.py', fixture('repeated-guards-in-methods')]]);
    for (const [name, text] of sources) writeFileSync(join(root, name), text);
    const settings: RunSettings = { choices: [{ id: 'split-functions', options: {} }], transformModules: [], unsafe: true, explicit: ['split-functions'], renames: [], write: false, diff: true, keepText: true };
    const handler = new JobHandler(settings, selectionFor(settings));
    const collect = async (name: string) =>
      (await handler.handle('collect', { path: join(root, name), displayPath: name, module: name.replace('.py', ''), transformSettled: true })) as CollectedFile;
    const [ports, layout] = [await collect('ports.py'), await collect('layout.py')];
    assert.deepEqual([ports?.result?.status, layout?.result], ['changed', undefined]);
    const inMemory = runSources(sources, [{ transform: transforms.find((transform) => transform.id === 'split-functions')! }], { allowUnsafe: true });
    const reported = new Map<string, { status: string; output?: string }>();
    await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings, onResult: (result) => void reported.set(result.displayPath, result) });
    const outputs = (result: { status: string; output?: string } | undefined) => [result?.status, result?.output];
    for (const name of sources.keys()) assert.deepEqual(outputs(reported.get(name)), outputs(inMemory.get(name)), name);
    assert.deepEqual([...sources.keys()].map((name) => reported.get(name)?.status), ['changed', 'changed']);
  });
});

describe('provisional results', () => {
  test('a file transformed without the transforms that may be quiet on it keeps its result only when they are', async () => {
    const { transforms } = await import('../transforms/index.js');
    const root = mkdtempSync(join(tmpdir(), 'pycodemod-provisional-'));
    // test-names renames the camelCase test; it is quiet on the module under test.
    const sources = new Map([
      ['test_shapes.py', "import unittest\n\nfrom shapes import area\n\n\nclass AreaTest(unittest.TestCase):\n    def testSquare(self):\n        self.assertEqual(area('square'), 4)\n\n    def test_circle(self):\n        self.assertEqual(area('circle', [1, 2]), 3)\n"],
      ['shapes.py', "SIDES = dict(\n    square=4,\n    circle=0\n)\n\n\ndef area(shape, sizes=()):\n    return SIDES[shape]\n"],
    ]);
    for (const [name, text] of sources) writeFileSync(join(root, name), text);
    const choices = [{ id: 'test-names', options: {} }, { id: 'trailing-commas', options: {} }];
    const settings: RunSettings = { choices, transformModules: [], unsafe: true, explicit: ['test-names', 'trailing-commas'], renames: [], write: false, diff: true, keepText: true };
    const handler = new JobHandler(settings, selectionFor(settings));
    const collect = async (name: string) =>
      (await handler.handle('collect', { path: join(root, name), displayPath: name, module: name.replace('.py', ''), transformSettled: true })) as CollectedFile;
    // Each is transformed by trailing-commas alone, provisionally on test-names' quiet.
    for (const name of sources.keys()) assert.deepEqual((await collect(name)).provisional, ['test-names'], name);
    const pick = (id: string) => ({ transform: transforms.find((transform) => transform.id === id)! });
    const inMemory = runSources(sources, [pick('test-names'), pick('trailing-commas')], { allowUnsafe: true });
    const reported = new Map<string, { status: string; output?: string }>();
    await runPaths({ paths: [root], cwd: root, jobs: 1, isolated: true, settings, onResult: (result) => void reported.set(result.displayPath, result) });
    for (const [name, text] of sources) assert.equal(reported.get(name)?.output, inMemory.get(name)?.output ?? text, name);
    assert.match(reported.get('test_shapes.py')?.output ?? '', /def test_square\(self\)/);
    assert.match(reported.get('shapes.py')?.output ?? '', /circle=0,\n\)/);
  });
});

describe('transforms together', () => {
  test('a rename and a `raise ... from` of the same handler give code that runs', async () => {
    const { transforms } = await import('../transforms/index.js');
    const pick = (id: string) => ({ transform: transforms.find((transform) => transform.id === id)! });
    const text = [
      'def create(member_type, args):',
      '    try:',
      '        return member_type(*args)',
      '    except Exception as err:',
      '        new_exc = TypeError("unable to create it")',
      '        raise new_exc',
      '',
    ].join('\n');
    // `exc` is universal vocabulary, renamed on request only.
    const renames = { ...pick('variable-names'), options: { 'expand-universal': true, expand: 'dictionary' } };
    const outcome = runSources(new Map([['m.py', text]]), [renames, pick('exception-handling')], { allowUnsafe: true }).get('m.py');
    assert.equal(outcome?.status, 'changed', outcome?.reason);
    assert.match(outcome?.output ?? '', /except Exception as err:\n {8}new_exception = TypeError\("unable to create it"\)\n {8}raise new_exception from err\n/);
  });
});
