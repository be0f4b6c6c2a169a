// `pycodemod [run] [paths..]`: turn the flags and the configuration into run settings,
// run, guard the files the run would rewrite, write, review (--interactive), print, and
// give the exit status. `-` runs on standard input and answers on standard output.
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type cliProgress from 'cli-progress';
import { conventionsOf } from '../engine/conventions.js';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { plannedRenames } from '../review/apply.js';
import { discoverFiles } from '../runner/discover.js';
import { decodePython, encodePython } from '../runner/encoding.js';
import { guardWrite } from '../runner/git-guard.js';
import { closeChecker, displayPathOf, verifyRewrite, type FileResult } from '../runner/process-file.js';
import { changedLinesOfFiles, changedLinesSince } from '../runner/since.js';
import { runPaths } from '../runner/run.js';
import type { RunSettings } from '../runner/settings.js';
import { requirePython } from '../runner/verify.js';
import { EXIT } from './exit-codes.js';
import { reviewChanges } from './interactive.js';
import { colorDiff, colors, jsonReport, problemLines, summaryLines, totalsOf, verboseLines } from './report.js';
import { resolveRun, type ResolvedRun } from './resolve-run.js';
import { sarifReport } from './sarif.js';
import { STDIN_PATH } from './stdin-path.js';
import { packageVersion } from './version.js';

export { parseSetFlags } from './resolve-run.js';

export interface RunArguments {
  paths: string[];
  transform: string[];
  write: boolean;
  check: boolean;
  unsafe?: boolean;
  /** Default: a diff on a dry run, the summary alone with --write. */
  format?: 'diff' | 'json' | 'sarif' | 'summary';
  jobs?: number;
  exclude: string[];
  set: string[];
  plan?: string;
  rename: string[];
  plugin: string[];
  pyi: boolean;
  color?: boolean;
  config?: string;
  isolated?: boolean;
  /** Default: on when writing. */
  verify?: boolean;
  allowDirty?: boolean;
  since?: string;
  allowExec?: boolean;
  /** With the path `-`: the name of the file whose text comes on standard input. */
  stdinFilename?: string;
  interactive?: boolean;
  verbose?: boolean;
  /** Answer unchanged files from `.pycodemod_cache/` (default: yes; `--no-cache`). */
  cache?: boolean;
}

export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Answers for --interactive (default: none, as if the input were closed). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  /** Environment variables (default: process.env); PYCODEMOD_PYTHON names the interpreter. */
  env?: Readonly<Record<string, string | undefined>>;
}

function checkFlagCombinations(args: RunArguments): void {
  if (args.interactive && args.check) throw new InputError('--interactive and --check do not go together: --check writes nothing');
  if (args.check && args.write) throw new InputError('--check and --write do not go together: --check writes nothing; drop one of them');
  if (args.interactive && (args.format === 'json' || args.format === 'sarif')) {
    throw new InputError(`--interactive and --format ${args.format} do not go together: the review needs the terminal`);
  }
  if (args.transform.length && args.transform.every((value) => !value.trim())) throw new InputError('-t/--transform is empty: name transforms (see pycodemod list) or all');
  const stdin = args.paths.includes(STDIN_PATH);
  if (stdin && args.paths.length > 1) throw new InputError('- (standard input) cannot be mixed with other paths');
  if (stdin && !args.stdinFilename) throw new InputError('- reads the source from standard input and needs --stdin-filename PATH (the file it stands for)');
  if (!stdin && args.stdinFilename) throw new InputError('--stdin-filename goes with the path - (the source on standard input)');
  if (stdin && args.interactive) throw new InputError('--interactive cannot read its answers from standard input when the source comes from there');
}

