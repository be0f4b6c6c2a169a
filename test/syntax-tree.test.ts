// The tree transforms see must answer every question exactly as tree-sitter's own nodes
// do: this compares the two, node by node (reached from the root down, or from a search),
// on a sample of standard-library modules and on text with syntax errors, non-ASCII
// characters, CRLF line endings and astral-plane characters; and a tree re-parsed
// incrementally after edits with one parsed afresh.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { applyEdits } from '../src/engine/arbiter.js';
import { parsePython } from '../src/engine/parse.js';
import type { Edit } from '../src/engine/types.js';
import { syntaxTreeOf, type SyntaxNode, type TreeForm } from '../src/engine/syntax-tree.js';
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

/** The tree of `text` in the given form. */
function treeOf(text: string, form: TreeForm): SyntaxNode {
  return syntaxTreeOf(parser.parse(text), text, form).rootNode;
}

function compare(text: string, label: string): void {
  for (const form of ['copied', 'lazy'] as const) compareForm(text, `${label} (${form})`, form);
}

function compareForm(text: string, label: string, form: TreeForm): void {
  const native = preorder(parser.parse(text).rootNode);
  const copied = preorder(treeOf(text, form));
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
  // Nodes reached first from a search, before their parents' children were asked, know
  // their parent, siblings and fields all the same.
  const searched = ['identifier', 'string', 'argument_list', 'comment'];
  const nativeFound = nativeRoot.descendantsOfType(searched);
  const fresh = treeOf(text, form).descendantsOfType(searched);
  assert.equal(fresh.length, nativeFound.length, `${label}: nodes found`);
  nativeFound.forEach((node, index) => {
    if (index % 3 === 0) assert.equal(describe(fresh[index] as SyntaxNode), describe(node), `${label}: found node ${index}`);
  });
  // A field's child asked before its parent's children are made (tree-sitter hands over
  // that child alone), then placed among its siblings when they are.
  const withFields = ['function_definition', 'class_definition', 'call', 'assignment', 'attribute', 'binary_operator'];
  withFields.push('keyword_argument', 'for_statement', 'if_statement', 'subscript', 'decorated_definition', 'import_from_statement');
  const nativeWithFields = nativeRoot.descendantsOfType(withFields);
  const asked = treeOf(text, form).descendantsOfType(withFields);
  assert.equal(asked.length, nativeWithFields.length, `${label}: nodes with fields found`);
  nativeWithFields.forEach((node, index) => {
    const field = FIELDS[index % FIELDS.length] as string;
    const want = node.childForFieldName(field);
    const got = (asked[index] as SyntaxNode).childForFieldName(field);
    assert.equal(got ? describe(got) : null, want ? describe(want) : null, `${label}: ${node.type}@${node.startIndex}.${field}`);
    for (const other of ['name', 'body', 'function', 'left']) {
      const child = (asked[index] as SyntaxNode).childForFieldName(other);
      assert.equal(child?.startIndex ?? null, node.childForFieldName(other)?.startIndex ?? null, `${label}: ${node.type}@${node.startIndex}.${other}`);
    }
  });
  for (let index = 0; index < text.length; index += Math.max(1, Math.floor(text.length / 200))) {
    const end = Math.min(text.length, index + (index % 7));
    const want = nativeRoot.descendantForIndex(index, end);
    const got = copiedRoot.descendantForIndex(index, end);
    assert.equal(`${got.type}@${got.startIndex}-${got.endIndex}`, `${want.type}@${want.startIndex}-${want.endIndex}`, `${label}: descendantForIndex(${index}, ${end})`);
  }
}

test('both forms of the tree agree with tree-sitter on tricky text', () => {
  compare('def f(a, /, b=1, *c, d: "X" = 2, **e) -> int:\r\n    return a  # note\r\n', 'crlf');
  compare('s = "é𝄞 ü"  # 𝄞\nt = f"{s!r:>{w}} 𝄞"\nclass Ä(B, metaclass=M): pass\n', 'astral');
  compare('def broken(:\n    x = [1, 2\ny = 3\n', 'syntax error');
  compare('if x:\n    pass\nelif y:\n    print(x\n', 'missing paren');
  compare('', 'empty');
});

test('both forms of the tree agree with tree-sitter on standard-library modules', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root }).filter((_, index) => index % 150 === 0);
  assert.ok(files.length >= 10, `only ${files.length} files`);
  for (const path of files) compare(readFileSync(path, 'utf8'), path);
});

test('a tree re-parsed after edits agrees with a tree parsed afresh', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root }).filter((_, index) => index % 300 === 7);
  for (const [index, path] of files.entries()) {
    const text = readFileSync(path, 'utf8');
    const form = index % 2 ? 'copied' : 'lazy';
    const before = parsePython(text, undefined, form);
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
    const incremental = preorder(parsePython(after, { tree: before, text, edits }, form).rootNode).map(describe);
    const fresh = preorder(parsePython(after, undefined, form).rootNode).map(describe);
    assert.deepEqual(incremental, fresh, `${path} (${form})`);
  }
});

test('a lazy tree edited for re-parsing refuses to be read', () => {
  const text = 'def f(a):\n    return [a, "b"]\n';
  const before = parsePython(text, undefined, 'lazy');
  const call = before.rootNode.descendantsOfType('return_statement')[0] as SyntaxNode;
  parsePython(text.replace('a]', 'a, 1]'), { tree: before, text, edits: [{ start: text.indexOf('a]') + 1, end: text.indexOf('a]') + 1, text: ', 1' }] });
  assert.throws(() => call.children, /edited for re-parsing/);
});
