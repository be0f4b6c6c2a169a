// Runs the command line's CommonJS bundle with V8's code cache: the bundle (1.2 MB) took
// about a fifth of a small file's run to compile, every run. The first run keeps what V8
// compiled (with the functions the run needed) in the user's cache directory; later runs
// hand it back, and V8 checks that it was made from this very source by this very V8,
// rejecting it otherwise (then it is made again). Node 22 does the same with
// `module.enableCompileCache()`; Node 20 has no such call.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import vm from 'node:vm';

/**
 * Where the code cache goes: `PYCODEMOD_COMPILE_CACHE` (empty: no cache), else the
 * platform's cache directory for the user (`$XDG_CACHE_HOME` or `~/.cache`,
 * `%LOCALAPPDATA%` on Windows), under `pycodemod`. Never a shared directory: V8 would run
 * whatever code another user left there.
 */
export function compileCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.PYCODEMOD_COMPILE_CACHE;
  if (chosen !== undefined) return chosen === '' ? null : chosen;
  // A relative directory would land in whatever project the run is in: XDG says to ignore it.
  const absolute = (directory: string | undefined) => (directory && isAbsolute(directory) ? directory : '');
  const home = absolute(homedir());
  const base = process.platform === 'win32' ? absolute(env.LOCALAPPDATA) : absolute(env.XDG_CACHE_HOME) || (home ? join(home, '.cache') : '');
  return base ? join(base, 'pycodemod') : null;
}

/** The cache file of this bundle as built: a rebuilt or another installation's bundle has its own. */
function cacheFileOf(bundle: string, directory: string): string {
  const { size, mtimeMs } = statSync(bundle);
  const name = `cli-${createHash('sha256').update(bundle).digest('hex').slice(0, 16)}-${size}-${Math.round(mtimeMs)}-${process.version}.v8`;
  return join(directory, name);
}

/** Runs `bundle` (a CommonJS module) as `require` would, compiled from and into the code cache. */
export function runCached(bundle: string): void {
  const source = readFileSync(bundle, 'utf8');
  const directory = compileCacheDirectory();
  let file: string | null = null;
  let cachedData: Buffer | undefined;
  if (directory) {
    try {
      file = cacheFileOf(bundle, directory);
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const target = file;
    // Made at exit, so that it holds the functions the run compiled too.
    process.once('exit', () => keep(target, script));
  }
  // The bundle's own import() fails in code from the cache: user transforms are imported with this module's (load.ts).
  (globalThis as Record<symbol, unknown>)[Symbol.for('pycodemod.import')] = (specifier: string) => import(specifier);
  const module = { exports: {} };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** Writes the script's code cache (atomically: a run that reads it meanwhile sees all or nothing); a failure only costs the next run its speed. */
function keep(file: string, script: vm.Script): void {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, file);
    // The caches of this bundle's earlier builds are of no more use.
    const [prefix] = /^cli-[0-9a-f]+-/.exec(basename(file)) ?? [];
    for (const name of readdirSync(dirname(file))) if (prefix && name.startsWith(prefix) && name !== basename(file)) rmSync(join(dirname(file), name), { force: true });
  } catch {
    // A read-only home or a full disk: the run itself went well.
  }
}
