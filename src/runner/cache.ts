// The cache of files that came out unchanged: a second run over files nobody touched reads
// and hashes them, and replays their findings instead of parsing and transforming again.
// One cache file per run key (pycodemod's version, the selected transforms and their
// options, user transform files, renames, unsafe flags, the project's conventions and the
// project-wide data of the index phase), in `.pycodemod_cache/` beside the files, like
// Ruff's `.ruff_cache`. A file is looked up by its path and the hash of its bytes, so an
// edit, a rename of the file or any change of the run key misses. Whatever cannot be read
// back exactly as written (a corrupt file, another version's, another key's) is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { FindingReport } from '../engine/fix-loop.js';
import type { FileResult } from './process-file.js';

export const CACHE_DIRECTORY = '.pycodemod_cache';
const FORMAT = 1;

/** What a cached file replays: an unchanged or skipped file's result, without timings. */
interface Entry {
  hash: string;
  status: 'unchanged' | 'skipped';
  reason?: string;
  skippedByComment?: boolean;
  findings: FindingReport[];
  warnings: string[];
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, Entry>;
}

/** The hash of a file's bytes, as the cache compares them. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * The run key: everything besides a file's own bytes that its result depends on. The
 * project data goes through v8's serializer, which keeps Maps and Sets that JSON drops.
 */
export function runKey(parts: { version: string; settings: unknown; plugins: readonly string[]; conventions: unknown; projects: readonly unknown[] }): string {
  const hash = createHash('sha256');
  hash.update(`pycodemod ${parts.version} ${codeIdentity()}\0`);
  hash.update(JSON.stringify(parts.settings));
  hash.update('\0');
  for (const plugin of parts.plugins) {
    // A user transform's code is part of its behaviour.
    let code: Buffer | string;
    try {
      code = readFileSync(plugin);
    } catch {
      code = `unreadable ${plugin}`;
    }
    hash.update(code);
    hash.update('\0');
  }
  hash.update(JSON.stringify(parts.conventions));
  hash.update('\0');
  if (parts.projects.some((project) => project !== undefined)) hash.update(serialize(parts.projects));
  return hash.digest('base64url');
}

let identity: string | undefined;

/**
 * pycodemod's own code as it is installed: the names, sizes and times of its modules. A
 * release changes the version, but a build from a checkout (or a patched install) keeps
 * it while its transforms change: their old results must not be replayed.
 */
function codeIdentity(): string {
  if (identity !== undefined) return identity;
  const hash = createHash('sha256');
  // The command line as built: two bundles hold all the code that runs (the walk below
  // stat-ed some 150 files, a tenth of a small file's run).
  const here = fileURLToPath(import.meta.url);
  const bundle = /^(.*)[\\/]src[\\/](?:cli[\\/]cli\.cjs|runner[\\/]worker\.js)$/.exec(here);
  // Only a bundle (esbuild names the modules it holds), not tsc's output run as it is:
  // cli.cjs is only ever esbuild's (reading it to tell took a small file's run 9 ms).
  if (bundle && (here.endsWith('.cjs') || readFileSync(here, 'latin1').includes('// dist/src/runner/cache.js'))) {
    for (const path of [join(bundle[1]!, 'src', 'cli', 'cli.cjs'), join(bundle[1]!, 'src', 'runner', 'worker.js')]) {
      const stats = statSync(path, { throwIfNoEntry: false });
      hash.update(`${path}\0${stats?.size ?? -1}\0${stats?.mtimeMs ?? -1}\0`);
    }
    identity = hash.digest('base64url');
    return identity;
  }
  // This file is src/runner/cache.{ts,js}: the package's code is two levels up.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const walk = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?js|ts|json)$/.test(entry.name)) {
        const stats = statSync(path, { throwIfNoEntry: false });
        if (stats) hash.update(`${path}\0${stats.size}\0${stats.mtimeMs}\0`);
      }
    }
  };
  for (const part of ['src', 'transforms']) walk(join(root, part));
  identity = hash.digest('base64url');
  return identity;
}

