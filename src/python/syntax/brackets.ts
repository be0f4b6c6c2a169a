// Bracketed, comma-separated sequences of Python source (calls, parameters, literals,
// subscripts, imports, patterns...) seen uniformly: their brackets, their elements, and
// whether they end with a comma. Trailing-comma rules and layout-aware rewrites use it.
import type { SyntaxNode } from '../../engine/syntax-tree.js';

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
