// Bracketed, comma-separated sequences of Python source (calls, parameters, literals,
// subscripts, imports, patterns...) seen uniformly: their brackets, their elements, and
// whether they end with a comma. Trailing-comma rules and layout-aware rewrites use it.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { isCodeSpace, skipStringOrComment, startsLine, stringEnd } from './text-scan.js';

export type SequenceKind =
  | 'call'
  | 'parameters'
  | 'list'
  | 'set'
  | 'dictionary'
  | 'tuple'
  | 'subscript'
  | 'import'
  | 'with'
  | 'type-parameters'
  | 'pattern';

export interface BracketedSequence {
  node: SyntaxNode;
  kind: SequenceKind;
  open: SyntaxNode;
  close: SyntaxNode;
  /** Children between the brackets that are neither commas nor extras (comments, `\` line continuations). */
  elements: SyntaxNode[];
  /**
   * Where each element begins: its node's start, except in a dictionary pattern, whose
   * entries are flat (`key`, `:`, `value`) and begin at the key.
   */
  elementStarts: number[];
  /** The comma after the last element, if there is one. */
  trailingComma: SyntaxNode | null;
}

/** Node types that can hold a bracketed sequence, with their kind and opening bracket. */
const SEQUENCE_TYPES: Readonly<Record<string, { kind: SequenceKind; open: string }>> = {
  argument_list: { kind: 'call', open: '(' },
  parameters: { kind: 'parameters', open: '(' },
  list: { kind: 'list', open: '[' },
  set: { kind: 'set', open: '{' },
  dictionary: { kind: 'dictionary', open: '{' },
  tuple: { kind: 'tuple', open: '(' },
  subscript: { kind: 'subscript', open: '[' },
  import_from_statement: { kind: 'import', open: '(' },
  with_clause: { kind: 'with', open: '(' },
  type_parameter: { kind: 'type-parameters', open: '[' },
  list_pattern: { kind: 'pattern', open: '[' },
  tuple_pattern: { kind: 'pattern', open: '(' },
  dict_pattern: { kind: 'pattern', open: '{' },
  class_pattern: { kind: 'pattern', open: '(' },
};

/** What the grammar allows anywhere between tokens (besides white space). */
const EXTRAS = new Set(['comment', 'line_continuation']);

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export const SEQUENCE_NODE_TYPES: readonly string[] = Object.keys(SEQUENCE_TYPES);

/**
 * Describes `node` as a bracketed sequence, or returns null when it has no brackets of
 * its own (`return a, b`, `from m import a`, `with a, b:`) or is not such a node.
 */
export function bracketedSequence(node: SyntaxNode): BracketedSequence | null {
  const shape = SEQUENCE_TYPES[node.type];
  if (!shape) return null;
  const children = node.children;
  // The opening bracket is a direct, anonymous child: for a subscript it follows the
  // value, for an import it follows `import`, for a class pattern the class name.
  const openIndex = children.findIndex((child) => !child.isNamed && child.type === shape.open);
  if (openIndex === -1) return null;
  let closeIndex = -1;
  for (let index = children.length - 1; index > openIndex; index--) {
    const child = children[index] as SyntaxNode;
    if (!child.isNamed && child.type === CLOSING[shape.open]) {
      closeIndex = index;
      break;
    }
  }
  if (closeIndex === -1) return null;
  const elements: SyntaxNode[] = [];
  let trailingComma: SyntaxNode | null = null;
  for (const child of children.slice(openIndex + 1, closeIndex)) {
    if (EXTRAS.has(child.type)) continue;
    if (!child.isNamed && child.type === ',') {
      trailingComma = child;
    } else {
      elements.push(child);
      trailingComma = null;
    }
  }
  return {
    node,
    kind: shape.kind,
    open: children[openIndex] as SyntaxNode,
    close: children[closeIndex] as SyntaxNode,
    elements: groupElements(node.type, elements),
    elementStarts: elementStarts(node.type, elements),
    trailingComma,
  };
}

/**
 * A dictionary pattern's entries are flat (`key`, `:`, `value`); everything else has
 * one node per element. Returns one node per element, the last node of each entry.
 */
