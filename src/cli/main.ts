// The pycodemod command line: parses arguments with yargs, runs, and exits. The only
// place that prints or sets the exit status.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { InputError } from '../engine/errors.js';
import { resolveOptions } from '../engine/options.js';
import { displayPathOf } from '../runner/process-file.js';
import { EXIT } from './exit-codes.js';
// Each command's module is imported when that command runs: a run loads no review
// machinery, and `list` loads no runner (start-up counts for editors and hooks).
import type { ConventionsArguments } from './conventions-command.js';
import type { ReviewArguments } from './review-command.js';
import type { SuggestArguments } from './suggest-command.js';
import type { RunArguments, Terminal } from './run-command.js';
import { STDIN_PATH } from './stdin-path.js';
import { packageVersion } from './version.js';

/** Repeatable flags arrive as a string or an array of them. */
function asList(value: unknown): string[] {
  return value === undefined ? [] : [value].flat().map(String);
}

function runOptions(command: Argv) {
  return command
    .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'files and directories (default: .); - reads one file from standard input' })
    .option('transform', { coerce: asList, alias: 't', type: 'string', default: [] as string[], describe: 'transforms to run, comma-separated, or all (default: every safe one)' })
    .option('write', { alias: 'w', type: 'boolean', default: false, describe: 'write the changes (default: print a diff); prints the summary only' })
    .option('check', { type: 'boolean', default: false, describe: 'exit 1 if anything would change, 4 if a file could not be checked; writes nothing' })
    .option('unsafe', { type: 'boolean', describe: 'also apply unsafe fixes (default: the configuration\'s unsafe, else no)' })
    .option('format', { choices: ['diff', 'json', 'sarif', 'summary'] as const, describe: 'what to print on stdout (default: diff; summary with --write)' })
    .option('jobs', { alias: 'j', type: 'string', coerce: jobsValue, describe: 'worker threads (default: the cores, none for a small run; at most the cores and the files)' })
    .option('exclude', { coerce: asList, type: 'string', default: [] as string[], describe: 'gitignore-style pattern to skip, on top of .gitignore' })
    .option('set', { coerce: asList, type: 'string', default: [] as string[], describe: 'a transform option, ID.OPTION=VALUE, or a convention, KEY=VALUE (see pycodemod conventions)' })
    .option('plan', { type: 'string', describe: 'a rename plan (TOML) for the renaming transforms, or a plan written by pycodemod review' })
    .option('rename', { coerce: asList, type: 'string', default: [] as string[], describe: 'one rename: QUALIFIED.NAME=NEW_NAME' })
    .option('plugin', { coerce: asList, type: 'string', default: [] as string[], describe: 'load your own transform from a JavaScript module' })
    .option('pyi', { type: 'boolean', default: false, describe: 'also rewrite .pyi stub files' })
    .option('config', { type: 'string', describe: 'the configuration file (default: the nearest pyproject.toml with [tool.pycodemod])' })
    .option('isolated', { type: 'boolean', default: false, describe: 'ignore every configuration file' })
    .option('verify', { type: 'boolean', describe: "check each rewrite with python3 (compile() and its AST) before writing it (default: on with --write; --no-verify skips it)" })
    .option('since', { type: 'string', describe: 'apply only fixes on lines added or changed since this git revision (staged, unstaged, new files)' })
    .option('allow-dirty', { type: 'boolean', default: false, describe: 'write files that have uncommitted changes in git' })
    .option('allow-exec', { type: 'boolean', default: false, describe: "run the plugins and commands that the project's configuration names" })
    .option('stdin-filename', { type: 'string', describe: 'with the path -: the file the source on standard input stands for (configuration, module name, messages)' })
    .option('interactive', { alias: 'i', type: 'boolean', default: false, describe: 'review each hunk (y, n, a, d, q, ?) and write the accepted ones' })
    .option('verbose', { type: 'boolean', default: false, describe: 'also list skipped files with reasons and the slowest files' })
    .option('cache', { type: 'boolean', default: true, describe: 'answer files that came out unchanged last time from .pycodemod_cache/ (--no-cache: run every file)' });
}

/** `-j N`: a whole number of threads, checked here so that the message names the value. */
function jobsValue(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String([value].flat().at(-1));
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new InputError(`--jobs ${text}: expected a whole number of worker threads, 1 or more`);
  return Number(text);
}

