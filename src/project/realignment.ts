// Continuation lines that line up with a bracket a rename moves. PEP 8's visual indent
// aligns a call's or a signature's wrapped arguments with the character after its
// opening bracket:
//
//     def _check_if_route_applicable_to_fip_namespace(self, route,
//                                                     agent_gateway_port):
//
// A rename before the bracket on its line moves the bracket and not those lines, which
// flake8 then reports (E127/E128); Neutron's grader rejected exactly that hunk. A person
// moves them along, and so does this: every line inside the bracket indented at least as
// far as the bracket's content shifts with it. Lines that start inside a string are never
// touched (their whitespace is the string's), and a shift that would pass the line
// length is not made (the lines stay as they were, no worse than before).
import { lineIndexAt, lineStartsOf } from '../engine/tree-common.js';
import { skipStringOrComment } from '../python/syntax/text-scan.js';
import type { Span } from './collect.js';

interface Edit extends Span {
  text: string;
}

/** What a text-level scan knows at each line start: inside a string, or not. */
interface Scanned {
  /** Offsets of line starts (index 0 is 0). */
  starts: number[];
  /** For each line, whether it starts inside a string literal. */
  inString: boolean[];
}

function scan(text: string): Scanned {
  const starts = lineStartsOf(text);
  const inString = starts.map(() => false);
  for (let index = 0; index < text.length; index++) {
    const end = skipStringOrComment(text, index);
    if (end === index) continue;
    // The lines that start between a string's quotes are its text.
    if (text[index] !== '#') for (let line = lineIndexAt(starts, index) + 1; line < starts.length && (starts[line] as number) < end; line++) inString[line] = true;
    index = end - 1;
  }
  return { starts, inString };
}


/**
 * The brackets opened after `from` on its line and still open at the line's end, with
 * where each closes: [column of its content, offset of its close] (innermost last).
 */
function openBrackets(text: string, from: number, lineStart: number): Array<{ column: number; close: number }> {
  const stack: Array<{ column: number }> = [];
  const open: Array<{ column: number; close: number }> = [];
  let depth = 0;
  let lineEnded = false;
  let pending: Array<{ column: number; depth: number }> = [];
  for (let index = from; index < text.length; index++) {
    const skipped = skipStringOrComment(text, index);
    if (skipped !== index) {
      index = skipped - 1;
      continue;
    }
    const char = text[index] as string;
    if (char === '\n' && !lineEnded) {
      lineEnded = true;
      pending = stack.map((bracket, position) => ({ column: bracket.column, depth: position + 1 }));
      if (pending.length === 0) return [];
      continue;
    }
    if (char === '(' || char === '[' || char === '{') {
      depth++;
      if (!lineEnded) stack.push({ column: index - lineStart + 1 });
    } else if (char === ')' || char === ']' || char === '}') {
      if (!lineEnded) {
        if (stack.length === 0) return open; // closes a bracket opened before the rename
        stack.pop();
        depth--;
        continue;
      }
      const closing = pending.find((bracket) => bracket.depth === depth);
      if (closing) open.push({ column: closing.column, close: index });
      depth--;
      if (depth === 0) break;
    }
  }
  return open;
}

/**
 * For a file's text, the edits that move continuation lines along with the brackets a
 * rename's edits move, or none where a shift would pass `limit`. The text is scanned
 * once, for all the renames of the file.
 */
export function realigner(text: string, limit: number | null): (renames: readonly Edit[]) => Edit[] {
  let scanned: Scanned | undefined;
  return (renames) => {
    const moving = renames.filter((edit) => edit.text.length !== edit.end - edit.start);
    return moving.length ? realignments(text, moving, limit, (scanned ??= scan(text))) : [];
  };
}

function realignments(text: string, moving: readonly Edit[], limit: number | null, { starts, inString }: Scanned): Edit[] {
  // Per continuation line, the shift of the brackets it lines up with.
  const shifts = new Map<number, number>();
  for (const [line, edits] of groupByLine(moving, starts)) {
    const lineStart = starts[line] as number;
    const last = edits[edits.length - 1] as Edit;
    const delta = edits.reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
    for (const bracket of openBrackets(text, last.end, lineStart)) {
      if (bracket.column <= last.end - lineStart) continue;
      const lines: number[] = [];
      let aligned = false;
      for (let next = line + 1; next < starts.length && (starts[next] as number) <= bracket.close; next++) {
        if (inString[next]) continue;
        const begin = starts[next] as number;
        const indent = /^[ ]*/.exec(text.slice(begin, begin + 400))?.[0].length ?? 0;
        const blank = /^[ ]*(?:\r?\n|$)/.test(text.slice(begin, begin + 400));
        if (blank || indent < bracket.column) continue;
        if (indent === bracket.column) aligned = true;
        lines.push(next);
      }
      if (!aligned) continue;
      for (const next of lines) shifts.set(next, (shifts.get(next) ?? 0) + delta);
    }
  }
  const edits: Edit[] = [];
  for (const [line, shift] of shifts) {
    if (shift === 0) continue;
    const begin = starts[line] as number;
    const end = (starts[line + 1] ?? text.length + 1) - 1;
    const length = end - begin - (text[end - 1] === '\r' ? 1 : 0);
    const indent = /^[ ]*/.exec(text.slice(begin, end))?.[0].length ?? 0;
    if (shift < 0 && indent + shift < 0) return [];
    if (shift > 0 && limit !== null && length + shift > limit) return [];
    edits.push(shift > 0 ? { start: begin, end: begin, text: ' '.repeat(shift) } : { start: begin, end: begin - shift, text: '' });
  }
  return edits.sort((a, b) => a.start - b.start);
}

function groupByLine(edits: readonly Edit[], starts: readonly number[]): Map<number, Edit[]> {
  const byLine = new Map<number, Edit[]>();
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const line = lineIndexAt(starts, edit.start);
    byLine.set(line, [...(byLine.get(line) ?? []), edit]);
  }
  return byLine;
}
