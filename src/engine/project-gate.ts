// The line gate and `--since` for changes that span files (a project-wide rename): such a
// change is made whole or not at all, so it is judged once, in the project phase, from
// the lengths of the lines it touches in every file, before any file is rewritten.
import { measureLine } from './line-gate.js';
import { transformsNamedIn } from './suppression.js';
import { lineIndexAt } from './tree-common.js';
import type { Edit } from './types.js';

/** What the gate needs of a file: where its lines start, how long they are, its limit. */
export interface LineFacts {
  starts: Uint32Array;
  /** Each line's length in characters (code points, without the line break). */
  lengths: Uint32Array;
  /** The file's line limit; null when the gate is off for it. */
  limit: number | null;
  /**
   * The transforms a `# pycodemod: ignore` or `skip-file` comment of the file names
   * (`'all'` for one naming none): the fix loop would leave such a file's part of a
   * project-wide change undone, so the change is not made.
   */
  suppressed?: readonly string[] | 'all';
}

export function lineFactsOf(text: string, limit: number | null): LineFacts {
  const suppressed = transformsNamedIn(text);
  let count = 1;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) count++;
  const starts = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  // Without a character outside the Basic Multilingual Plane, a line's length is its
  // count of UTF-16 units: no string made per line, no character read.
  const astral = /[\ud800-\udbff]/.test(text);
  let start = 0;
  for (let index = 0; index < count; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    starts[index] = start;
    if (astral) lengths[index] = measureLine(text.slice(start, end));
    else lengths[index] = end > start && text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start;
    start = end + 1;
  }
  return { starts, lengths, limit, ...(suppressed ? { suppressed } : {}) };
}

/** Why a change spread over files may not be made. */
export interface GateRefusal {
  kind: 'line-too-long' | 'outside-changes' | 'suppressed';
  reason: string;
}

/** Line facts by path: a map, or facts measured when the gate first asks for a file's. */
export interface LineFactsSource {
  get(path: string): LineFacts | undefined;
}

export interface ProjectGateInput {
  /**
   * Line facts per file path (as the project phase names files). The gate asks only for
   * the files a change spanning files touches.
   */
  lines?: LineFactsSource;
  /**
   * With `--since`: the changed lines per path (1-based), `'all'` for a new file; a path
   * absent has no changed line. Absent: every line counts as changed.
   */
  changedLines?: ReadonlyMap<string, ReadonlySet<number> | 'all'>;
  /** The revision `--since` names, for messages. */
  since?: string;
  /** The transforms per-file-ignores turn off, per path (as the project phase names files). */
  ignored?: ReadonlyMap<string, ReadonlySet<string>>;
}


/**
 * Admits or refuses project-wide changes one at a time, in the order the project phase
 * plans them; it remembers what it admitted, so that two renames that each fit but
 * together push a line past the limit are not both made.
 */
export class ProjectGate {
  /** Growth (in characters) already admitted, per path and line index. */
  private readonly growth = new Map<string, Map<number, number>>();

  constructor(private readonly input: ProjectGateInput = {}) {}

  /**
   * Null when the change may be made; otherwise why not. Admitted changes are remembered.
   * With the transform asking, a file whose comments or per-file-ignores turn it off
   * refuses the whole change: the fix loop would leave that file's part undone.
   */
  admit(edits: ReadonlyMap<string, readonly Edit[]>, transform?: string): GateRefusal | null {
    if (transform) {
      for (const path of edits.keys()) {
        const suppressed = this.input.lines?.get(path)?.suppressed;
        const halfMade = 'which would leave the change half made';
        if (suppressed === 'all' || suppressed?.includes(transform)) {
          return { kind: 'suppressed', reason: `a pycodemod comment in ${path} turns ${transform} off there, ${halfMade}; rename by hand or remove the comment` };
        }
        if (this.input.ignored?.get(path)?.has(transform)) return { kind: 'suppressed', reason: `per-file-ignores turn ${transform} off for ${path}, ${halfMade}` };
      }
    }
    const outside = this.outsideChanges(edits);
    if (outside) return outside;
    const pending = new Map<string, Map<number, number>>();
    for (const [path, fileEdits] of edits) {
      const facts = this.input.lines?.get(path);
      if (!facts || facts.limit === null) continue;
      const admitted = this.growth.get(path);
      const added = new Map<number, number>();
      for (const edit of fileEdits) {
        const first = lineIndexAt(facts.starts, edit.start);
        const last = lineIndexAt(facts.starts, edit.end);
        const lines = edit.text.split('\n');
        const prefix = edit.start - (facts.starts[first] as number);
        const suffix = (facts.starts[last] as number) + (facts.lengths[last] as number) - edit.end;
        if (first === last && lines.length === 1) {
          // A change within one line (a name): its growth adds to others on that line.
          added.set(first, (added.get(first) ?? 0) + edit.text.length - (edit.end - edit.start));
          continue;
        }
        const results = lines.map((line, index) => (index === 0 ? prefix : 0) + measureLine(line) + (index === lines.length - 1 ? suffix : 0));
        const wasWithin = Array.from(facts.lengths.subarray(first, last + 1)).every((length) => length <= facts.limit!);
        const longest = Math.max(...results);
        if (wasWithin && longest > facts.limit) return this.tooLong(path, first, longest, facts.limit);
      }
      for (const [line, growth] of added) {
        const before = facts.lengths[line] as number;
        const after = before + (admitted?.get(line) ?? 0) + growth;
        if (before <= facts.limit && after > facts.limit) return this.tooLong(path, line, after, facts.limit);
      }
      pending.set(path, added);
    }
    for (const [path, added] of pending) {
      const admitted = this.growth.get(path) ?? new Map<number, number>();
      for (const [line, growth] of added) admitted.set(line, (admitted.get(line) ?? 0) + growth);
      this.growth.set(path, admitted);
    }
    return null;
  }

  private tooLong(path: string, line: number, length: number, limit: number): GateRefusal {
    return { kind: 'line-too-long', reason: `it would make line ${line + 1} of ${path} ${length} characters long, over the limit of ${limit}` };
  }

  /** With --since: a change none of whose edits is on a changed line is not made. */
  private outsideChanges(edits: ReadonlyMap<string, readonly Edit[]>): GateRefusal | null {
    const changed = this.input.changedLines;
    if (!changed) return null;
    for (const [path, fileEdits] of edits) {
      const lines = changed.get(path);
      if (lines === 'all') return null;
      if (!lines) continue;
      const facts = this.input.lines?.get(path);
      if (!facts) return null; // no line facts: cannot tell, so do not hold it back
      for (const edit of fileEdits) {
        const first = lineIndexAt(facts.starts, edit.start);
        const last = lineIndexAt(facts.starts, edit.end);
        for (let line = first; line <= last; line++) if (lines.has(line + 1)) return null;
      }
    }
    return { kind: 'outside-changes', reason: `none of its edits is on a line changed since ${this.input.since ?? 'the revision'}` };
  }
}