// The commands, and the options that take a value: a command named after options
// (`pycodemod --isolated suggest`) is moved to the front, where yargs looks for it.
const COMMANDS = new Set(['run', 'suggest', 'list', 'explain', 'review', 'conventions']);
const VALUE_OPTIONS = new Set(['-t', '--transform', '-j', '--jobs', '--format', '--exclude', '--set', '--plan', '--rename', '--plugin', '--config', '--stdin-filename', '-o', '--output']);

export function commandFirst(given: readonly string[], cwd: string): string[] {
  let argv = [...given];
  for (let index = 0; index < given.length; index++) {
    const token = given[index] as string;
    if (token === '--') break;
    if (token.startsWith('-')) {
      if (VALUE_OPTIONS.has(token)) index++;
      continue;
    }
    // The first word that is no option: a command, unless a file of that name is meant.
    if (COMMANDS.has(token) && !existsSync(resolve(cwd, token))) {
      if (index > 0) argv = [token, ...given.slice(0, index), ...given.slice(index + 1)];
      if (token !== 'run') return argv;
    }
    break;
  }
  // A run: yargs drops a lone `-`, so it reaches the run as a token no file name can be.
  return argv.map((token, index) => (token === '-' && !VALUE_OPTIONS.has(argv[index - 1] ?? '') ? STDIN_PATH : token));
}

/** Options of `list` and `explain`: the transforms they describe come from the same places. */
function infoOptions(command: Argv) {
  return command
    .option('plugin', { coerce: asList, type: 'string', default: [] as string[], describe: 'also describe the transforms of a JavaScript module' })
    .option('allow-exec', { type: 'boolean', default: false, describe: "load the plugins that the project's configuration names" })
    .option('config', { type: 'string', describe: 'the configuration file (default: the nearest pyproject.toml with [tool.pycodemod])' })
    .option('isolated', { type: 'boolean', default: false, describe: 'ignore every configuration file' });
}

