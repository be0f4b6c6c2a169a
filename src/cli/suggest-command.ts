// `pycodemod suggest -t ID [paths..]`: index the project and print a rename plan (TOML)
// for a person to review, edit, and apply with `--plan`.
import { InputError } from '../engine/errors.js';
import type { RenameSuggestion } from '../engine/types.js';
import { indexPaths } from '../runner/run.js';
import { EXIT } from './exit-codes.js';
import { resolveRun } from './resolve-run.js';
import type { Terminal } from './run-command.js';

export interface SuggestArguments {
  paths: string[];
  transform: string[];
  jobs?: number;
  exclude: string[];
  set: string[];
  plugin: string[];
  pyi: boolean;
  config?: string;
  isolated?: boolean;
  allowExec?: boolean;
}

/** A TOML basic string: JSON's escapes are valid TOML for any text. */
function tomlString(text: string): string {
  return JSON.stringify(text);
}

export function planToml(transformId: string, suggestions: readonly RenameSuggestion[]): string {
  const lines = [
    `# Rename plan proposed by pycodemod suggest -t ${transformId}.`,
    '# Review it: edit a new name, or delete an entry to keep the old one. Then preview and apply:',
    `#   pycodemod -t ${transformId} --plan plan.toml`,
    `#   pycodemod -t ${transformId} --plan plan.toml --write`,
    '',
    '[rename]',
  ];
  for (const suggestion of suggestions) {
    if (suggestion.note) lines.push(...suggestion.note.split('\n').map((line) => `# ${line}`));
    lines.push(`${tomlString(suggestion.qualified)} = ${tomlString(suggestion.newName)}`);
  }
  if (suggestions.length === 0) lines.push('# Nothing to propose.');
  return `${lines.join('\n')}\n`;
}

export async function suggestCommand(args: SuggestArguments, terminal: Terminal): Promise<number> {
  // The same resolution as a run: the configuration's options, plugins, excludes and
  // jobs, with the flags on top, so that a plan proposes what the run will then check.
  const resolved = await resolveRun({ ...args, rename: [] }, terminal.cwd, (line) => terminal.stderr.write(`${line}\n`));
  const proposers = resolved.available.filter((transform) => transform.suggest).map((transform) => transform.id);
  const [id] = resolved.explicit;
  if (resolved.explicit.length !== 1 || id === undefined || !proposers.includes(id)) {
    throw new InputError(`suggest needs exactly one transform that proposes renames: -t ${proposers.join(' or -t ') || '(none is registered)'}`);
  }
  const selection = await indexPaths({
    paths: args.paths.length ? args.paths : ['.'],
    cwd: terminal.cwd,
    exclude: resolved.exclude,
    excludeFrom: resolved.excludeFrom,
    includeStubs: args.pyi,
    jobs: resolved.jobs,
    settings: {
      choices: [{ id, options: resolved.options.get(id) ?? {} }],
      transformModules: resolved.pluginPaths,
      unsafe: false,
      explicit: [id],
      renames: [],
      write: false,
      diff: false,
      keepText: false,
    },
  });
  const [selected] = selection;
  if (!selected?.transform.suggest) return EXIT.usage;
  const suggestions = selected.transform.suggest(selected.project, selected.options);
  terminal.stdout.write(planToml(id, suggestions));
  terminal.stderr.write(`pycodemod: ${suggestions.length} rename${suggestions.length === 1 ? '' : 's'} proposed\n`);
  return EXIT.ok;
}
