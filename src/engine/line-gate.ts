// The line gate: a fix may not leave a line longer than the limit when that line was
// within it. Only the lines a fix's edits touch are measured, before and after, so the
// gate costs next to nothing on a file where no fix grows a line.
import type { SourceFile } from './source.js';
import type { Edit, Span } from './types.js';

/** A line a fix would push past the limit, in the text the edits apply to. */
export interface LineOverflow {
  /** The first line of the edited block (its start index in the text before the edits). */
  at: number;
  /** The length the line would have, in characters (code points, as linters count). */
  length: number;
}

/** A run of whole lines touched by edits, and the edits inside it. */
interface Block extends Span {
  edits: Edit[];
}

/** A line's length as pycodestyle and Ruff count it: code points, without the `\r`. */
export function measureLine(line: string): number {
  const units = line.endsWith('\r') ? line.length - 1 : line.length;
  let length = units;
  for (let index = 0; index < units; index++) {
    const code = line.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) length--;
  }
  return length;
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function lineEndOf(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}

/** The edits grouped into blocks of whole lines; edits that share a line share a block. */
function blocksOf(text: string, edits: readonly Edit[]): Block[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: Block[] = [];
  for (const edit of sorted) {
    const start = lineStartOf(text, edit.start);
    const end = lineEndOf(text, edit.end);
    const last = blocks.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      blocks.push({ start, end, edits: [edit] });
    }
  }
  return blocks;
}

function rewrite(text: string, block: Block): string {
  let output = '';
  let at = block.start;
  for (const edit of block.edits) {
    output += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return output + text.slice(at, block.end);
}

/**
 * The first block whose lines the edits push past `limit`: a line that keeps its place
 * (the block has as many lines after as before) may not go from within the limit to over
 * it; a block that gains or loses lines may not end with more long lines than it had.
 */
function overflowIn(text: string, block: Block, limit: number): LineOverflow | null {
  const before = text.slice(block.start, block.end).split('\n');
  const after = rewrite(text, block).split('\n');
  const over = (line: string) => line.length > limit && measureLine(line) > limit;
  if (before.length === after.length) {
    for (let index = 0; index < after.length; index++) {
      if (over(after[index]!) && !over(before[index]!)) return { at: block.start, length: measureLine(after[index]!) };
    }
    return null;
  }
  const longAfter = after.filter(over);
  if (longAfter.length > before.filter(over).length) return { at: block.start, length: Math.max(...longAfter.map(measureLine)) };
  return null;
}

/** Where `edits` (non-overlapping, on `file`'s text) would push a line past `limit`, or null. */
export function lineOverflow(file: SourceFile, edits: readonly Edit[], limit: number): LineOverflow | null {
  for (const block of blocksOf(file.text, edits)) {
    const overflow = overflowIn(file.text, block, limit);
    if (overflow) return overflow;
  }
  return null;
}

/** The blocks of lines where `edits` together push a line past `limit`. */
export function overflowingBlocks(file: SourceFile, edits: readonly Edit[], limit: number): Span[] {
  return blocksOf(file.text, edits)
    .filter((block) => overflowIn(file.text, block, limit))
    .map(({ start, end }) => ({ start, end }));
}
