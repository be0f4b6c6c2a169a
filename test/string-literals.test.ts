// Unit tests for src/python/syntax/string-literals.ts: reading a literal's anatomy, and changing
// its quote with the same value (checked against Python's own reading of both).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { applyEdits } from '../src/engine/arbiter.js';
import { parsePython } from '../src/engine/parse.js';
import { literalSpans, requote, requoteAsTripleDouble, stringLiteral, stringsOutsideReplacementFields, type QuoteChar, type StringLiteral } from '../src/python/syntax/string-literals.js';

/** The first string literal of `source` (its outermost one). */
function literalOf(source: string): StringLiteral {
  const node = parsePython(source).rootNode.descendantsOfType('string')[0];
  const literal = node && stringLiteral(node, source);
  if (!literal) throw new Error(`no readable string in ${JSON.stringify(source)}`);
  return literal;
}

/** The literal rewritten to `target`, or the refusal's reason prefixed with `refused: `. */
function requoted(source: string, target: QuoteChar): string {
  const result = requote(literalOf(source), source, target);
  return result.ok ? applyEdits(source, result.edits) : `refused: ${result.reason}`;
}

/** Python's value of each expression, as `repr` strings (f-strings with `x = 1` in scope). */
function pythonValues(expressions: string[]): string[] {
  const program = [
    'import ast, json, sys',
    'x = 1',
    'row = {"name": "n"}',
    'print(json.dumps([repr(eval(compile(ast.parse(line, mode="eval"), "<line>", "eval"))) for line in json.load(sys.stdin)]))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', program], { input: JSON.stringify(expressions), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('stringLiteral', () => {
  test('reads prefix, quote and triple quotes', () => {
    const literal = literalOf("x = Rb'''raw bytes'''\n");
    assert.deepEqual(
      { prefix: literal.prefix, quote: literal.quote, triple: literal.triple, raw: literal.raw, formatted: literal.formatted },
      { prefix: 'Rb', quote: "'", triple: true, raw: true, formatted: false },
    );
    const formatted = literalOf('x = f"{a}-{b!r}"\n');
    assert.equal(formatted.formatted, true);
    assert.equal(formatted.replacementFields.length, 2);
  });

  test('gives the literal parts between replacement fields', () => {
    const source = 'x = f"a{b}c{d}"\n';
    const literal = literalOf(source);
    assert.deepEqual(literalSpans(literal).map((span) => source.slice(span.start, span.end)), ['a', 'c']);
  });

  test('reads a raw string whose closing token tree-sitter misreads from the text', () => {
    // tree-sitter gives `br'\\'` a closing token of `\\'`; the node's range is right.
    const literal = literalOf("x = br'\\\\'\n");
    assert.deepEqual([literal.prefix, literal.quote, literal.body], ['br', "'", { start: 7, end: 9 }]);
  });

  test('leaves out the strings inside replacement fields', () => {
    const root = parsePython('x = f"{row[\'name\']:{\'>\'}}" + \'b\'\n').rootNode;
    assert.deepEqual(stringsOutsideReplacementFields(root, root.text).map((literal) => literal.node.text), [`f"{row['name']:{'>'}}"`, "'b'"]);
  });
});

describe('requote', () => {
  const changes: Array<[string, QuoteChar, string]> = [
    ["x = 'plain'\n", '"', 'x = "plain"\n'],
    ['x = "plain"\n', "'", "x = 'plain'\n"],
    ["x = 'it\\'s'\n", '"', 'x = "it\'s"\n'],
    ["x = 'say \\\"hi\\\"'\n", '"', 'x = "say \\"hi\\""\n'],
    ["x = '\\\\\\'quoted'\n", '"', 'x = "\\\\\'quoted"\n'],
    ["x = r'\\d+'\n", '"', 'x = r"\\d+"\n'],
    ["x = '''it\\'s'''\n", '"', 'x = """it\'s"""\n'],
    ["x = r'''it's \\'raw\\''''\n", '"', 'x = r"""it\'s \\\'raw\\\'"""\n'],
    ["x = f'{row[\"name\"]}'\n", '"', 'x = f"{row[\'name\']}"\n'],
    ["x = f'{\"\"\"x\"\"\"}'\n", '"', "x = f\"{'''x'''}\"\n"],
    ["x = 'line \\\ncontinued'\n", '"', 'x = "line \\\ncontinued"\n'],
    ["x = br'\\\\'\n", '"', 'x = br"\\\\"\n'],
  ];
  for (const [source, target, expected] of changes) {
    test(`${JSON.stringify(source)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(requoted(source, target), expected);
    });
  }

  test('the rewritten strings have the same value for Python', () => {
    const expressions = changes.map(([source]) => source.slice('x = '.length));
    const rewritten = changes.map(([source, target]) => requoted(source, target).slice('x = '.length));
    assert.deepEqual(pythonValues(rewritten), pythonValues(expressions));
  });

  const refusals: Array<[string, QuoteChar, RegExp]> = [
    ["x = 'say \"hi\"'\n", '"', /holds "/],
    ["x = r'it\\'s'\n", '"', /raw string/],
    ["x = r'say \"hi\"'\n", '"', /raw string/],
    ["x = '''ends with \"'''\n", '"', /ends with "/],
    ["x = '''holds \"\"\" inside'''\n", '"', /holds """/],
    ["x = f'{value:\"^10}'\n", '"', /replacement field holds "/],
    ["x = f'{\"\"\"say \"hi\" \"\"\"}'\n", '"', /cannot change its quotes/],
    ["x = f'''{row[\"name\"]}'''\n", '"', /replacement field holds "/],
  ];
  for (const [source, target, reason] of refusals) {
    test(`refuses ${JSON.stringify(source)}`, () => {
      assert.match(requoted(source, target), reason);
    });
  }

  test('a string already in the target quote needs no edit', () => {
    assert.deepEqual(requote(literalOf('x = "a"\n'), 'x = "a"\n', '"'), { ok: true, edits: [] });
  });
});

describe('requoteAsTripleDouble', () => {
  const asTriple = (source: string): string => {
    const result = requoteAsTripleDouble(literalOf(source), source);
    return result.ok ? applyEdits(source, result.edits) : `refused: ${result.reason}`;
  };
  const changes: Array<[string, string]> = [
    ["x = 'Plain.'\n", 'x = """Plain."""\n'],
    ['x = "Plain."\n', 'x = """Plain."""\n'],
    ["x = 'It\\'s \"quoted\".'\n", 'x = """It\'s "quoted"."""\n'],
    ["x = r'\\d+ in it\\'s'\n", 'x = r"""\\d+ in it\\\'s"""\n'],
    ["x = u'line \\\ncontinued'\n", 'x = u"""line \\\ncontinued"""\n'],
    ["x = '''Triple.'''\n", 'x = """Triple."""\n'],
  ];
  for (const [source, expected] of changes) {
    test(`${JSON.stringify(source)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(asTriple(source), expected);
    });
  }

  test('the rewritten strings have the same value for Python', () => {
    const expressions = changes.map(([source]) => source.slice('x = '.length));
    const rewritten = changes.map(([source]) => asTriple(source).slice('x = '.length));
    assert.deepEqual(pythonValues(rewritten), pythonValues(expressions));
  });

  test('refuses text ending with ", holding """, f-strings and bytes', () => {
    assert.match(asTriple("x = 'a \"b\"'\n"), /ends with "/);
    assert.match(asTriple("x = 'a \"\"\" b'\n"), /holds """/);
    assert.match(asTriple("x = f'{x}'\n"), /no docstring/);
    assert.match(asTriple("x = b'x'\n"), /no docstring/);
  });
});
