// From flags and the project configuration to what a run does: which transforms with
// which options, what to exclude, how many workers. Flags override the configuration.
import { resolve } from 'node:path';
import { InputError } from '../engine/errors.js';
import { resolveOptions } from '../engine/options.js';
import type { AnyTransform } from '../engine/types.js';
import { checkConfig, locateConfig, readConfig, type ProjectConfig } from '../runner/config.js';
import { availableTransforms, loadTransformModules } from '../runner/load.js';
import { parseRenameFlags, readPlanFile } from '../runner/plan.js';
import { displayPathOf } from '../runner/process-file.js';
import type { PerFileIgnore } from '../runner/settings.js';
import { isRenaming, targetedRun } from '../review/apply.js';
import type { PlannedAction } from '../review/plan-file.js';
import { userConfigPath, userTrusts } from '../runner/user-config.js';
import { checkOverride, isConventionKey, CONVENTION_KEYS, type ConventionOverride } from '../project/conventions/overrides.js';

export interface ResolveArguments {
  paths: string[];
  transform: string[];
  set: string[];
  plugin: string[];
  plan?: string;
  rename: string[];
  unsafe?: boolean;
  jobs?: number;
  exclude: string[];
  config?: string;
  isolated?: boolean;
  /** Run the plugins and commands the project's configuration names (--allow-exec). */
  allowExec?: boolean;
  /** The environment that locates the user's own configuration (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ResolvedRun {
  config: ProjectConfig | null;
  available: AnyTransform[];
  pluginPaths: string[];
  /** Transform ids to run, in registry order of selection. */
  ids: string[];
  /** Ids named with -t: their unsafe fixes apply without --unsafe. */
  explicit: string[];
  /** Raw option overrides per transform: the configuration's, then --set on top. */
  options: Map<string, Record<string, unknown>>;
  renames: Map<string, string>;
  /** Conventions set by hand: the configuration's, then --set KEY=VALUE on top. */
  conventionOverrides: ConventionOverride[];
  /** Per transform, the review plan's actions it is limited to (absent: whole files). */
  targets: Map<string, PlannedAction[]>;
  /** A review plan's rename actions, qualified against the run's files (see plannedRenames). */
  renameActions: PlannedAction[];
  unsafe: boolean;
  jobs?: number;
  exclude: string[];
  excludeFrom: Array<{ base: string; patterns: string[] }>;
  /** Transforms not run on some files (the configuration's per-file-ignores). */
  perFileIgnores: PerFileIgnore[];
}

function splitList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** `--set KEY=VALUE` flags that set a convention (no dot in the key): checked, in order. */
export function parseConventionFlags(flags: readonly string[]): ConventionOverride[] {
  const overrides: ConventionOverride[] = [];
  for (const flag of flags) {
    const match = /^([\w-]+)=(.*)$/s.exec(flag);
    if (!match) continue;
    const [, key, value] = match as unknown as [string, string, string];
    if (!isConventionKey(key)) {
      throw new InputError(`--set ${flag}: unknown convention '${key}'; valid: ${Object.keys(CONVENTION_KEYS).join(', ')}, or ID.OPTION=VALUE for a transform option`);
    }
    const override = { key, value, source: '--set' };
    checkOverride(override);
    overrides.push(override);
  }
  return overrides;
}

/** `--set id.option=value` flags, grouped by transform and checked against the schemas. */
export function parseSetFlags(flags: readonly string[], available: readonly AnyTransform[]): Map<string, Record<string, string>> {
  const byTransform = new Map<string, Record<string, string>>();
  for (const flag of flags) {
    if (/^[\w-]+=/.test(flag)) continue; // a convention (parseConventionFlags)
    // ID.OPTION.KEY=VALUE adds one entry to a table option (`variable-names.abbreviations.rp=resource_provider`).
    const match = /^([\w-]+)\.([\w-]+)(?:\.([\w-]+))?=(.*)$/s.exec(flag);
    if (!match) throw new InputError(`--set ${flag}: expected ID.OPTION=VALUE, e.g. --set docstrings.style=numpy`);
    const [, id, option, entry, value] = match as unknown as [string, string, string, string | undefined, string];
    const transform = available.find((candidate) => candidate.id === id);
    if (!transform) throw new InputError(`--set ${flag}: unknown transform '${id}'; valid: ${available.map((item) => item.id).join(', ')}`);
    const options = byTransform.get(id) ?? {};
    if (entry === undefined) options[option] = value;
    else if (transform.options[option]?.type !== 'table') throw new InputError(`--set ${flag}: ${id}.${option} is not a table; expected ID.OPTION=VALUE`);
    else if (value.includes(',')) throw new InputError(`--set ${flag}: one entry per flag (no comma in the value)`);
    else options[option] = options[option] ? `${options[option]},${entry}=${value}` : `${entry}=${value}`;
    resolveOptions(id, transform.options, options);
    byTransform.set(id, options);
  }
  return byTransform;
}

/**
 * Options whose value the project's configuration may not set on its own: they run a
 * program or reach a server the repository names. A transform marks none of them; their
 * names say it (`summarizer-command`, `summarizer-url`).
 */
export function isExecOption(name: string): boolean {
  return /(?:^|-)(?:command|url|endpoint)$/.test(name);
}

/**
 * What the project's configuration would run without the user's consent: its plugins and
 * every command (or URL) option. Without --allow-exec they are dropped, with one warning.
 */
