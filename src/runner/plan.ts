// Rename plans: a TOML file (`--plan`) or `--rename QUALIFIED=NEW` flags, mapping a
// qualified name (`pkg.mod.Class.method`) to a new identifier.
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { PlanError } from '../engine/errors.js';
import { newNameProblem } from '../python/syntax/identifiers.js';

const QUALIFIED = /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u;

function checkEntry(qualified: string, newName: unknown, where: string): string {
  if (!QUALIFIED.test(qualified)) throw new PlanError(`${where}: '${qualified}' is not a qualified Python name (expected pkg.module.Class.name)`);
  if (typeof newName !== 'string') throw new PlanError(`${where}: the new name for '${qualified}' must be a string`);
  const problem = newNameProblem(newName);
  if (problem) throw new PlanError(`${where}: ${problem}, so it cannot be the new name for '${qualified}'`);
  return newName;
}

/**
 * Reads a plan. Entries are `"pkg.mod.name" = "new_name"`, at the top level or in a
 * `[rename]` table; other tables (such as suggestion notes) are ignored.
 */
export function readPlan(path: string): Map<string, string> {
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
  if (plan.size === 0) throw new PlanError(`rename plan ${path} has no entries; expected lines such as "pkg.mod.old_name" = "new_name"`);
  return plan;
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
