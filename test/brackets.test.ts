// Unit tests for src/python/syntax/brackets.ts: which nodes are bracketed sequences, their
// brackets, elements and trailing comma.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { bracketedSequence, bracketsOfInterest, SEQUENCE_NODE_TYPES, sequencesOpeningAt, spansLines, type BracketedSequence } from '../src/python/syntax/brackets.js';

/** The outermost bracketed sequence of `source`, in document order. */
function firstSequence(source: string): BracketedSequence {
  const root = parsePython(source).rootNode;
  for (const node of root.descendantsOfType(SEQUENCE_NODE_TYPES as string[])) {
    const sequence = bracketedSequence(node);
    if (sequence) return sequence;
  }
  throw new Error(`no bracketed sequence in ${JSON.stringify(source)}`);
}

function describeSequence(source: string) {
  const sequence = firstSequence(source);
  return {
    kind: sequence.kind,
    brackets: sequence.open.type + sequence.close.type,
    elements: sequence.elements.map((element) => element.text),
    trailingComma: sequence.trailingComma !== null,
  };
}

describe('bracketedSequence', () => {
  test('calls, parameters and class bases', () => {
    assert.deepEqual(describeSequence('f(a, *b, c=1, **d)\n'), {
      kind: 'call',
      brackets: '()',
      elements: ['a', '*b', 'c=1', '**d'],
      trailingComma: false,
    });
    assert.deepEqual(describeSequence('def f(a, b=1, *, c,):\n    pass\n'), {
      kind: 'parameters',
      brackets: '()',
      elements: ['a', 'b=1', '*', 'c'],
      trailingComma: true,
    });
    assert.deepEqual(describeSequence('class C(Base, metaclass=M):\n    pass\n').elements, ['Base', 'metaclass=M']);
  });

  test('literals', () => {
    assert.equal(describeSequence('x = [1, 2,]\n').kind, 'list');
    assert.equal(describeSequence('x = {1, 2}\n').kind, 'set');
    assert.deepEqual(describeSequence('x = {"a": 1, **b}\n').elements, ['"a": 1', '**b']);
    assert.deepEqual(describeSequence('x = (1,)\n'), { kind: 'tuple', brackets: '()', elements: ['1'], trailingComma: true });
  });

  test('subscripts count their elements after the value', () => {
    assert.deepEqual(describeSequence('x = table[row, column]\n'), {
      kind: 'subscript',
      brackets: '[]',
      elements: ['row', 'column'],
      trailingComma: false,
    });
    assert.deepEqual(describeSequence('x = table[key,]\n').elements, ['key']);
    assert.equal(describeSequence('x = table[key,]\n').trailingComma, true);
  });

  test('imports have brackets only when parenthesised', () => {
    assert.deepEqual(describeSequence('from m import (a, b as c)\n').elements, ['a', 'b as c']);
    const plain = parsePython('from m import a, b\n').rootNode.firstChild!;
    assert.equal(bracketedSequence(plain), null);
  });

  test('with items have brackets only when parenthesised', () => {
    assert.deepEqual(describeSequence('with (open(a) as f, open(b) as g):\n    pass\n').elements, ['open(a) as f', 'open(b) as g']);
    const plain = parsePython('with a, b:\n    pass\n').rootNode.descendantsOfType('with_clause')[0]!;
    assert.equal(bracketedSequence(plain), null);
  });

  test('a dictionary pattern gives one element per entry', () => {
    const source = 'match x:\n    case {"a": 1, "b": [c], **rest,}:\n        pass\n';
    assert.deepEqual(describeSequence(source), {
      kind: 'pattern',
      brackets: '{}',
      elements: ['1', '[c]', '**rest'],
      trailingComma: true,
    });
  });

  test('comments are not elements, and a comma before a comment is still trailing', () => {
    const sequence = describeSequence('f(\n    a,  # first\n    b,  # second\n    # last\n)\n');
    assert.deepEqual(sequence.elements, ['a', 'b']);
    assert.equal(sequence.trailingComma, true);
  });

  test('line continuations are not elements', () => {
    const sequence = describeSequence('x = table \\\n    [key  \\\n    ]\n');
    assert.deepEqual(sequence.elements, ['key']);
    assert.deepEqual(describeSequence('f(a,  \\\n  b,  \\\n)\n'), { kind: 'call', brackets: '()', elements: ['a', 'b'], trailingComma: true });
  });

  test('empty brackets have no elements', () => {
    assert.deepEqual(describeSequence('f()\n').elements, []);
  });

  test('spansLines compares the rows of the brackets', () => {
    assert.equal(spansLines(firstSequence('f(a, b)\n')), false);
    assert.equal(spansLines(firstSequence('f(a,\n  b)\n')), true);
    assert.equal(spansLines(firstSequence('f(\n)\n')), true);
  });
});

describe('brackets of interest, from the text', () => {
  test('those a comma may be added to or removed from; strings and comments skipped', () => {
    const text = [
      'f(x)',
      'g(a, b,)', // a comma to remove
      'h(',
      '    "(", # (',
      '    [1, 2]',
      ')', // a comma to add: the closing bracket first on its line
      'hanging(a,',
      '        b)', // ends its last line: left
      'done(',
      '    a,',
      ')', // has its comma
      'star(',
      '    *args,',
      ')', // has its comma, after *args: what the project writes there
      'star_comment(',
      '    **kwargs  # ,',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(bracketsOfInterest(text), ['g(', 'h(', 'star(', 'star_comment('].map((call) => text.indexOf(`\n${call}`) + call.length));
  });

  test('an f-string whose fields may hold such a bracket: the tree is asked instead', () => {
    assert.equal(bracketsOfInterest('x = f"{g(a, b,)}"\n'), null);
    assert.equal(bracketsOfInterest('x = f"""{\n  g(a)}"""\n'), null);
    assert.deepEqual(bracketsOfInterest('x = f"{g(a)}"\n'), []);
  });

  test('the sequences opening there, as a search of the tree finds them', () => {
    const text = 'call(\n    a\n)[\n    0\n]\nvalue = (1, 2,)\n';
    const root = parsePython(text).rootNode;
    const expected = root.descendantsOfType(['argument_list', 'subscript', 'tuple']).filter((node) => !/^\([^\n,]*\)$/.test(node.text));
    assert.deepEqual(sequencesOpeningAt(root, bracketsOfInterest(text) ?? []).map((node) => node.type), expected.map((node) => node.type));
  });
});
