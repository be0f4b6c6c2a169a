// Project configuration: the `[tool.pycodemod]` table of the nearest pyproject.toml (or
// a file named with --config), validated against the transforms and their option schemas.
// Every error names the key, the file and what is valid, in one line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { InputError } from '../engine/errors.js';
import { OptionError, resolveOptions } from '../engine/options.js';
import type { AnyTransform } from '../engine/types.js';
import { CONVENTION_KEYS, checkOverride, isConventionKey, type ConventionOverride } from '../project/conventions/overrides.js';

/** A configuration file that cannot be read, parsed or understood. */
export class ConfigError extends InputError {
  override name = 'ConfigError';
}

export interface ProjectConfig {
  /** Absolute path of the file the configuration came from. */
  file: string;
  /** The file's directory: `exclude` patterns and `plugins` paths are relative to it. */
  root: string;
  select?: string[];
  ignore?: string[];
  exclude?: string[];
  unsafe?: boolean;
  jobs?: number;
  /** Absolute paths of transform modules to load, as with --plugin. */
  plugins?: string[];
  /** More exclusion patterns, on top of `exclude` (relative to `root`). */
  extendExclude?: string[];
  /** Transforms not run on some files: gitignore-style pattern -> transform ids. */
  perFileIgnores?: Array<{ pattern: string; ids: string[] }>;
  /** The oldest Python the project runs on ("3.8"), for every transform's target-version. */
  targetVersion?: string;
  /** Conventions set by hand (`line-length = 100`), in the file's order. */
  conventions: ConventionOverride[];
  /** Raw per-transform option tables (`[tool.pycodemod.docstrings]`), by transform id. */
  transforms: Record<string, Record<string, unknown>>;
}

const SETTINGS = ['select', 'ignore', 'exclude', 'extend-exclude', 'per-file-ignores', 'target-version', 'unsafe', 'jobs', 'plugins'] as const;

function displayName(file: string, cwd: string): string {
  const relative = file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
  return relative;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function parseFile(file: string, shown: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read configuration ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const first = ((error as Error).message.split('\n')[0] ?? '').trim().replace(/^Invalid TOML document: /, '');
    const { line, column } = error as { line?: number; column?: number };
    throw new ConfigError(`${shown}${line ? `:${line}:${column ?? 1}` : ''} is not valid TOML: ${first}`);
  }
}

/** The `[tool.pycodemod]` table of a pyproject.toml, or null when it has none. */
function pycodemodTable(document: Record<string, unknown>): Record<string, unknown> | null {
  const tool = document.tool;
  if (!isTable(tool)) return null;
  const table = tool.pycodemod;
  return isTable(table) ? table : null;
}

/** A cheap test before parsing, so that an unrelated pyproject.toml is never parsed. */
function mentionsPycodemod(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes('pycodemod');
  } catch {
    return false;
  }
}

/** The nearest pyproject.toml with a `[tool.pycodemod]` table, walking up from `start`. */
export function findConfigFile(start: string): string | null {
  let directory = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start);
  for (;;) {
    const candidate = resolve(directory, 'pyproject.toml');
    if (existsSync(candidate) && mentionsPycodemod(candidate) && pycodemodTable(parseFile(candidate, candidate))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

/**
 * The configuration file of a run: the one named with --config, else the nearest to the
 * given paths (all paths must agree), else the nearest to the working directory.
 */
export function locateConfig(paths: readonly string[], cwd: string, explicit?: string): string | null {
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`--config ${explicit}: file does not exist`);
    return file;
  }
  const found = new Map<string, string>();
  for (const path of paths.length ? paths : ['.']) {
    const file = findConfigFile(resolve(cwd, path));
    if (file && !found.has(file)) found.set(file, path);
  }
  if (found.size > 1) {
    const [[first, firstPath], [second, secondPath]] = [...found] as [[string, string], [string, string]];
    throw new ConfigError(
      `${firstPath} and ${secondPath} have different configurations (${displayName(first, cwd)}, ${displayName(second, cwd)}): run pycodemod once per project, or name one with --config`,
    );
  }
  return [...found.keys()][0] ?? findConfigFile(cwd);
}

function stringList(value: unknown, key: string, where: string): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new ConfigError(`${where}: ${key} must be a list of strings, e.g. ${key} = ["a", "b"]; got ${JSON.stringify(value)}`);
}

/**
 * Reads a configuration file: a pyproject.toml's `[tool.pycodemod]` table, or, for any
 * other file named with --config, its top level (a `[tool.pycodemod]` table if present).
 * Returns null for a pyproject.toml without the table.
 */