function withoutExec(config: ProjectConfig, shown: string, userConfig: string | null, warn: (line: string) => void): ProjectConfig {
  const dropped: string[] = [];
  if (config.plugins?.length) dropped.push(`plugins (${config.plugins.length})`);
  const transforms: Record<string, Record<string, unknown>> = {};
  for (const [id, table] of Object.entries(config.transforms)) {
    const kept = { ...table };
    for (const name of Object.keys(table)) {
      if (isExecOption(name)) {
        delete kept[name];
        dropped.push(`${id}.${name}`);
      }
    }
    transforms[id] = kept;
  }
  if (!dropped.length) return config;
  warn(`pycodemod: warning: ${shown} names code to run (${dropped.join(', ')}); not used: pass --allow-exec if you trust this repository (or list it under allow-exec in ${userConfig ?? 'your user configuration'})`);
  const { plugins: _plugins, ...rest } = config;
  return { ...rest, transforms };
}

/** Loads the configuration (unless --isolated) and the transforms it and the flags name. */
export async function loadConfigAndTransforms(
  args: Pick<ResolveArguments, 'paths' | 'plugin' | 'config' | 'isolated' | 'allowExec' | 'env'>,
  cwd: string,
  warn: (line: string) => void = () => {},
) {
  const file = args.isolated ? null : locateConfig(args.paths, cwd, args.config);
  const read = file ? readConfig(file, cwd) : null;
  // Consent: --allow-exec, or the user's own configuration trusting this repository.
  const env = args.env ?? process.env;
  const consent = args.allowExec || (read !== null && userTrusts(read.root, env));
  const config = read && !consent ? withoutExec(read, displayPathOf(read.file, cwd), userConfigPath(env), warn) : read;
  const pluginPaths = [...(config?.plugins ?? []), ...args.plugin.map((path) => resolve(cwd, path))];
  const available = availableTransforms(await loadTransformModules([...new Set(pluginPaths)]));
  const configured = config ? checkConfig(config, available, cwd) : new Map<string, Record<string, unknown>>();
  return { config, pluginPaths: [...new Set(pluginPaths)], available, configured };
}

export async function resolveRun(args: ResolveArguments, cwd: string, warn: (line: string) => void = () => {}): Promise<ResolvedRun> {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) {
    throw new InputError(`--jobs ${args.jobs}: expected a whole number of worker threads, 1 or more`);
  }
  const { config, pluginPaths, available, configured } = await loadConfigAndTransforms(args, cwd, warn);
  const every = available.map((transform) => transform.id);
  const safe = available.filter((transform) => transform.safety === 'safe').map((transform) => transform.id);
  // `-t all` names every transform, so that unsafe ones are previewed and applied too.
  const listed = splitList(args.transform);
  const named = listed.includes('all') ? every : listed;
  for (const id of named) {
    if (!every.includes(id)) throw new InputError(`unknown transform '${id}'; valid: ${every.join(', ')} (see pycodemod list)`);
  }
  let ids: string[];
  if (named.length) {
    // What is named on the command line runs, whatever the configuration selects.
    ids = [...new Set(named)];
  } else {
    const selected = config?.select ? (config.select.includes('all') ? every : config.select) : safe;
    const ignored = new Set(config?.ignore ?? []);
    ids = every.filter((id) => selected.includes(id) && !ignored.has(id));
  }
  const options = new Map<string, Record<string, unknown>>(configured);
  for (const [id, flags] of parseSetFlags(args.set, available)) {
    const merged = { ...(options.get(id) ?? {}), ...flags };
    const transform = available.find((candidate) => candidate.id === id) as AnyTransform;
    resolveOptions(id, transform.options, merged);
    options.set(id, merged);
  }
  const planFile = args.plan ? readPlanFile(resolve(cwd, args.plan)) : null;
  const renames = new Map([...(planFile?.renames ?? []), ...parseRenameFlags(args.rename)]);
  const targets = new Map<string, PlannedAction[]>();
  const renameActions: PlannedAction[] = [];
  let explicit = named;
  if (planFile?.actions.length) {
    // A review plan chooses its transforms and where they act; -t narrows it further.
    const targeted = targetedRun(planFile.actions);
    for (const id of targeted.transforms.keys()) {
      if (!every.includes(id)) throw new InputError(`plan ${args.plan}: unknown transform '${id}'; valid: ${every.join(', ')}`);
    }
    ids = every.filter((id) => targeted.transforms.has(id) && (named.length === 0 || named.includes(id)));
    explicit = ids;
    renameActions.push(...targeted.renames);
    for (const id of ids) {
      const { actions, options: planned } = targeted.transforms.get(id) as { actions: PlannedAction[]; options: Record<string, unknown> };
      const merged = { ...(options.get(id) ?? {}), ...planned };
      resolveOptions(id, (available.find((candidate) => candidate.id === id) as AnyTransform).options, merged);
      options.set(id, merged);
      if (!isRenaming(id)) targets.set(id, actions);
    }
  }
  return {
    config,
    available,
    pluginPaths,
    ids,
    explicit,
    options,
    renames,
    conventionOverrides: [...(config?.conventions ?? []), ...parseConventionFlags(args.set)],
    targets,
    renameActions,
    unsafe: args.unsafe ?? config?.unsafe ?? false,
    jobs: args.jobs ?? config?.jobs,
    exclude: args.exclude,
    excludeFrom: config?.exclude?.length || config?.extendExclude?.length ? [{ base: config.root, patterns: [...(config.exclude ?? []), ...(config.extendExclude ?? [])] }] : [],
    perFileIgnores: (config?.perFileIgnores ?? []).map(({ pattern, ids: ignored }) => ({ base: config!.root, pattern, ids: ignored.includes('all') ? every : ignored })),
  };
}
