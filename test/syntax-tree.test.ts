// The copied tree must answer every question exactly as tree-sitter's own nodes do: this
// compares the two, node by node, on a sample of standard-library modules and on text
// with syntax errors, non-ASCII characters, CRLF line endings and astral-plane characters;
// and a tree re-parsed incrementally after edits with one parsed afresh.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { applyEdits } from '../src/engine/arbiter.js';
import { parsePython } from '../src/engine/parse.js';
import type { Edit } from '../src/engine/types.js';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { discoverFiles } from '../src/runner/discover.js';
import { STDLIB_EXCLUDES } from './corpus/corpus.js';

const parser = new Parser();
parser.setLanguage(Python as unknown as Parser.Language);

const FIELDS = ['name', 'body', 'parameters', 'left', 'right', 'value', 'operator', 'function', 'arguments', 'condition', 'alternative', 'type', 'return_type', 'key', 'superclasses', 'definition', 'attribute', 'object', 'subscript', 'module_name', 'alias', 'consequence', 'argument', 'operators'];

/** The facts about one node that transforms read, as a comparable string. */
function describe(node: Parser.SyntaxNode | SyntaxNode): string {
  const fields = FIELDS.map((field) => {
    const all = node.childrenForFieldName(field);
    return all.length ? `${field}=${all.map((child) => `${child.type}@${child.startIndex}`).join(',')}` : '';
  }).filter(Boolean);
  return [
    node.type,
    node.isNamed,
    node.isMissing,
    node.hasError,
    `${node.startIndex}-${node.endIndex}`,
    `${node.startPosition.row}:${node.startPosition.column}-${node.endPosition.row}:${node.endPosition.column}`,
    node.childCount,
    node.namedChildCount,
    node.parent ? `${node.parent.type}@${node.parent.startIndex}` : '-',
    node.previousSibling ? `${node.previousSibling.type}@${node.previousSibling.startIndex}` : '-',
    node.nextNamedSibling ? `${node.nextNamedSibling.type}@${node.nextNamedSibling.startIndex}` : '-',
    fields.join(' '),
    node.text.length,
  ].join(' | ');
}

function preorder<T extends { children: readonly T[] }>(root: T): T[] {
  const nodes: T[] = [];
  const visit = (node: T): void => {
    nodes.push(node);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return nodes;
}

function compare(text: string, label: string): void {
  const native = preorder(parser.parse(text).rootNode);
  const copied = preorder(parsePython(text).rootNode);
  assert.equal(copied.length, native.length, `${label}: node count`);
  native.forEach((node, index) => {
    assert.equal(describe(copied[index] as SyntaxNode), describe(node), `${label}: node ${index}`);
  });
  const nativeRoot = native[0] as Parser.SyntaxNode;
  const copiedRoot = copied[0] as SyntaxNode;
  for (const types of ['identifier', ['string', 'comment'], 'function_definition']) {
    const spans = (nodes: Array<{ startIndex: number; type: string }>) => nodes.map((node) => `${node.type}@${node.startIndex}`);
    assert.deepEqual(spans(copiedRoot.descendantsOfType(types)), spans(nativeRoot.descendantsOfType(types as string)), `${label}: descendantsOfType(${String(types)})`);
  }
  for (let index = 0; index < text.length; index += Math.max(1, Math.floor(text.length / 200))) {
    const end = Math.min(text.length, index + (index % 7));
    const want = nativeRoot.descendantForIndex(index, end);
    const got = copiedRoot.descendantForIndex(index, end);
    assert.equal(`${got.type}@${got.startIndex}-${got.endIndex}`, `${want.type}@${want.startIndex}-${want.endIndex}`, `${label}: descendantForIndex(${index}, ${end})`);
  }
}

test('the copied tree agrees with tree-sitter on tricky text', () => {
  compare('def f(a, /, b=1, *c, d: "X" = 2, **e) -> int:\r\n    return a  # note\r\n', 'crlf');
  compare('s = "é𝄞 ü"  # 𝄞\nt = f"{s!r:>{w}} 𝄞"\nclass Ä(B, metaclass=M): pass\n', 'astral');
  compare('def broken(:\n    x = [1, 2\ny = 3\n', 'syntax error');
  compare('if x:\n    pass\nelif y:\n    print(x\n', 'missing paren');
  compare('', 'empty');
});

test('the copied tree agrees with tree-sitter on standard-library modules', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root }).filter((_, index) => index % 150 === 0);
  assert.ok(files.length >= 10, `only ${files.length} files`);
  for (const path of files) compare(readFileSync(path, 'utf8'), path);
});

test('a tree re-parsed after edits agrees with a tree parsed afresh', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root }).filter((_, index) => index % 300 === 7);
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const before = parsePython(text);
    // Edits of every kind a pass makes: renames, requoted strings, an insertion touching a
    // replacement, a deleted line, text with line breaks added.
    const edits: Edit[] = [];
    for (const node of before.rootNode.descendantsOfType(['identifier', 'string', 'comment']).filter((_, index) => index % 5 === 0)) {
      if (node.type === 'identifier') edits.push({ start: node.startIndex, end: node.endIndex, text: `${node.text}_renamed` });
      else if (node.type === 'comment') edits.push({ start: node.startIndex, end: node.endIndex, text: '# one\n# two' });
      else {
        edits.push({ start: node.startIndex, end: node.startIndex, text: '(' });
        edits.push({ start: node.endIndex, end: node.endIndex, text: ')' });
      }
    }
    const after = applyEdits(text, edits);
    const incremental = preorder(parsePython(after, { tree: before, text, edits }).rootNode).map(describe);
    const fresh = preorder(parsePython(after).rootNode).map(describe);
    assert.deepEqual(incremental, fresh, path);
  }
});
