// `pycodemod [run] [paths..]`: turn the flags and the configuration into run settings,
// guard the work tree, run, review (--interactive), print, and give the exit status.
import { Readable } from 'node:stream';
import type cliProgress from 'cli-progress';
import { conventionsOf } from '../engine/conventions.js';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { plannedRenames } from '../review/apply.js';
import { discoverFiles } from '../runner/discover.js';
import { guardWrite } from '../runner/git-guard.js';
import { closeChecker, displayPathOf, verifyRewrite, type FileResult } from '../runner/process-file.js';
import { runPaths } from '../runner/run.js';
import type { RunSettings } from '../runner/settings.js';
import { requirePython } from '../runner/verify.js';
import { EXIT } from './exit-codes.js';
import { reviewChanges } from './interactive.js';
import { colorDiff, colors, jsonReport, problemLines, summaryLines, totalsOf, verboseLines } from './report.js';
import { resolveRun } from './resolve-run.js';
import { sarifReport } from './sarif.js';
import { packageVersion } from './version.js';

export { parseSetFlags } from './resolve-run.js';

export interface RunArguments {
  paths: string[];
  transform: string[];
  write: boolean;
  check: boolean;
  unsafe?: boolean;
  format: 'diff' | 'json' | 'sarif' | 'summary';
  jobs?: number;
  exclude: string[];
  set: string[];
  plan?: string;
  rename: string[];
  plugin: string[];
  pyi: boolean;
  color: boolean;
  config?: string;
  isolated?: boolean;
  verify?: boolean;
  allowDirty?: boolean;
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
  if (args.interactive && (args.format === 'json' || args.format === 'sarif')) {
    throw new InputError(`--interactive and --format ${args.format} do not go together: the review needs the terminal`);
  }
}

export async function runCommand(args: RunArguments, terminal: Terminal): Promise<number> {
  checkFlagCombinations(args);
  const resolved = await resolveRun(args, terminal.cwd);
  const interactive = !!args.interactive;
  const write = (args.write || interactive) && !args.check;
  const python = terminal.env?.PYCODEMOD_PYTHON ?? process.env.PYCODEMOD_PYTHON ?? 'python3';
  if (args.verify) requirePython(python);
  const paths = args.paths.length ? args.paths : ['.'];
  const files = discoverFiles(paths, { exclude: resolved.exclude, excludeFrom: resolved.excludeFrom, includeStubs: args.pyi, cwd: terminal.cwd });
  if (write && !args.allowDirty) guardWrite(files, (path) => displayPathOf(path, terminal.cwd));
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
    // Interactive runs write after the review, on this thread.
    write: write && !interactive,
    diff: args.format === 'diff' && !interactive,
    keepText: interactive,
    verify: !!args.verify,
    python,
  };
  const color = colors(args.color);
  const errorColor = colors(args.color && !!terminal.stderr.isTTY);
  let bar: cliProgress.SingleBar | undefined;
  // The progress bar (and its text-width machinery) is loaded only for a terminal.
  const progress = terminal.stderr.isTTY ? (await import('cli-progress')).default : undefined;
  const kept: FileResult[] = [];
  const report = await runPaths({
    paths,
    files,
    cwd: terminal.cwd,
    jobs: resolved.jobs,
    settings,
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
      if (done === total && phase === 'transform') bar.stop();
    },
    onWarning: (message) => terminal.stderr.write(`${errorColor.yellow('warning')}: ${message}\n`),
    onResult: (result) => {
      if (interactive) kept.push(result);
      if (result.diff) terminal.stdout.write(args.color ? colorDiff(result.diff, color) : result.diff);
      for (const line of problemLines(result, errorColor)) terminal.stderr.write(`${line}\n`);
    },
  });
  bar?.stop();
  let results = report.results;
  if (interactive) {
    const explicit = new Set(resolved.explicit);
    try {
      const reviewed = await reviewChanges(kept, {
        input: terminal.stdin ?? emptyInput(),
        output: terminal.stdout,
        color,
        colored: args.color,
        selection: report.selection,
        allowUnsafe: (id) => resolved.unsafe || explicit.has(id),
        renames,
        conventions: conventionsOf(report.conventions),
        verify: args.verify ? (input, output, findings) => verifyRewrite(input, output, findings, report.selection, python) : undefined,
      });
      results = reviewed.results.map(({ input: _input, output: _output, diff: _diff, ...rest }) => rest);
      for (const result of results) {
        if (result.status === 'failed') for (const line of problemLines(result, errorColor)) terminal.stderr.write(`${line}\n`);
      }
    } finally {
      closeChecker();
    }
  }
  const totals = totalsOf(results);
  if (args.format === 'json') terminal.stdout.write(jsonReport(results, totals, report.seconds));
  if (args.format === 'sarif') {
    terminal.stdout.write(sarifReport({ results, transforms: resolved.available, cwd: terminal.cwd, version: packageVersion(), write }));
  }
  if (args.verbose) for (const line of verboseLines(results, errorColor)) terminal.stderr.write(`${line}\n`);
  for (const line of summaryLines(totals, report.seconds, write, errorColor)) terminal.stderr.write(`${line}\n`);
  if (totals.failed > 0) return EXIT.fileFailed;
  if (args.check && totals.changed > 0) return EXIT.changesPending;
  return EXIT.ok;
}

/** A closed input: --interactive without answers quits at the first question. */
function emptyInput(): NodeJS.ReadableStream {
  return Readable.from([]);
}
