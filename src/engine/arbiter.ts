// The single arbiter: picks the fixes of one pass that do not overlap, applies each
// identical edit once, and leaves the rest for the next pass.
import MagicString from 'magic-string';
import type { Edit, Fix } from './types.js';

export interface CandidateFix {
  transform: string;
  fix: Fix;
  /** Tie-break between fixes that start at the same index: lower goes first. */
  order: number;
  /**
   * Fixes computed from the project index describe the text as it was first read, so
   * they cannot wait for a later pass: a pass that has any takes only those, and the
   * other transforms run again on the renamed text (their messages and docstrings then
   * name the new names).
   */
  first?: boolean;
}

export interface Arbitration {
  accepted: CandidateFix[];
  deferred: CandidateFix[];
  /** The edits to apply, each distinct edit once. */
  edits: Edit[];
}

function isInsertion(edit: Edit): boolean {
  return edit.start === edit.end;
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/**
 * Two edits conflict when their order in the output would be ambiguous or one would
 * change text the other relies on. Touching ranges are fine: an insertion at the
 * boundary of a replacement lands on the side where it stands.
 */
export function editsConflict(a: Edit, b: Edit): boolean {
  if (sameEdit(a, b)) return false;
  if (isInsertion(a) && isInsertion(b)) return a.start === b.start;
  if (isInsertion(a)) return b.start < a.start && a.start < b.end;
  if (isInsertion(b)) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Throws when a fix is malformed: that is a bug in its transform, not in the file. */
export function checkFix(fix: Fix, textLength: number): void {
  fix.edits.forEach((edit, index) => {
    if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end)) || edit.start < 0 || edit.end < edit.start || edit.end > textLength) {
      throw new Error(`fix "${fix.title}" has an edit out of range: [${edit.start}, ${edit.end})`);
    }
    for (const other of fix.edits.slice(0, index)) {
      if (editsConflict(edit, other)) throw new Error(`fix "${fix.title}" has overlapping edits`);
    }
  });
}

function firstIndex(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

/**
 * Edits already taken in one pass, kept sorted by (start, end). Taken edits never
 * conflict, so their ends are sorted too and only neighbours need checking.
 */
class TakenEdits {
  readonly edits: Edit[] = [];

  private lowerBound(start: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.edits[middle] as Edit).start < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** 'conflict', 'duplicate' (the same edit is already taken) or 'free'. */
  check(edit: Edit): 'conflict' | 'duplicate' | 'free' {
    const at = this.lowerBound(edit.start);
    let duplicate = false;
    for (let index = at - 1; index >= 0; index--) {
      const other = this.edits[index] as Edit;
      if (other.end < edit.start) break;
      if (editsConflict(edit, other)) return 'conflict';
      duplicate ||= sameEdit(edit, other);
    }
    for (let index = at; index < this.edits.length; index++) {
      const other = this.edits[index] as Edit;
      if (other.start > edit.end) break;
      if (editsConflict(edit, other)) return 'conflict';
      duplicate ||= sameEdit(edit, other);
    }
    return duplicate ? 'duplicate' : 'free';
  }

  add(edit: Edit): void {
    let at = this.lowerBound(edit.start);
    while (at < this.edits.length && (this.edits[at] as Edit).start === edit.start && (this.edits[at] as Edit).end <= edit.end) at++;
    this.edits.splice(at, 0, edit);
  }
}

function within(edit: Edit, extent: { start: number; end: number }): boolean {
  return extent.start <= edit.start && edit.end <= extent.end;
}

/**
 * Whether a fix of one transform has an edit in the extent of an accepted fix of another,
 * or the other way round: the two may each be right alone and wrong together, as a
 * rename and an inserted reference to the old name.
 */
function crossesExtent(candidate: CandidateFix, accepted: readonly CandidateFix[], withExtents: readonly CandidateFix[]): boolean {
  const { extent } = candidate.fix;
  const others = (list: readonly CandidateFix[]) => list.filter((other) => other.transform !== candidate.transform);
  if (others(withExtents).some((other) => candidate.fix.edits.some((edit) => within(edit, other.fix.extent!)))) return true;
  return !!extent && others(accepted).some((other) => other.fix.edits.some((edit) => within(edit, extent)));
}

export function arbitrate(candidates: CandidateFix[]): Arbitration {
  const projectWide = candidates.some((candidate) => candidate.first);
  const sorted = [...candidates].sort((a, b) => firstIndex(a.fix) - firstIndex(b.fix) || a.order - b.order);
  const accepted: CandidateFix[] = [];
  const deferred: CandidateFix[] = projectWide ? sorted.filter((candidate) => !candidate.first) : [];
  const taken = new TakenEdits();
  const withExtents: CandidateFix[] = [];
  for (const candidate of projectWide ? sorted.filter((candidate) => candidate.first) : sorted) {
    const verdicts = candidate.fix.edits.map((edit) => taken.check(edit));
    if (verdicts.includes('conflict') || ((candidate.fix.extent || withExtents.length) && crossesExtent(candidate, accepted, withExtents))) {
      deferred.push(candidate);
      continue;
    }
    accepted.push(candidate);
    if (candidate.fix.extent) withExtents.push(candidate);
    candidate.fix.edits.forEach((edit, index) => {
      if (verdicts[index] === 'free') taken.add(edit);
    });
  }
  return { accepted, deferred, edits: taken.edits };
}

/** Applies non-conflicting edits (as chosen by `arbitrate`) to `text`. */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const output = new MagicString(text);
  // Replacements first: magic-string's overwrite clears text appended to the chunk it
  // replaces, so insertions at a replacement's end must come after it.
  for (const edit of edits) {
    if (isInsertion(edit)) continue;
    if (edit.text === '') output.remove(edit.start, edit.end);
    else output.overwrite(edit.start, edit.end, edit.text);
  }
  for (const edit of edits) {
    if (isInsertion(edit) && edit.text !== '') output.appendLeft(edit.start, edit.text);
  }
  return output.toString();
}