/** Makes the cache directory, marked so that git and backup tools leave it alone (like Ruff's). */
function prepareDirectory(root: string): void {
  const directory = join(root, CACHE_DIRECTORY);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, '.gitignore'), '# Made by pycodemod.\n*\n');
  writeFileSync(join(directory, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by pycodemod.\n');
}

function isEntry(value: unknown): value is Entry {
  const entry = value as Partial<Entry> | null;
  return (
    !!entry &&
    typeof entry === 'object' &&
    typeof entry.hash === 'string' &&
    (entry.status === 'unchanged' || entry.status === 'skipped') &&
    Array.isArray(entry.findings) &&
    entry.findings.every((finding) => !!finding && typeof finding === 'object' && typeof (finding as FindingReport).transform === 'string' && typeof (finding as FindingReport).line === 'number') &&
    Array.isArray(entry.warnings) &&
    entry.warnings.every((warning) => typeof warning === 'string') &&
    (entry.reason === undefined || typeof entry.reason === 'string')
  );
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly file: string;
  private dirty = false;

  /** Opens the cache of `key` under `root`; a missing, corrupt or foreign file gives an empty cache. */
  constructor(
    private readonly root: string,
    readonly key: string,
  ) {
    this.file = join(root, CACHE_DIRECTORY, `${key.slice(0, 32)}.json`);
    let parsed: Partial<CacheFile>;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<CacheFile>;
    } catch {
      return;
    }
    if (!parsed || parsed.format !== FORMAT || parsed.key !== key || !parsed.entries || typeof parsed.entries !== 'object') return;
    for (const [path, entry] of Object.entries(parsed.entries)) if (isEntry(entry)) this.entries.set(path, entry);
  }

  /** The cached result of the file at `path` (as displayed) with these bytes' hash, or null. */
  lookup(path: string, hash: string): Omit<FileResult, 'path' | 'displayPath' | 'module' | 'milliseconds'> | null {
    const entry = this.entries.get(path);
    if (!entry || entry.hash !== hash) return null;
    return {
      status: entry.status,
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      ...(entry.skippedByComment ? { skippedByComment: true } : {}),
      findings: entry.findings,
      warnings: entry.warnings,
      written: false,
    };
  }

  /** Remembers a result when it may be replayed: an unchanged or skipped file. */
  store(path: string, hash: string, result: FileResult): void {
    if (result.status !== 'unchanged' && result.status !== 'skipped') {
      if (this.entries.delete(path)) this.dirty = true;
      return;
    }
    const previous = this.entries.get(path);
    if (previous?.hash === hash) return;
    this.entries.set(path, {
      hash,
      status: result.status,
      ...(result.reason !== undefined ? { reason: result.reason } : {}),
      ...(result.skippedByComment ? { skippedByComment: true } : {}),
      findings: result.findings,
      warnings: result.warnings,
    });
    this.dirty = true;
  }

  /** Writes the cache when it changed; a cache that cannot be written is no error. */
  save(): void {
    if (!this.dirty) return;
    const temporary = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      prepareDirectory(this.root);
      const data: CacheFile = { format: FORMAT, key: this.key, entries: Object.fromEntries(this.entries) };
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.file);
      this.dirty = false;
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  }
}

/** How many records `runs.json` keeps, most recent first: a few branches' worth of runs. */
const RECORDS_KEPT = 16;

interface RecordsFile {
  format: number;
  /** The hash of `records` as JSON: a file cut short or edited is ignored, not trusted. */
  check: string;
  records: Array<{ key: string; value: unknown }>;
}

/**
 * What a run over the same files would compute again before it reaches any file: the
 * conventions learnt from the code (a scan of every file) and the run key, which holds
 * the index phase's data (a parse of every file). Both are functions of the files' bytes
 * and the run's settings, so they are kept under a key of those, in `runs.json`: a run
 * whose files and settings are all the same replays every file without indexing any.
 */
export class RunRecords {
  private readonly file: string;
  private records: Array<{ key: string; value: unknown }> = [];

  constructor(private readonly root: string) {
    this.file = join(root, CACHE_DIRECTORY, 'runs.json');
    let parsed: Partial<RecordsFile>;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<RecordsFile>;
    } catch {
      return;
    }
    if (!parsed || parsed.format !== FORMAT || !Array.isArray(parsed.records) || parsed.check !== checksum(parsed.records)) return;
    this.records = parsed.records.filter((record) => !!record && typeof record === 'object' && typeof record.key === 'string');
  }

  /** The value recorded under `key`, or undefined. */
  lookup(key: string): unknown {
    return this.records.find((record) => record.key === key)?.value;
  }

  /** Records `value` under `key` and writes the file; a cache that cannot be written is no error. */
  remember(key: string, value: unknown): void {
    if (JSON.stringify(this.lookup(key)) === JSON.stringify(value)) return;
    this.records = [{ key, value }, ...this.records.filter((record) => record.key !== key)].slice(0, RECORDS_KEPT);
    const temporary = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      prepareDirectory(this.root);
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, check: checksum(this.records), records: this.records } satisfies RecordsFile));
      renameSync(temporary, this.file);
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  }
}

function checksum(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** A key for a record: what it is for, pycodemod's own code, and the parts given. */
export function recordKey(kind: string, parts: unknown): string {
  return createHash('sha256').update(`${kind} ${FORMAT} ${codeIdentity()}\0`).update(JSON.stringify(parts)).digest('base64url');
}
