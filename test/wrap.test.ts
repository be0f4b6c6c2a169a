// The re-wrap helper: one line when it fits, else the file's own layout (hanging or
// aligned with the bracket), packed onto as few lines as fit; null when nothing fits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { learnWrapLayout, rewrapSequence, wrapBracketed, type WrapLayout } from '../src/python/syntax/wrap.js';

const HANGING: WrapLayout = { style: 'hanging', unit: '    ', closingOnOwnLine: true, trailingComma: true };
const ALIGNED: WrapLayout = { style: 'aligned', unit: '    ', closingOnOwnLine: false, trailingComma: false };

function sourceOf(text: string): SourceFile {
  return new SourceFile('t.py', text, parsePython(text));
}

describe('wrap', () => {
  const request = { head: '    result = compute', open: '(', items: ['first_value', 'second_value', 'third'], close: ')', tail: ':', limit: 40, eol: '\n' } as const;

  test('one line when it fits', () => {
    assert.equal(wrapBracketed({ ...request, limit: 79 }, HANGING), '    result = compute(first_value, second_value, third):');
  });

  test('hanging: the elements on the next line, the bracket closing on its own', () => {
    assert.equal(wrapBracketed(request, HANGING), '    result = compute(\n        first_value, second_value, third\n    ):');
  });

  test('hanging, packed onto as few lines as fit', () => {
    assert.equal(wrapBracketed({ ...request, limit: 30 }, HANGING), '    result = compute(\n        first_value,\n        second_value, third\n    ):');
    assert.equal(wrapBracketed({ ...request, limit: 30 }, { ...HANGING, closingOnOwnLine: false }), '    result = compute(\n        first_value,\n        second_value, third):');
  });

  test('aligned with the opening bracket', () => {
    assert.equal(wrapBracketed(request, ALIGNED), '    result = compute(first_value,\n                     second_value,\n                     third):');
  });

  test('nothing fits: null', () => {
    assert.equal(wrapBracketed({ ...request, items: ['a_very_long_argument_name_that_never_fits_anywhere'] }, HANGING), null);
  });

  test('the layout is learnt from the file', () => {
    const aligned = sourceOf('x = call(alpha,\n         beta)\ny = other(gamma,\n          delta)\n');
    assert.equal(learnWrapLayout(aligned).style, 'aligned');
    const hanging = sourceOf('def f():\n    x = call(\n        alpha,\n        beta,\n    )\n');
    assert.deepEqual(learnWrapLayout(hanging), { style: 'hanging', unit: '    ', closingOnOwnLine: true, trailingComma: true });
  });

  test('a sequence holding a comment is left alone', () => {
    const file = sourceOf('call(alpha,  # the first\n     beta)\n');
    const node = file.root.descendantsOfType('argument_list')[0]!;
    assert.equal(rewrapSequence(file, node, ' from error', 10), null);
  });
});