function groupElements(type: string, nodes: SyntaxNode[]): SyntaxNode[] {
  if (type !== 'dict_pattern') return nodes;
  return nodes.filter((child, index) => child.type !== ':' && nodes[index + 1]?.type !== ':');
}

function elementStarts(type: string, nodes: SyntaxNode[]): number[] {
  if (type !== 'dict_pattern') return nodes.map((node) => node.startIndex);
  return nodes.filter((child, index) => child.type !== ':' && nodes[index - 1]?.type !== ':').map((node) => node.startIndex);
}

/** Whether the brackets open and close on different lines. */
export function spansLines(sequence: BracketedSequence): boolean {
  return sequence.open.startPosition.row !== sequence.close.startPosition.row;
}

/**
 * Where the brackets open whose sequence a trailing-comma rule may touch, read from the
 * text alone (strings and comments skipped): those that close right after a comma on the
 * line they open on (a comma to remove), those that close on another line after a comma
 * and hold a `*` (`*args` and `**kwargs` with a comma tell the project's habit), and those
 * that close on another line without one, the closing bracket first on its line (a comma
 * to add). Most brackets of a file are none of these (`f(x)`, or a call whose closing
 * bracket ends its last line), and asking the tree for every sequence cost
 * trailing-commas most of its time. Null when an f-string holds code that may (a
 * triple-quoted one with a replacement field, or one with `,)` in it): the caller asks
 * the tree then.
 */
export function bracketsOfInterest(text: string): number[] | null {
  const found: number[] = [];
  const open: number[] = [];
  // The last character of code: not white space, a line continuation or a comment.
  let lastCode = -1;
  // From one comment, string or bracket to the next: the code between them only moves
  // `lastCode` (test(), not exec(): no match object per bracket).
  const search = BRACKET_SCAN;
  search.lastIndex = 0;
  let after = 0;
  while (search.test(text)) {
    const index = search.lastIndex - 1;
    let last = index - 1;
    while (last >= after && isCodeSpace(text[last])) last--;
    if (last >= after) lastCode = last;
    const char = text[index] as string;
    if (char === '#') {
      search.lastIndex = skipStringOrComment(text, index);
    } else if (char === '"' || char === "'") {
      const { end, triple } = stringEnd(text, index);
      // An f-string's replacement fields are code: `f"{g(a, b,)}"`.
      let prefixStart = index;
      while (prefixStart > 0 && /[rRbBfFuU]/.test(text[prefixStart - 1] as string)) prefixStart--;
      const prefix = text.slice(prefixStart, index);
      const identifierBefore = prefixStart > 0 && /[\w\u0080-\uffff]/.test(text[prefixStart - 1] as string);
      if (!identifierBefore && /[fF]/.test(prefix)) {
        const body = text.slice(index, end);
        if ((triple && body.includes('{')) || /,\s*[)\]}]/.test(body)) return null;
      }
      search.lastIndex = end;
      lastCode = end - 1;
    } else if (char === '(' || char === '[' || char === '{') {
      open.push(index);
      lastCode = index;
    } else {
      const start = open.pop();
      if (start !== undefined && lastCode > start) {
        const newline = text.indexOf('\n', start);
        const spansLines = newline >= 0 && newline < index;
        const comma = text[lastCode] === ',';
        if (comma ? !spansLines || text.slice(start, index).includes('*') : spansLines && startsLine(text, index)) found.push(start);
      }
      lastCode = index;
    }
    after = search.lastIndex;
  }
  return found.sort((a, b) => a - b);
}

/** The characters where `bracketsOfInterest` has something to do: comments, strings, brackets. */
const BRACKET_SCAN = /[#'"([{)\]}]/g;

/**
 * The bracketed sequences of `root` that open at `starts` (bracketsOfInterest), in the
 * order a search of the tree would give them.
 */
export function sequencesOpeningAt(root: SyntaxNode, starts: readonly number[]): SyntaxNode[] {
  const nodes: SyntaxNode[] = [];
  const seen = new Set<number>();
  for (const start of starts) {
    const node = root.descendantForIndex(start, start + 1).parent;
    if (!node || seen.has(node.id) || !SEQUENCE_TYPES[node.type]) continue;
    if (bracketedSequence(node)?.open.startIndex !== start) continue;
    seen.add(node.id);
    nodes.push(node);
  }
  return nodes.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
}
