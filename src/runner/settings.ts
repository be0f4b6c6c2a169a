// The plain-data description of a run that crosses into every worker.
import { relative, sep } from 'node:path';
import ignore from 'ignore';
import { conventionsOf, type ConventionsData } from '../engine/conventions.js';
import type { SelectedTransform } from '../engine/fix-loop.js';
import { availableTransforms, loadTransformModules, resolveChoices, type TransformChoice } from './load.js';
import type { FileSettings } from './process-file.js';

export interface RunSettings {
  choices: TransformChoice[];
  /** Absolute paths of user transform modules. */
  transformModules: string[];
  /** Apply every unsafe fix (`--unsafe`). */
  unsafe: boolean;
  /** Transforms named explicitly with `-t`: their unsafe fixes apply too. */
  explicit: string[];
  renames: Array<[string, string]>;
  write: boolean;
  diff: boolean;
  keepText: boolean;
  /** Check each rewritten file with python3's `ast` before it is written (--verify). */
  verify?: boolean;
  /** The Python interpreter for --verify (default: python3). */
  python?: string;
  /** Seconds python3 may take to answer for one file (PYCODEMOD_VERIFY_TIMEOUT; default 120). */
  verifyTimeout?: number;
  /** The project's conventions; detected from the files and configuration when absent. */
  conventions?: ConventionsData;
  /** Transforms not run on the files a pattern matches (per-file-ignores). */
  perFileIgnores?: PerFileIgnore[];
}

/** A gitignore-style pattern relative to `base` (the configuration's directory). */
export interface PerFileIgnore {
  base: string;
  pattern: string;
  ids: string[];
}

export async function selectionFor(settings: RunSettings): Promise<SelectedTransform[]> {
  const extra = await loadTransformModules(settings.transformModules);
  return resolveChoices(settings.choices, availableTransforms(extra));
}

export function fileSettings(settings: RunSettings, transforms: SelectedTransform[]): FileSettings {
  const explicit = new Set(settings.explicit);
  return {
    transforms,
    allowUnsafe: (id) => settings.unsafe || explicit.has(id),
    renames: new Map(settings.renames),
    write: settings.write,
    diff: settings.diff,
    keepText: settings.keepText,
    verify: settings.verify ?? false,
    python: settings.python ?? 'python3',
    verifyTimeout: settings.verifyTimeout ?? 120,
    ...(settings.conventions ? { conventions: conventionsOf(settings.conventions) } : {}),
    ...(settings.conventions ? lineSettingsOf(settings.conventions) : {}),
    ignoredFor: ignoredTransforms(settings.perFileIgnores ?? []),
  };
}

/** The line length a file is held to, from the conventions: `lineLimitOf` reads it. */
export function lineSettingsOf(conventions: ConventionsData): { lineLength: number; lineLengthLearnt: boolean } {
  return { lineLength: conventions.lineLength.value, lineLengthLearnt: isLearnt(conventions.lineLength.origin) };
}

/** The transforms per-file-ignores turn off for a file (absolute path). */
export function ignoredTransforms(entries: readonly PerFileIgnore[]): (path: string) => ReadonlySet<string> {
  const rules = entries.map(({ base, pattern, ids }) => ({ base, rules: ignore().add(pattern), ids }));
  return (path) => {
    const ignored = new Set<string>();
    for (const { base, rules: matcher, ids } of rules) {
      const relativePath = relative(base, path).split(sep).join('/');
      if (!relativePath || relativePath.startsWith('..')) continue;
      if (matcher.ignores(relativePath)) for (const id of ids) ignored.add(id);
    }
    return ignored;
  };
}

/** A line length from the code (or the default), not from a configuration or an override. */
export function isLearnt(origin: string): boolean {
  return origin === 'learnt' || origin === 'default';
}
