// The per-file form of a project-wide rename plan, as the project phase hands it to the
// workers, and the findings it gives each file: a fix per rename, a finding per refusal.
import type { Finding, Safety } from '../engine/types.js';
import { fingerprintOf, type Span } from './collect.js';
import { realigner } from './realignment.js';
import type { RenameEdit } from './rename.js';

export interface FileRenames {
  fingerprint: string;
  renames: Array<{ title: string; message: string; at: Span; edits: RenameEdit[] }>;
  refusals: Array<{ message: string; kind?: string; at: Span }>;
}

/**
 * The findings of one file, if its text is still the one the index was built from. Each
 * rename's fix also moves the continuation lines aligned with a bracket it moves
 * (realignment.ts), unless another rename's would move the same lines.
 */
export function* renameFindings(files: Readonly<Record<string, FileRenames>>, path: string, text: string, safety?: Safety, limit: number | null = null): Generator<Finding> {
  const renames = files[path];
  // Later passes of the fix loop see rewritten text: the index no longer describes it,
  // and every rename was applied in the first pass (project fixes are taken first).
  if (!renames || renames.fingerprint !== fingerprintOf(text)) return;
  for (const refusal of renames.refusals) yield { message: refusal.message, ...(refusal.kind ? { kind: refusal.kind } : {}), at: refusal.at, firstPassOnly: true };
  const findings: Finding[] = [];
  const realign = realigner(text, limit);
  const shifts = renames.renames.map((rename) => realign(rename.edits));
  const shifted = new Map<number, number>();
  for (const edits of shifts) for (const edit of edits) shifted.set(edit.start, (shifted.get(edit.start) ?? 0) + 1);
  renames.renames.forEach((rename, index) => {
    const own = shifts[index] ?? [];
    const realigned = own.every((edit) => shifted.get(edit.start) === 1) ? own : [];
    const edits = realigned.length ? [...rename.edits, ...realigned].sort((a, b) => a.start - b.start) : rename.edits;
    findings.push({ message: rename.message, at: rename.at, firstPassOnly: true, fix: () => ({ title: rename.title, edits, ...(safety ? { safety } : {}) }) });
  });
  yield* findings;
}