export function readConfig(file: string, cwd: string): ProjectConfig | null {
  const shown = displayName(file, cwd);
  const document = parseFile(file, shown);
  const table = pycodemodTable(document) ?? (basename(file) === 'pyproject.toml' ? null : document);
  if (!table) return null;
  const where = `${shown} [tool.pycodemod]`;
  const root = dirname(file);
  const config: ProjectConfig = { file, root, conventions: [], transforms: {} };
  for (const [key, value] of Object.entries(table)) {
    switch (key) {
      case 'select':
      case 'ignore':
      case 'exclude':
        config[key] = stringList(value, key, where);
        break;
      case 'plugins':
        config.plugins = stringList(value, key, where).map((path) => resolve(root, path));
        break;
      case 'extend-exclude':
        config.extendExclude = stringList(value, key, where);
        break;
      case 'per-file-ignores':
        if (!isTable(value)) throw new ConfigError(`${where}: per-file-ignores must be a table of patterns, e.g. per-file-ignores = { "tests/*" = ["docstrings"] }; got ${JSON.stringify(value)}`);
        config.perFileIgnores = Object.entries(value).map(([pattern, ids]) => ({ pattern, ids: stringList(ids, `per-file-ignores "${pattern}"`, where) }));
        break;
      case 'target-version': {
        const version = typeof value === 'string' ? /^(?:py)?3\.?(\d+)$/.exec(value.trim()) : null;
        if (!version) throw new ConfigError(`${where}: target-version must be a Python version such as "3.8" or "py38"; got ${JSON.stringify(value)}`);
        config.targetVersion = `3.${version[1]}`;
        break;
      }
      case 'unsafe':
        if (typeof value !== 'boolean') throw new ConfigError(`${where}: unsafe must be true or false; got ${JSON.stringify(value)}`);
        config.unsafe = value;
        break;
      case 'jobs':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
          throw new ConfigError(`${where}: jobs must be a whole number of worker threads, 1 or more; got ${JSON.stringify(value)}`);
        }
        config.jobs = value;
        break;
      default:
        if (isConventionKey(key)) {
          const override = { key, value, source: where };
          checkOverride(override);
          config.conventions.push(override);
          break;
        }
        // A transform's table; checked against the transforms once they are loaded.
        config.transforms[key] = isTable(value) ? value : { [Symbol.for('not a table')]: value };
    }
  }
  return config;
}

/**
 * Checks the transform ids and option tables of a configuration against the available
 * transforms. Returns each transform's raw option overrides.
 */
export function checkConfig(config: ProjectConfig, available: readonly AnyTransform[], cwd: string): Map<string, Record<string, unknown>> {
  const shown = displayName(config.file, cwd);
  const ids = available.map((transform) => transform.id);
  const lists = [
    ...(['select', 'ignore'] as const).map((key) => ({ key: key as string, list: config[key] ?? [] })),
    ...(config.perFileIgnores ?? []).map(({ pattern, ids: list }) => ({ key: `per-file-ignores "${pattern}"`, list })),
  ];
  for (const { key, list } of lists) {
    for (const id of list) {
      if (id !== 'all' && !ids.includes(id)) {
        throw new ConfigError(`${shown} [tool.pycodemod] ${key}: unknown transform '${id}'; valid: ${[...ids, 'all'].join(', ')}`);
      }
    }
  }
  const options = new Map<string, Record<string, unknown>>();
  for (const [key, table] of Object.entries(config.transforms)) {
    const transform = available.find((candidate) => candidate.id === key);
    if (!transform) {
      throw new ConfigError(
        `${shown}: unknown key '${key}' in [tool.pycodemod]; valid keys: ${SETTINGS.join(', ')}, a convention (${Object.keys(CONVENTION_KEYS).join(', ')}), or a transform id for its options (${ids.join(', ') || 'none loaded'})`,
      );
    }
    if (Object.getOwnPropertySymbols(table).length) {
      throw new ConfigError(`${shown}: [tool.pycodemod] ${key} must be a table of options, e.g. [tool.pycodemod.${key}]`);
    }
    for (const name of Object.keys(table)) {
      const dashed = name.replace(/_/g, '-');
      if (!(name in transform.options) && dashed in transform.options) {
        throw new ConfigError(`${shown} [tool.pycodemod.${key}]: unknown option '${name}'; did you mean '${dashed}'? (option names use dashes)`);
      }
    }
    try {
      resolveOptions(key, transform.options, table);
    } catch (error) {
      if (error instanceof OptionError) throw new ConfigError(`${shown} [tool.pycodemod.${key}]: ${error.message}`);
      throw error;
    }
    options.set(key, table);
  }
  if (config.targetVersion) {
    // The project's target-version is every transform's, unless its own table says.
    for (const transform of available) {
      if (!('target-version' in transform.options)) continue;
      const own = options.get(transform.id) ?? {};
      if ('target-version' in own) continue;
      const table = { ...own, 'target-version': config.targetVersion };
      try {
        resolveOptions(transform.id, transform.options, table);
      } catch (error) {
        if (error instanceof OptionError) throw new ConfigError(`${shown} [tool.pycodemod] target-version: ${error.message}`);
        throw error;
      }
      options.set(transform.id, table);
    }
  }
  return options;
}
