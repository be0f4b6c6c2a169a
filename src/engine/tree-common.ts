// What both forms of the syntax tree (copied-tree.ts, lazy-tree.ts) share: node ids that
// are unique in the thread, and rows and columns from the text's line starts.
import type { Point } from 'tree-sitter';
import type { SyntaxNode } from './syntax-tree.js';

let nextId = 1;

/** The first of `count` fresh node ids. */
export function reserveNodeIds(count: number): number {
  const first = nextId;
  nextId += count;
  return first;
}

/** Start index of each line of `text`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 0-based line holding `index`, given the line starts (ascending, the first 0). */
export function lineIndexAt(lineStarts: ArrayLike<number>, index: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The 0-based row and column (UTF-16 code units) of `index`, given the line starts. */
export function pointAt(lineStarts: readonly number[], index: number): Point {
  const row = lineIndexAt(lineStarts, index);
  return { row, column: index - (lineStarts[row] as number) };
}

/**
 * What both node forms derive the same way from a node's children, type and span: each
 * form says how it gets its children, this says the rest.
 */
export abstract class DerivedNode<N extends SyntaxNode> {
  private named: readonly N[] | undefined;

  abstract get children(): readonly N[];
  abstract get type(): string;
  abstract get startIndex(): number;
  abstract get endIndex(): number;

  get namedChildren(): readonly N[] {
    return (this.named ??= this.children.filter((child) => child.isNamed));
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  get lastChild(): N | null {
    const { children } = this;
    // Not children[-1] for a leaf: an index below zero is a slow property lookup in V8.
    return children.length > 0 ? (children[children.length - 1] as N) : null;
  }

  child(index: number): N | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): N | null {
    return this.namedChildren[index] ?? null;
  }

  equals(other: SyntaxNode): boolean {
    return this === (other as unknown);
  }

  toString(): string {
    return `(${this.type} ${this.startIndex}..${this.endIndex})`;
  }
}
