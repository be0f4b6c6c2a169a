// `pycodemod [run] [paths..]`: turn the flags into run settings, run, print, exit status.
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { InputError } from '../engine/errors.js';
import { resolveOptions } from '../engine/options.js';
import type { AnyTransform } from '../engine/types.js';
import { availableTransforms, loadTransformModules } from '../runner/load.js';
import { parseRenameFlags, readPlan } from '../runner/plan.js';
import { runPaths } from '../runner/run.js';
import type { RunSettings } from '../runner/settings.js';
import { EXIT } from './exit-codes.js';
import { colorDiff, colors, jsonReport, problemLines, summaryLines, totalsOf } from './report.js';

export interface RunArguments {
  paths: string[];
  transform: string[];
  write: boolean;
  check: boolean;
  unsafe: boolean;
  format: 'diff' | 'json' | 'summary';
  jobs?: number;
  exclude: string[];
  set: string[];
  plan?: string;
  rename: string[];
  plugin: string[];
  pyi: boolean;
  color: boolean;
}

export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

function splitList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** `--set id.option=value` flags, grouped by transform and checked against the schemas. */
export function parseSetFlags(flags: readonly string[], available: readonly AnyTransform[]): Map<string, Record<string, string>> {
  const byTransform = new Map<string, Record<string, string>>();
  for (const flag of flags) {
    const match = /^([\w-]+)\.([\w-]+)=(.*)$/s.exec(flag);
    if (!match) throw new InputError(`--set ${flag}: expected ID.OPTION=VALUE, e.g. --set docstrings.style=numpy`);
    const [, id, option, value] = match as unknown as [string, string, string, string];
    const transform = available.find((candidate) => candidate.id === id);
    if (!transform) throw new InputError(`--set ${flag}: unknown transform '${id}'; valid: ${available.map((item) => item.id).join(', ')}`);
    const options = byTransform.get(id) ?? {};
    options[option] = value;
    resolveOptions(id, transform.options, options);
    byTransform.set(id, options);
  }
  return byTransform;
}

export async function runCommand(args: RunArguments, terminal: Terminal): Promise<number> {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) {
    throw new InputError(`--jobs ${args.jobs}: expected a whole number of worker threads, 1 or more`);
  }
  const pluginPaths = args.plugin.map((path) => resolve(terminal.cwd, path));
  const available = availableTransforms(await loadTransformModules(pluginPaths));
  // `-t all` names every transform, so that unsafe ones are previewed and applied too.
  const listed = splitList(args.transform);
  const named = listed.includes('all') ? available.map((transform) => transform.id) : listed;
  for (const id of named) {
    if (!available.some((transform) => transform.id === id)) {
      throw new InputError(`unknown transform '${id}'; valid: ${available.map((transform) => transform.id).join(', ')} (see pycodemod list)`);
    }
  }
  const ids = named.length ? [...new Set(named)] : available.filter((transform) => transform.safety === 'safe').map((transform) => transform.id);
  const options = parseSetFlags(args.set, available);
  const renames = new Map([...(args.plan ? readPlan(resolve(terminal.cwd, args.plan)) : []), ...parseRenameFlags(args.rename)]);
  const write = args.write && !args.check;
  const settings: RunSettings = {
    choices: ids.map((id) => ({ id, options: options.get(id) ?? {} })),
    transformModules: pluginPaths,
    unsafe: args.unsafe,
    explicit: named,
    renames: [...renames],
    write,
    diff: args.format === 'diff',
    keepText: false,
  };
  const color = colors(args.color);
  const errorColor = colors(args.color && !!terminal.stderr.isTTY);
  let bar: cliProgress.SingleBar | undefined;
  const report = await runPaths({
    paths: args.paths.length ? args.paths : ['.'],
    cwd: terminal.cwd,
    exclude: args.exclude,
    includeStubs: args.pyi,
    jobs: args.jobs,
    settings,
    onProgress: (done, total, phase) => {
      if (!terminal.stderr.isTTY || total < 100) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream: terminal.stderr, format: ' {bar} {value}/{total} files ({phase})', clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { phase });
      }
      bar.update(done, { phase });
      if (done === total && phase === 'transform') bar.stop();
    },
    onResult: (result) => {
      if (result.diff) terminal.stdout.write(args.color ? colorDiff(result.diff, color) : result.diff);
      for (const line of problemLines(result, errorColor)) terminal.stderr.write(`${line}\n`);
    },
  });
  bar?.stop();
  const totals = totalsOf(report.results);
  if (args.format === 'json') terminal.stdout.write(jsonReport(report.results, totals, report.seconds));
  for (const line of summaryLines(totals, report.seconds, write, errorColor)) terminal.stderr.write(`${line}\n`);
  if (totals.failed > 0) return EXIT.fileFailed;
  if (args.check && totals.changed > 0) return EXIT.changesPending;
  return EXIT.ok;
}
