// Rename plans: a TOML file (`--plan`) or `--rename QUALIFIED=NEW` flags, mapping a
// qualified name (`pkg.mod.Class.method`) to a new identifier.
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { PlanError } from '../engine/errors.js';
import { newNameProblem } from '../python/syntax/identifiers.js';
import { readActions, type PlannedAction } from '../review/plan-file.js';

const QUALIFIED = /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u;

function checkEntry(qualified: string, newName: unknown, where: string): string {
  if (!QUALIFIED.test(qualified)) throw new PlanError(`${where}: '${qualified}' is not a qualified Python name (expected pkg.module.Class.name)`);
  if (typeof newName !== 'string') throw new PlanError(`${where}: the new name for '${qualified}' must be a string`);
  const problem = newNameProblem(newName);
  if (problem) throw new PlanError(`${where}: ${problem}, so it cannot be the new name for '${qualified}'`);
  return newName;
}

/** What a plan file holds: renames, and the actions of a `pycodemod review` plan. */
export interface PlanFile {
  renames: Map<string, string>;
  actions: PlannedAction[];
}

/**
 * Reads a plan. Rename entries are `"pkg.mod.name" = "new_name"`, at the top level or in a
 * `[rename]` table; a review plan adds `[[action]]` tables (src/review/plan-file.ts).
 * Other tables (such as suggestion notes) are ignored.
 */
export function readPlanFile(path: string): PlanFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PlanError(`cannot read rename plan ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const first = ((error as Error).message.split('\n')[0] ?? '').trim().replace(/^Invalid TOML document: /, '');
    const { line, column } = error as { line?: number; column?: number };
    throw new PlanError(`rename plan ${path}${line ? `:${line}:${column ?? 1}` : ''} is not valid TOML: ${first}; entries look like "pkg.mod.old_name" = "new_name"`);
  }
  const plan = new Map<string, string>();
  const table = document.rename;
  const entries = table && typeof table === 'object' && !Array.isArray(table) ? Object.entries(table) : [];
  for (const [key, value] of [...Object.entries(document).filter(([, value]) => typeof value === 'string'), ...entries]) {
    plan.set(key, checkEntry(key, value, path));
  }
  const actions = readActions(document, (name) => newNameProblem(name) === null);
  if (typeof actions === 'string') throw new PlanError(`plan ${path}: ${actions}`);
  if (plan.size === 0 && actions.length === 0) {
    throw new PlanError(`rename plan ${path} has no entries; expected lines such as "pkg.mod.old_name" = "new_name" (or the [[action]] tables of pycodemod review)`);
  }
  return { renames: plan, actions };
}

/** The renames of a plan file. */
export function readPlan(path: string): Map<string, string> {
  return readPlanFile(path).renames;
}

/** Parses `--rename pkg.mod.old=new` flags. */
export function parseRenameFlags(flags: readonly string[]): Map<string, string> {
  const plan = new Map<string, string>();
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals <= 0) throw new PlanError(`--rename ${flag}: expected QUALIFIED=NEW, e.g. --rename pkg.mod.old_name=new_name`);
    const qualified = flag.slice(0, equals).trim();
    plan.set(qualified, checkEntry(qualified, flag.slice(equals + 1).trim(), '--rename'));
  }
  return plan;
}
