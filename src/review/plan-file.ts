// A review plan as TOML: `[[action]]` tables (the rename plan's format, extended), each
// preceded by the review sentence it came from and what a human should check; and read
// back for `--plan`, where each action runs its transform on its targets only.
import { stringify } from 'smol-toml';
import type { LineRange } from './code-index.js';
import type { PlanAction, ReviewPlan } from './plan-review.js';

/** An action as `--plan` reads it: what to run where (the comments are for people). */
export interface PlannedAction {
  suggestion?: number;
  transform: string;
  file: string;
  target?: string;
  qualified?: string;
  variable?: string;
  parameter?: boolean;
  handler?: string;
  lines?: LineRange;
  newName?: string;
}

function comment(text: string, prefix = '# '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n');
}

function tableOf(action: PlanAction, parameter: boolean): string {
  const table: Record<string, unknown> = { suggestion: action.suggestion, transform: action.transform, file: action.file };
  if (action.target) table.target = action.target;
  if (action.qualified) table.qualified = action.qualified;
  if (action.variable) table.variable = action.variable;
  if (parameter) table.parameter = true;
  if (action.handler) table.handler = action.handler;
  if (action.lines) table.lines = [action.lines.start, action.lines.end];
  if (action.newName) table['new-name'] = action.newName;
  if (action.alternatives.length) table.alternatives = action.alternatives.map((alternative) => alternative.name);
  return stringify({ action: [table] }).trim();
}

/** The plan as a TOML document for a person to read, edit and apply. */
export function renderPlan(plan: ReviewPlan, review: string, titles: ReadonlyMap<number, string>, files: readonly string[]): string {
  const out: string[] = [
    '# pycodemod review plan',
    `# review: ${review}`,
    `# code: ${files.join(', ')}`,
    '# Each [[action]] runs one transform on the places the reviewer named. Edit or delete',
    '# entries, then apply: pycodemod --plan THIS_FILE (a dry run; add --write to write).',
  ];
  if (plan.remarks.length) {
    out.push('#', '# Paragraphs that ask for nothing:');
    for (const remark of plan.remarks) out.push(comment(`"${remark}"`, '#   '));
  }
  for (const action of plan.actions) {
    const title = titles.get(action.suggestion);
    out.push('', `# ${action.suggestion}.${title ? ` ${title}` : ''}`, comment(`> ${action.quote}`, '#   '));
    for (const note of action.notes) out.push(comment(note, '#   '));
    for (const check of action.check) out.push(comment(`NEEDS A HUMAN LOOK: ${check}`, '#   '));
    for (const alternative of action.alternatives) out.push(comment(`alternative \`${alternative.name}\`: ${alternative.note}`, '#   '));
    out.push(tableOf(action, action.notes.some((note) => note.startsWith('a parameter'))));
  }
  if (plan.unactionable.length || plan.missing.length) out.push('');
  if (plan.unactionable.length) {
    out.push('# Suggestions with nothing to apply:');
    for (const item of plan.unactionable) out.push(`#   ${item.suggestion}.${item.title ? ` ${item.title}` : ''}: ${item.reason}`);
  }
  if (plan.missing.length) {
    out.push('# Names the review quotes that the code does not have (not guessed):');
    for (const item of plan.missing) out.push(`#   \`${item.name}\` (suggestion ${item.suggestion}): "${item.sentence}"`);
  }
  return `${out.join('\n')}\n`;
}

/** The plan as data (`pycodemod review --format json`). */
export function planAsJson(plan: ReviewPlan, review: string, files: readonly string[]): string {
  return `${JSON.stringify({ version: 1, review, files, ...plan }, null, 2)}\n`;
}

/**
 * Reads the `action` array of a parsed plan document: an error message for the first
 * malformed entry (the caller adds the file), or the actions.
 */
export function readActions(document: Record<string, unknown>, isIdentifier: (name: string) => boolean): PlannedAction[] | string {
  const raw = document.action;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return "'action' must be an array of tables ([[action]])";
  const actions: PlannedAction[] = [];
  for (const [i, entry] of raw.entries()) {
    const where = `action ${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return `${where} is not a table`;
    const table = entry as Record<string, unknown>;
    const text = (key: string): string | undefined => {
      const value = table[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value === '') throw new TypeError(`${where}: '${key}' must be a non-empty string`);
      return value;
    };
    try {
      const transform = text('transform');
      const file = text('file');
      if (!transform || !file) return `${where}: 'transform' and 'file' are required`;
      const newName = text('new-name');
      if (newName !== undefined && !isIdentifier(newName)) return `${where}: '${newName}' is not a valid Python identifier`;
      const lines = table.lines;
      if (lines !== undefined && !(Array.isArray(lines) && lines.length === 2 && lines.every((line) => Number.isInteger(line) && (line as number) > 0) && (lines[0] as number) <= (lines[1] as number))) {
        return `${where}: 'lines' must be [first, last], line numbers from 1`;
      }
      const action: PlannedAction = { transform, file };
      const optional = { target: text('target'), qualified: text('qualified'), variable: text('variable'), handler: text('handler') };
      for (const [key, value] of Object.entries(optional)) if (value !== undefined) (action as unknown as Record<string, unknown>)[key] = value;
      if (newName !== undefined) action.newName = newName;
      if (lines) action.lines = { start: (lines as number[])[0] as number, end: (lines as number[])[1] as number };
      if (table.parameter === true) action.parameter = true;
      if (typeof table.suggestion === 'number') action.suggestion = table.suggestion;
      if ((action.transform === 'function-names' || action.transform === 'test-names') && !(action.qualified && action.newName)) {
        return `${where}: a ${action.transform} action needs 'qualified' and 'new-name'`;
      }
      if (action.transform === 'variable-names' && !action.variable) return `${where}: a variable-names action needs 'variable'`;
      actions.push(action);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return actions;
}