export async function main(given: string[], terminal: Terminal): Promise<number> {
  let status: number = EXIT.ok;
  let argv = commandFirst(given, terminal.cwd);
  // `run` is also the default command: yargs renders the whole help text in advance for a
  // command named explicitly (a tenth of a small run's start-up), and not for the default.
  // Kept when another word could be taken for a command once `run` is gone.
  if (argv[0] === 'run' && !argv.slice(1).some((arg) => COMMANDS.has(arg) || arg === '--help' || arg === '-h')) argv = argv.slice(1);
  const warn = (line: string) => terminal.stderr.write(`${line}\n`);
  const parser = yargs(argv)
    .scriptName('pycodemod')
    .usage('$0 [run] [paths..]: rewrite Python code along the eight points of a code review')
    .option('color', { type: 'boolean', describe: 'colour the output (default: on a terminal, unless NO_COLOR is set; --no-color for plain)' })
    .middleware((args) => {
      args.color ??= !!terminal.stdout.isTTY && !(terminal.env ?? process.env).NO_COLOR;
    })
    .command(['run [paths..]', '$0 [paths..]'], 'preview (default) or write the changes', runOptions, async (args) => {
      const { runCommand } = await import('./run-command.js');
      status = await runCommand(args as unknown as RunArguments, terminal);
    })
    .command(
      'suggest [paths..]',
      'propose a rename plan (TOML) to review, then apply with --plan',
      (command) =>
        command
          .positional('paths', { type: 'string', array: true, default: [] as string[] })
          .option('transform', { coerce: asList, alias: 't', type: 'string', default: [] as string[], describe: 'the transform that proposes names' })
          .option('jobs', { alias: 'j', type: 'number' })
          .option('exclude', { coerce: asList, type: 'string', default: [] as string[] })
          .option('set', { coerce: asList, type: 'string', default: [] as string[] })
          .option('plugin', { coerce: asList, type: 'string', default: [] as string[] })
          .option('pyi', { type: 'boolean', default: false })
          .option('config', { type: 'string', describe: 'the configuration file (default: the nearest pyproject.toml with [tool.pycodemod])' })
          .option('isolated', { type: 'boolean', default: false, describe: 'ignore every configuration file' })
          .option('allow-exec', { type: 'boolean', default: false, describe: "run the plugins and commands that the project's configuration names" }),
      async (args) => {
        const { suggestCommand } = await import('./suggest-command.js');
        status = await suggestCommand(args as unknown as SuggestArguments, terminal);
      },
    )
    .command(
      'conventions [paths..]',
      "the project's conventions the transforms follow (line length, docstring style, quotes...), with where each came from",
      (command) =>
        command
          .positional('paths', { type: 'string', array: true, default: [] as string[] })
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as const })
          .option('exclude', { coerce: asList, type: 'string', default: [] as string[] })
          .option('set', { coerce: asList, type: 'string', default: [] as string[], describe: 'a convention, KEY=VALUE (e.g. line-length=100)' })
          .option('pyi', { type: 'boolean', default: false })
          .option('config', { type: 'string', describe: 'the configuration file (default: the nearest pyproject.toml with [tool.pycodemod])' })
          .option('isolated', { type: 'boolean', default: false, describe: 'ignore every configuration file' }),
      async (args) => {
        const { conventionsCommand } = await import('./conventions-command.js');
        status = await conventionsCommand(args as unknown as ConventionsArguments, terminal);
      },
    )
    .command(
      'review <review> [paths..]',
      'turn a code review (text or Markdown; - for stdin) into a plan of targeted fixes, to apply with --plan',
      (command) =>
        command
          .positional('review', { type: 'string', demandOption: true, describe: 'the review file, or - to read it from standard input' })
          .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'the code the review is about (default: .)' })
          .option('format', { choices: ['toml', 'json'] as const, default: 'toml' as const, describe: 'the plan as TOML (to edit and apply) or JSON' })
          .option('output', { alias: 'o', type: 'string', describe: 'write the plan to this file instead of stdout' })
          .option('exclude', { coerce: asList, type: 'string', default: [] as string[], describe: 'gitignore-style pattern to skip' }),
      async (args) => {
        const { reviewCommand } = await import('./review-command.js');
        status = await reviewCommand(args as unknown as ReviewArguments, terminal);
      },
    )
    .command(
      'list',
      'list the transforms',
      (command) => infoOptions(command).option('format', { choices: ['text', 'json'] as const, default: 'text' as const }),
      async (args) => {
        const { loadConfigAndTransforms } = await import('./resolve-run.js');
        const { describeTransforms, listText } = await import('./info-commands.js');
        const { available } = await loadConfigAndTransforms({ paths: [], plugin: args.plugin, config: args.config, isolated: args.isolated, allowExec: args.allowExec }, terminal.cwd, warn);
        terminal.stdout.write(args.format === 'json' ? `${JSON.stringify(describeTransforms(available), null, 2)}\n` : listText(available));
      },
    )
    .command(
      'explain <id>',
      'what a transform does, its options (with the configured values) and an example',
      (command) => infoOptions(command).positional('id', { type: 'string', demandOption: true }),
      async (args) => {
        const { loadConfigAndTransforms } = await import('./resolve-run.js');
        const { explainText } = await import('./info-commands.js');
        const { available, configured, config } = await loadConfigAndTransforms({ paths: [], plugin: args.plugin, config: args.config, isolated: args.isolated, allowExec: args.allowExec }, terminal.cwd, warn);
        const transform = available.find((candidate) => candidate.id === args.id);
        const raw = configured.get(args.id) ?? {};
        // Show the configured values as the transform will see them (typed, validated).
        const values = transform ? resolveOptions(transform.id, transform.options, raw) : {};
        const shown = Object.fromEntries(Object.keys(raw).map((name) => [name, (values as Record<string, unknown>)[name]]));
        const source = config ? displayPathOf(config.file, terminal.cwd) : undefined;
        terminal.stdout.write(explainText(available, args.id, shown, source));
      },
    )
    .strict()
    .help()
    // Named here: yargs would look for the package.json above its own module, which in the
    // bundled command line is pycodemod's file, not yargs' (the user's project's, then).
    .version(packageVersion())
    // yargs' messages in English, like pycodemod's own (its locale files are not bundled).
    .locale('en')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      throw error ?? new InputError(message);
    });
  try {
    await parser.parseAsync(argv);
  } catch (error) {
    if (error instanceof InputError || (error instanceof Error && error.name === 'YError')) {
      // yargs puts the details of some messages on their own lines ("Invalid values:").
      terminal.stderr.write(`pycodemod: error: ${error.message.split('\n').map((line) => line.trim()).filter(Boolean).join(' ')}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return status;
}