async function readAll(input: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Python for the check of rewrites: null when it is off, or on by default and missing. */
function verifier(args: RunArguments, write: boolean, python: string, warn: (line: string) => void): string | null {
  if (args.verify === false || (args.verify === undefined && !write)) return null;
  try {
    requirePython(python);
  } catch (error) {
    if (args.verify) throw error;
    warn(`pycodemod: warning: ${python} is not available, so rewrites are written without CPython's check (install Python 3.8+, set PYCODEMOD_PYTHON, or pass --no-verify)`);
    return null;
  }
  return python;
}

export async function runCommand(args: RunArguments, terminal: Terminal): Promise<number> {
  checkFlagCombinations(args);
  const color = colors(args.color ?? false);
  const errorColor = colors((args.color ?? false) && !!terminal.stderr.isTTY);
  let bar: cliProgress.SingleBar | undefined;
  // A line on stderr goes on a line of its own, never into the progress bar's.
  const say = (line: string) => terminal.stderr.write(`${bar ? '\r\x1b[2K' : ''}${line}\n`);
  const stdin = args.paths[0] === STDIN_PATH ? resolve(terminal.cwd, args.stdinFilename as string) : null;
  const resolved = await resolveRun({ ...args, paths: stdin ? [stdin] : args.paths, allowExec: args.allowExec, env: terminal.env ?? process.env }, terminal.cwd, say);
  checkRenames(resolved);
  const interactive = !!args.interactive;
  const write = (args.write || interactive) && !args.check;
  const python = verifier(args, write, terminal.env?.PYCODEMOD_PYTHON ?? process.env.PYCODEMOD_PYTHON ?? 'python3', say);
  const format = args.format ?? (args.write && !interactive ? 'summary' : 'diff');
  const paths = args.paths.length ? args.paths : ['.'];
  let source: { text: string; bom: boolean; cr?: boolean } | undefined;
  if (stdin) {
    const decoded = decodePython(await readAll(terminal.stdin ?? emptyInput()));
    if (!decoded.ok) throw new InputError(`standard input (${args.stdinFilename}) ${decoded.reason}`);
    source = decoded.file;
  }
  const files = stdin ? [stdin] : discoverFiles(paths, { exclude: resolved.exclude, excludeFrom: resolved.excludeFrom, includeStubs: args.pyi, cwd: terminal.cwd });
  const guard = write && !args.allowDirty && !stdin ? (changed: readonly string[]) => guardWrite(changed, (path) => displayPathOf(path, terminal.cwd)) : undefined;
  const since = args.since === undefined ? undefined : sinceOf(args.since, resolve(terminal.cwd, paths[0] as string), files);
  const modules = moduleNames(files);
  const located = files.map((path) => ({ path: displayPathOf(path, terminal.cwd), module: modules.get(path) }));
  // A review plan's renames belong to the transform that plans them (test-names renames
  // the test, function-names the helper), on top of the run's own.
  const renamesOf = (id: string): Array<[string, string]> | undefined => {
    const actions = resolved.renameActions.filter((action) => action.transform === id);
    return actions.length ? [...plannedRenames(actions, located), ...resolved.renames] : undefined;
  };
  const renames = new Map([...resolved.renames, ...resolved.ids.flatMap((id) => renamesOf(id) ?? [])]);
  const settings: RunSettings = {
    choices: resolved.ids.map((id) => {
      const own = renamesOf(id);
      return { id, options: resolved.options.get(id) ?? {}, ...(resolved.targets.has(id) ? { targets: resolved.targets.get(id) } : {}), ...(own ? { renames: own } : {}) };
    }),
    transformModules: resolved.pluginPaths,
    unsafe: resolved.unsafe,
    explicit: resolved.explicit,
    renames: [...renames],
    // Interactive runs write after the review, on this thread; standard input is
    // answered on standard output.
    write: write && !interactive && !stdin,
    diff: format === 'diff' && !interactive && !(stdin && write),
    keepText: interactive || !!stdin,
    verify: python !== null,
    python: python ?? 'python3',
    verifyTimeout: Number((terminal.env ?? process.env).PYCODEMOD_VERIFY_TIMEOUT) || 120,
    ...(resolved.perFileIgnores.length ? { perFileIgnores: resolved.perFileIgnores } : {}),
  };
  // The progress bar (and its text-width machinery) is loaded only for a terminal.
  const progress = terminal.stderr.isTTY ? (await import('cli-progress')).default : undefined;
  const kept: FileResult[] = [];
  const report = await runPaths({
    paths,
    files,
    ...(stdin && source ? { stdin: { path: stdin, text: source.text } } : {}),
    cwd: terminal.cwd,
    jobs: resolved.jobs,
    settings,
    ...(since ? { since } : {}),
    beforeWrite: guard,
    conventionOverrides: resolved.conventionOverrides,
    isolated: !!args.isolated,
    // Beside the configuration file, like Ruff's .ruff_cache; else where pycodemod runs.
    ...(args.cache === false ? {} : { cacheRoot: resolved.config?.root ?? terminal.cwd }),
    onProgress: (done, total, phase) => {
      // Files are worth a bar by the hundred; requests to a summarizer endpoint always.
      if (!progress || (total < 100 && phase !== 'prepare')) return;
      if (bar && bar.getTotal() !== total) bar.setTotal(total);
      if (!bar) {
        bar = new progress.SingleBar(
          { stream: terminal.stderr, format: ' {bar} {value}/{total} ({phase})', clearOnComplete: true, hideCursor: true },
          progress.Presets.shades_classic,
        );
        bar.start(total, 0, { phase });
      }
      bar.update(done, { phase });
      if (done === total && phase === 'transform') {
        bar.stop();
        bar = undefined;
      }
    },
    onWarning: (message) => terminal.stderr.write(`${errorColor.yellow('warning')}: ${message}\n`),
    onResult: (result) => {
      if (interactive) kept.push(result);
      if (stdin && source && write) {
        // The editor gets the whole file back, changed or not, as it came.
        const output = result.status === 'changed' && result.output !== undefined ? result.output : source.text;
        terminal.stdout.write(encodePython({ ...source, text: output }));
      } else if (result.diff) terminal.stdout.write(args.color ? colorDiff(result.diff, color) : result.diff);
      for (const line of problemLines(result, errorColor)) say(line);
    },
  });
  bar?.stop();
  bar = undefined;
  let results = report.results;
  let interrupted = false;
  if (interactive) {
    const explicit = new Set(resolved.explicit);
    // Only what the run would rewrite counts for the guard, before any question.
    guard?.(kept.filter((result) => result.status === 'changed').map((result) => result.path));
    try {
      const reviewed = await reviewChanges(kept, {
        input: terminal.stdin ?? emptyInput(),
        output: terminal.stdout,
        color,
        colored: args.color ?? false,
        selection: report.selection,
        allowUnsafe: (id) => resolved.unsafe || explicit.has(id),
        renames,
        fileOptions: (result) => {
          const changed = since?.changedLines.get(result.path);
          return {
            ...(since && changed !== 'all' ? { changedLines: new Set(changed ?? []) } : {}),
          };
        },
        conventions: conventionsOf(report.conventions),
        verify: python ? (input, output, findings) => verifyRewrite(input, output, findings, report.selection, python, settings.verifyTimeout) : undefined,
      });
      results = reviewed.results.map(({ input: _input, output: _output, diff: _diff, ...rest }) => rest);
      if (reviewed.interrupted) interrupted = true;
      for (const result of results) {
        if (result.status === 'failed') for (const line of problemLines(result, errorColor)) say(line);
      }
    } finally {
      closeChecker();
    }
  }
  const totals = totalsOf(results);
  if (format === 'json') terminal.stdout.write(jsonReport(results, totals, report.seconds));
  if (format === 'sarif') {
    terminal.stdout.write(sarifReport({ results, transforms: resolved.available, cwd: terminal.cwd, version: packageVersion(), write }));
  }
  if (args.verbose) for (const line of verboseLines(results, errorColor)) say(line);
  for (const line of summaryLines(totals, report.seconds, write && !stdin, errorColor, { since: args.since })) say(line);
  if (interrupted) {
    say('pycodemod: interrupted: the hunks accepted before Ctrl-C were written; nothing after');
    return EXIT.interrupted;
  }
  if (totals.failed > 0) return EXIT.fileFailed;
  if (args.check && totals.changed > 0) return EXIT.changesPending;
  if (args.check && totals.unchecked > 0) return EXIT.notChecked;
  return EXIT.ok;
}

/** --since's changed lines of each file of the run; exit 2 outside git or for an unknown revision. */
function sinceOf(revision: string, anchor: string, files: readonly string[]) {
  return { revision, changedLines: changedLinesOfFiles(changedLinesSince(revision, anchor), files) };
}

/** --plan and --rename are read by the renaming transforms only: one must run. */
function checkRenames(resolved: ResolvedRun): void {
  if (resolved.renames.size === 0) return;
  const renaming = resolved.available.filter((transform) => transform.suggest);
  if (resolved.ids.some((id) => renaming.some((transform) => transform.id === id))) return;
  throw new InputError(`--plan and --rename are applied by the renaming transforms (${renaming.map((transform) => transform.id).join(', ')}); none is selected: add -t ${renaming[0]?.id ?? 'function-names'}`);
}

/** A closed input: --interactive without answers quits at the first question. */
function emptyInput(): NodeJS.ReadableStream {
  return Readable.from([]);
}
