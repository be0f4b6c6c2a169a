// Python module names from file paths, as the import system would see them: a directory
// is a package when it holds an `__init__.py`, and the top package's parent is the root
// (which covers `src/` layouts). Pure functions over the set of paths, so that the
// project phase can name every module without touching the disk.
import { posix } from 'node:path';

const SOURCE_SUFFIX = /\.pyi?$/;

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The dotted module name of each path (`pkg/sub/__init__.py` -> `pkg.sub`). */
export function moduleNames(paths: readonly string[]): Map<string, string> {
  const normalized = new Map(paths.map((path) => [toPosix(path), path]));
  const isPackage = (directory: string) =>
    normalized.has(posix.join(directory, '__init__.py')) || normalized.has(posix.join(directory, '__init__.pyi'));
  const names = new Map<string, string>();
  for (const [posixPath, original] of normalized) {
    if (!SOURCE_SUFFIX.test(posixPath) && posixPath.includes('.')) continue;
    const stem = posix.basename(posixPath).replace(SOURCE_SUFFIX, '');
    const parts = stem === '__init__' ? [] : [stem];
    let directory = posix.dirname(posixPath);
    while (directory !== '.' && directory !== '/' && isPackage(directory)) {
      parts.unshift(posix.basename(directory));
      directory = posix.dirname(directory);
    }
    if (parts.length > 0) names.set(original, parts.join('.'));
  }
  return names;
}

/**
 * The absolute module a relative import names: in module `pkg.sub.mod`,
 * `from ..util import x` (level 2, module `util`) is `pkg.util`. Null when the import
 * climbs above the top package.
 */
export function resolveRelativeModule(currentModule: string, currentIsPackage: boolean, level: number, module: string): string | null {
  const parts = currentModule.split('.');
  // A package's own name counts as the first level; a module's parent package does.
  const keep = parts.length - level + (currentIsPackage ? 1 : 0);
  if (keep <= 0) return null;
  return [...parts.slice(0, keep), ...(module ? module.split('.') : [])].join('.');
}
