// Turning transform ids and user transform files into selected transforms; shared by the
// main thread and the workers so both resolve exactly the same selection.
import { pathToFileURL } from 'node:url';
import { InputError } from '../engine/errors.js';
import { selectTransforms } from '../engine/project.js';
import type { SelectedTransform } from '../engine/fix-loop.js';
import type { AnyTransform } from '../engine/types.js';
import type { PlannedAction } from '../review/plan-file.js';
import { targetsWithin } from '../review/targets.js';
import { transforms as builtins } from '../../transforms/index.js';

export interface TransformChoice {
  id: string;
  /** Raw option overrides, already validated on the main thread. */
  options: Record<string, unknown>;
  /** A review plan's actions: the transform acts on their targets only. */
  targets?: PlannedAction[];
  /** Renames for this transform alone (a review plan's), instead of the run's. */
  renames?: Array<[string, string]>;
}

/** Transform selection errors: unknown ids, broken user transform files. */
export class TransformLoadError extends InputError {
  override name = 'TransformLoadError';
}

function looksLikeTransform(value: unknown): value is AnyTransform {
  const candidate = value as Partial<AnyTransform> | null;
  return !!candidate && typeof candidate.id === 'string' && typeof candidate.find === 'function';
}

/**
 * `import()` of a user's module. Code that V8 took from its code cache (the command
 * line's bundle, compile-cache.ts) cannot import dynamically: the module that ran the
 * bundle lends its own `import()` under this symbol.
 */
function importModule(url: string): Promise<Record<string, unknown>> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('pycodemod.import')] as ((specifier: string) => Promise<Record<string, unknown>>) | undefined;
  return lent ? lent(url) : (import(url) as Promise<Record<string, unknown>>);
}

/** Loads user transform modules (their default export, or every exported transform). */
export async function loadTransformModules(paths: readonly string[]): Promise<AnyTransform[]> {
  const loaded: AnyTransform[] = [];
  for (const path of paths) {
    let module: Record<string, unknown>;
    try {
      module = await importModule(pathToFileURL(path).href);
    } catch (error) {
      throw new TransformLoadError(`cannot load transform file ${path}: ${(error as Error).message}`);
    }
    const found = looksLikeTransform(module.default) ? [module.default] : Object.values(module).filter(looksLikeTransform);
    if (found.length === 0) throw new TransformLoadError(`${path} exports no transform (an object with id and find)`);
    loaded.push(...found);
  }
  return loaded;
}

export function availableTransforms(extra: readonly AnyTransform[] = []): AnyTransform[] {
  return [...builtins, ...extra];
}

export function resolveChoices(choices: readonly TransformChoice[], available: readonly AnyTransform[]): SelectedTransform[] {
  const selected = selectTransforms(
    choices.map(({ id, options }) => {
      const transform = available.find((candidate) => candidate.id === id);
      if (!transform) throw new TransformLoadError(`unknown transform '${id}'; valid: ${available.map((item) => item.id).join(', ')}`);
      return { transform, options };
    }),
  );
  return selected.map((selection, i) => {
    const { targets, renames } = choices[i] as TransformChoice;
    return { ...selection, ...(targets ? { within: targetsWithin(targets) } : {}), ...(renames ? { renames: new Map(renames) } : {}) };
  });
}
