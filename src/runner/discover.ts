// Finding the Python files under the given paths: `.py` (and `.pyi` on request),
// extension-less scripts with a python shebang, honouring .gitignore and --exclude.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../engine/errors.js';
import ignore, { type Ignore } from 'ignore';

export interface DiscoverOptions {
  /** Gitignore-style patterns, matched against paths relative to the working directory. */
  exclude?: readonly string[];
  /** More patterns, each set matched relative to its own directory (a config file's). */
  excludeFrom?: ReadonlyArray<{ base: string; patterns: readonly string[] }>;
  includeStubs?: boolean;
  cwd?: string;
}

/** A path given by the user that does not exist. */
export class MissingPathError extends InputError {
  override name = 'MissingPathError';
}

// Directories no one wants rewritten, as Ruff and Black skip them by default.
// Vendored copies of other projects (`setuptools/_vendor/packaging`) too: they are updated
// by copying the upstream release again, never patched in place (setuptools' maintainers
// rejected every hunk there). A directory named on the command line is still walked.
const ALWAYS_SKIPPED = new Set([
  '.git', '.hg', '.svn', '.bzr', '.tox', '.nox', '.venv', 'venv', 'site-packages', '.mypy_cache', '.pytest_cache', '.ruff_cache', '__pycache__', 'node_modules', '__pypackages__', '.eggs',
  '_vendor', 'vendor', '_vendored', 'vendored', 'third_party', 'thirdparty', '_thirdparty',
]);

const PYTHON_SHEBANG = /^#![^\n]*\bpython[0-9.]*\b/;

function hasPythonShebang(path: string): boolean {
  let handle: number | undefined;
  try {
    handle = openSync(path, 'r');
    const head = Buffer.alloc(128);
    const length = readSync(handle, head, 0, head.length, 0);
    return PYTHON_SHEBANG.test(head.subarray(0, length).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

function isPythonFile(path: string, name: string, includeStubs: boolean): boolean {
  if (name.endsWith('.py')) return true;
  if (name.endsWith('.pyi')) return includeStubs;
  return !name.includes('.') && hasPythonShebang(path);
}

/** The .gitignore rules of one directory, matched relative to that directory. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function readIgnoreLayer(directory: string): IgnoreLayer | null {
  const file = join(directory, '.gitignore');
  if (!existsSync(file)) return null;
  try {
    return { base: directory, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return null;
  }
}

function isIgnored(layers: readonly IgnoreLayer[], path: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const relativePath = relative(layer.base, path).split(sep).join('/');
    if (!relativePath || relativePath.startsWith('..')) continue;
    if (layer.rules.ignores(isDirectory ? `${relativePath}/` : relativePath)) return true;
  }
  return false;
}

/** .gitignore layers from the enclosing repository's root down to `directory`. */
function ancestorLayers(directory: string): IgnoreLayer[] {
  const chain: string[] = [];
  for (let current = directory; ; current = dirname(current)) {
    chain.unshift(current);
    if (existsSync(join(current, '.git')) || dirname(current) === current) break;
  }
  // The repository root was found only if the walk stopped at a .git; outside a
  // repository, parent directories' .gitignore files do not apply.
  if (!existsSync(join(chain[0] as string, '.git'))) return [readIgnoreLayer(directory)].filter((layer): layer is IgnoreLayer => layer !== null);
  return chain.map(readIgnoreLayer).filter((layer): layer is IgnoreLayer => layer !== null);
}

/** Absolute paths of the Python files to process, sorted, without duplicates. */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions = {}): string[] {
  const cwd = options.cwd ?? process.cwd();
  const exclusions = [{ base: cwd, patterns: options.exclude ?? [] }, ...(options.excludeFrom ?? [])]
    .filter(({ patterns }) => patterns.length > 0)
    .map(({ base, patterns }) => ({ base, rules: ignore().add([...patterns]) }));
  const isExcluded = (path: string, isDirectory: boolean) =>
    exclusions.some(({ base, rules }) => {
      const relativePath = relative(base, path).split(sep).join('/');
      if (!relativePath || relativePath.startsWith('..')) return false;
      return rules.ignores(isDirectory ? `${relativePath}/` : relativePath);
    });
  const found = new Set<string>();

  const walk = (directory: string, layers: IgnoreLayer[]) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    const own = readIgnoreLayer(directory);
    const active = own && !layers.some((layer) => layer.base === directory) ? [...layers, own] : layers;
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(active, path, true) || isExcluded(path, true)) continue;
        walk(path, active);
      } else if (entry.isFile()) {
        if (isIgnored(active, path, false) || isExcluded(path, false)) continue;
        if (isPythonFile(path, entry.name, options.includeStubs ?? false)) found.add(path);
      }
    }
  };

  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new MissingPathError(`path does not exist: ${given}`);
    if (statSync(path).isDirectory()) {
      // A directory named explicitly is walked even if an enclosing .gitignore ignores
      // it as a whole (a vendored tree, a Python installation under a dotfiles repo).
      const layers = ancestorLayers(path);
      // --exclude patterns match relative to the working directory and to each named
      // directory, so `--exclude site-packages/` works on a path outside the cwd too.
      if (options.exclude?.length && path !== cwd) exclusions.push({ base: path, rules: ignore().add([...options.exclude]) });
      walk(path, isIgnored(layers, path, true) ? layers.filter((layer) => layer.base === path) : layers);
    } else if (!isExcluded(path, false)) {
      // A file named explicitly is processed whatever its name or .gitignore says.
      found.add(path);
    }
  }
  return [...found].sort();
}
