// What both forms of the syntax tree (copied-tree.ts, lazy-tree.ts) share: node ids that
// are unique in the thread, and rows and columns from the text's line starts.
import type { Point } from 'tree-sitter';

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

/** The 0-based row and column (UTF-16 code units) of `index`, given the line starts. */
export function pointAt(lineStarts: readonly number[], index: number): Point {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return { row: low, column: index - (lineStarts[low] as number) };
}
