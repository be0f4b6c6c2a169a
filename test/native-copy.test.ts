// The native copy of a tree (native/flatten.c) against the copy through node-tree-sitter's
// cursor: the same nodes, node for node, over the standard library's top-level modules and
// over broken texts (ERROR and MISSING nodes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { copyTree, languageFacts } from '../src/engine/copied-tree.js';
import { loadAddon, nativeCopy, noteCopied, releaseFreeMemory } from '../src/engine/native-copy.js';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { topLevelModules } from './support/stdlib.js';

const native = nativeCopy();
const missing = process.env.PYCODEMOD_NATIVE === '0' ? 'PYCODEMOD_NATIVE=0' : 'native/build/Release/flatten.node was not built (npm run build)';
const skip = native ? false : missing;

function parser(): Parser {
  const made = new Parser();
  made.setLanguage(Python as unknown as Parser.Language);
  return made;
}

/** The first difference between two trees, as a path of child indices and what differs, or null. */
function difference(a: SyntaxNode, b: SyntaxNode, path = 'root'): string | null {
  const facts = (node: SyntaxNode) => [
    node.type,
    node.isNamed,
    node.isMissing,
    node.hasError,
    node.startIndex,
    node.endIndex,
    node.fieldName,
    node.children.length,
  ];
  const left = JSON.stringify(facts(a));
  const right = JSON.stringify(facts(b));
  if (left !== right) return `${path}: ${left} against ${right}`;
  for (let index = 0; index < a.children.length; index++) {
    const found = difference(a.children[index] as SyntaxNode, b.children[index] as SyntaxNode, `${path}.${index}`);
    if (found) return found;
  }
  return null;
}

function compare(source: Parser, text: string, name: string): number {
  const tree = source.parse(text, null, { bufferSize: text.length + 1 });
  const nodeTypes = (Python as unknown as { nodeTypeInfo: Parameters<typeof languageFacts>[0] }).nodeTypeInfo;
  const copied = copyTree(tree, text, languageFacts(nodeTypes), native);
  const cursor = copyTree(tree, text, languageFacts(nodeTypes), null);
  assert.equal(difference(copied.rootNode, cursor.rootNode), null, name);
  return copied.reach.nodes;
}

test('the native copy of a tree is the cursor copy, node for node, over the standard library', { skip }, () => {
  const source = parser();
  let nodes = 0;
  for (const module of topLevelModules()) nodes += compare(source, module.text, module.name);
  assert.ok(nodes > 500_000, `${nodes} nodes compared`);
});

test('the native copy of a broken text has the cursor copy\'s ERROR and MISSING nodes', { skip }, () => {
  const source = parser();
  let broken = 0;
  // Each module cut at a few places, mid-statement: every cut leaves an error somewhere.
  for (const module of topLevelModules().slice(0, 40)) {
    for (const share of [0.31, 0.57, 0.83]) {
      const text = module.text.slice(0, Math.floor(module.text.length * share));
      const tree = source.parse(text);
      if (tree.rootNode.hasError) broken++;
      compare(source, text, `${module.name} cut at ${share}`);
    }
  }
  const snippets = ['def f(:\n    pass\n', 'x = (1, 2\n', 'print "a"\n', 'class C\n    x = [\n', 'if x\n  y = )\n'];
  for (const text of snippets) compare(source, text, JSON.stringify(text));
  assert.ok(broken > 60, `${broken} broken texts`);
});

test('memory is given back after a collection unless the thread copied most trees it read', { skip }, () => {
  releaseFreeMemory();
  assert.equal(releaseFreeMemory(), 'released');
  noteCopied(250_000);
  assert.equal(releaseFreeMemory(), 'released');
  noteCopied(200_000);
  noteCopied(200_000);
  assert.equal(releaseFreeMemory(), 'kept');
  // The count starts again after each collection.
  assert.equal(releaseFreeMemory(), 'released');
});

test('an addon built from another tree-sitter, or one this Node cannot load, is not used', () => {
  const built = (version: string) => () => ({ treeSitterVersion: version, flatten: () => 0, symbols: () => [[], []], trim: () => true });
  assert.ok(loadAddon('flatten.node', '0.22.4', built('0.22.4')));
  // Left from an earlier install: its trees would be read with another layout.
  assert.equal(loadAddon('flatten.node', '0.22.4', built('0.21.0')), null);
  assert.equal(loadAddon('flatten.node', undefined, built('0.22.4')), null);
  // Another platform's build, or a damaged file.
  const broken = () => {
    throw new Error('flatten.node: invalid ELF header');
  };
  assert.equal(loadAddon('flatten.node', '0.22.4', broken), null);
  assert.equal(loadAddon('flatten.node', '0.22.4', () => undefined), null);
});
