// What `--plan` runs for a review plan's actions: the transforms they name, each limited
// to its actions' targets, with the options that make it do only what was asked (test-names
// renames only the named test; variable-names gives the reviewer's names), and the renames.
import { identifierWords } from '../python/words/words.js';
import type { PlannedAction } from './plan-file.js';
import { sameFile } from './targets.js';

export interface TargetedRun {
  /** Per transform id: its actions (the targets) and the option overrides they need. */
  transforms: Map<string, { actions: PlannedAction[]; options: Record<string, unknown> }>;
  /** The actions of the renaming transforms: renames, qualified once the run's files are known. */
  renames: PlannedAction[];
}

/** Transforms whose actions are renames by qualified name: the rename plan is their target. */
const RENAMING = new Set(['function-names', 'test-names']);

/**
 * The abbreviations that turn `old` into `wanted` (`dest_host` -> `destination_host` gives
 * dest=destination; `source_rp_uuid` -> `source_resource_provider_uuid` gives
 * rp=resource_provider): the words between a common beginning and a common end.
 */
export function abbreviationsBetween(old: string, wanted: string): Record<string, string> | null {
  const before = identifierWords(old).map((word) => word.toLowerCase());
  const after = identifierWords(wanted).map((word) => word.toLowerCase());
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const shortWords = before.slice(head, before.length - tail);
  const longWords = after.slice(head, after.length - tail);
  if (shortWords.length === 0 || longWords.length === 0) return null;
  if (shortWords.length === 1) return { [shortWords[0] as string]: longWords.join('_') };
  if (shortWords.length === longWords.length) return Object.fromEntries(shortWords.map((word, i) => [word, longWords[i] as string]));
  return null;
}

export function targetedRun(actions: readonly PlannedAction[]): TargetedRun {
  const run: TargetedRun = { transforms: new Map(), renames: [] };
  for (const action of actions) {
    let entry = run.transforms.get(action.transform);
    if (!entry) run.transforms.set(action.transform, (entry = { actions: [], options: {} }));
    entry.actions.push(action);
    if (RENAMING.has(action.transform)) run.renames.push(action);
    if (action.transform === 'test-names') Object.assign(entry.options, { duplicates: 'report', 'snake-case': false });
    // A reviewer who asks for a function to be split asks for its paragraphs to move.
    if (action.transform === 'split-functions') entry.options.paragraphs = 'extract';
    // A reviewer who points at these handlers asks for them, in a test or of a narrow type.
    if (action.transform === 'exception-handling') Object.assign(entry.options, { 'skip-tests': false, 'narrow-handlers': 'log', 'import-logging': true });
    if (action.transform === 'variable-names') {
      // The reviewer named the place: test code included (by default it is left alone).
      entry.options['include-tests'] = true;
      if (action.parameter) entry.options['include-parameters'] = true;
      const derived = action.variable && action.newName ? abbreviationsBetween(action.variable, action.newName) : null;
      if (derived) entry.options.abbreviations = { ...((entry.options.abbreviations as Record<string, string>) ?? {}), ...derived };
    }
  }
  return run;
}

/**
 * The renames of a plan's renaming actions as the run names modules: a module's dotted
 * name depends on the files of the run (`tests.test_x` over the project, `test_x` for the
 * file alone), so the action's file and target are qualified again here; an action whose
 * file is not in the run keeps the qualified name the plan wrote.
 */
export function plannedRenames(actions: readonly PlannedAction[], modules: ReadonlyArray<{ path: string; module: string | undefined }>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const action of actions) {
    if (!action.newName) continue;
    const module = modules.find((candidate) => sameFile(action.file, candidate.path))?.module;
    const qualified = module && action.target ? `${module}.${action.target}` : action.qualified;
    if (qualified) renames.set(qualified, action.newName);
  }
  return renames;
}

/** Whether a transform's actions are carried out through the rename plan rather than targets. */
export function isRenaming(transformId: string): boolean {
  return RENAMING.has(transformId);
}
