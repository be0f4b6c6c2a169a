// The plain-data description of a run that crosses into every worker.
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
  /** The project's conventions; detected from the files and configuration when absent. */
  conventions?: ConventionsData;
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
    ...(settings.conventions ? { conventions: conventionsOf(settings.conventions) } : {}),
  };
}
