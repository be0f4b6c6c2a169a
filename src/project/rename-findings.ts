// The per-file form of a project-wide rename plan, as the project phase hands it to the
// workers, and the findings it gives each file: a fix per rename, a finding per refusal.
import type { Finding, Safety } from '../engine/types.js';
import { fingerprintOf, type Span } from './collect.js';
import type { RenameEdit } from './rename.js';

export interface FileRenames {
  fingerprint: string;
  renames: Array<{ title: string; message: string; at: Span; edits: RenameEdit[] }>;
  refusals: Array<{ message: string; kind?: string; at: Span }>;
}

/** The findings of one file, if its text is still the one the index was built from. */
export function* renameFindings(files: Readonly<Record<string, FileRenames>>, path: string, text: string, safety?: Safety): Generator<Finding> {
  const renames = files[path];
  // Later passes of the fix loop see rewritten text: the index no longer describes it,
  // and every rename was applied in the first pass (project fixes are taken first).
  if (!renames || renames.fingerprint !== fingerprintOf(text)) return;
  for (const refusal of renames.refusals) yield { message: refusal.message, ...(refusal.kind ? { kind: refusal.kind } : {}), at: refusal.at, firstPassOnly: true };
  for (const rename of renames.renames) {
    yield { message: rename.message, at: rename.at, firstPassOnly: true, fix: () => ({ title: rename.title, edits: rename.edits, ...(safety ? { safety } : {}) }) };
  }
}
