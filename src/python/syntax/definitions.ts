// A module's functions and classes, found from its text: each `def` or `class` keyword
// outside strings and comments, whose node the tree is then asked for by its place. A
// search of the whole tree for them walks every node inside tree-sitter (about a fifth of
// a parse) for a few nodes in a thousand.
import type { SourceFile } from '../../engine/source.js';
import type { SyntaxNode, SyntaxTree } from '../../engine/syntax-tree.js';
import { codeTokens } from './text-scan.js';

export type DefinitionType = 'function_definition' | 'class_definition';

const TYPE_OF: Readonly<Record<string, DefinitionType>> = { def: 'function_definition', class: 'class_definition' };

/**
 * Where the text's `def` and `class` keywords are, outside strings and comments, in
 * order; null where the scan is unsure of the text (an f-string whose fields may hold its
 * own quote). A keyword starts a statement (after the indentation, or `async `) and is
 * followed by a space or a backslash: `undef`, `.define` and `subclass(` are no keywords.
 */
export function definitionKeywords(text: string): number[] | null {
  const found: number[] = [];
  for (const token of codeTokens(text, '\\b(?:def|class)\\b')) {
    if (token.kind === 'unsure') return null;
    if (token.kind !== 'match') continue;
    const before = token.at > 0 ? (text[token.at - 1] as string) : '\n';
    const after = text[token.at + token.text.length] ?? '\n';
    if (' \t\f\n\r\uFEFF'.includes(before) && ' \t\f\\\n\r'.includes(after)) found.push(token.at);
  }
  return found;
}

// The keywords of a tree's text, read once for the transforms that ask of the same tree
// (docstrings asks in its project phase and again when it transforms the file from that
// tree). Positions only: no node is kept.
const keywordsOf = new WeakMap<SyntaxTree, number[] | null>();

/**
 * The file's definitions of the given types, in document order: what
 * `root.descendantsOfType(types)` gives, found from the text (`definitionKeywords`). A
 * tree with an error, a text the scan is unsure of, or a keyword the tree reads otherwise
 * is searched as a whole instead. `mayKeep` may leave a definition out by its place, before
 * its node is made: the text from its keyword to the next definition's keyword (or the
 * text's end), which holds its header and the start of its body; a tree searched as a
 * whole keeps every definition.
 */
export function definitionNodes(file: SourceFile, types: readonly DefinitionType[], mayKeep?: (keyword: number, next: number) => boolean): SyntaxNode[] {
  let keywords = keywordsOf.get(file.tree);
  if (keywords === undefined) keywordsOf.set(file.tree, (keywords = file.root.hasError ? null : definitionKeywords(file.text)));
  return keywords ? fromKeywords(file, keywords, types, mayKeep) : file.root.descendantsOfType(types);
}

function fromKeywords(file: SourceFile, keywords: readonly number[], types: readonly DefinitionType[], mayKeep?: (keyword: number, next: number) => boolean): SyntaxNode[] {
  const { root, text } = file;
  const wanted = new Set<string>(types);
  const nodes: SyntaxNode[] = [];
  for (const [index, at] of keywords.entries()) {
    const keyword = text.startsWith('def', at) ? 'def' : 'class';
    const type = TYPE_OF[keyword] as DefinitionType;
    if (!wanted.has(type) || (mayKeep && !mayKeep(at, keywords[index + 1] ?? text.length))) continue;
    const node = root.descendantForIndex(at, at + keyword.length);
    const definition = node.parent;
    if (node.type !== keyword || node.startIndex !== at || definition?.type !== type) return root.descendantsOfType(types);
    nodes.push(definition);
  }
  return nodes;
}
