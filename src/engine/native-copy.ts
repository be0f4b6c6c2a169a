// The native half of the tree copy (native/flatten.c, built by `npm run build`): one call
// that walks a whole tree in C and fills copied-tree.ts's arrays, instead of five or six
// N-API calls per node through node-tree-sitter's cursor. Absent (no C compiler when the
// package was built), built from another version of node-tree-sitter's sources, or turned
// off with PYCODEMOD_NATIVE=0, the copy goes through the cursor: the same arrays.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Tree } from 'tree-sitter';
import { packageRoot } from './package-root.js';
import { HANDLE_SIZE, nativeBinding, treeSitterDirectory, type HeldNode } from './tree-sitter-binding.js';

/** The arrays a copy fills, one element per node in pre-order (copied-tree.ts says what each holds). */
export interface CopyArrays {
  type: Uint16Array;
  field: Uint16Array;
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  parent: Int32Array;
  after: Int32Array;
  previous: Int32Array;
}

export interface Addon {
  treeSitterVersion: string;
  flatten(
    language: unknown,
    root: Uint32Array,
    mayHaveMissing: boolean,
    ...arrays: [Uint16Array, Uint16Array, Uint8Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array]
  ): number;
  symbols(language: unknown): [names: string[], named: boolean[]];
  trim(): boolean;
}

export interface NativeCopy {
  /** The language's symbols' names and whether they are named, by id (the error symbol, 65535, aside), and its fields' names (node-tree-sitter's table). */
  symbols(tree: Tree): { names: readonly string[]; named: readonly boolean[]; fields: ReadonlyArray<string | null> };
  /**
   * Fills `arrays` with `tree`'s nodes and returns how many there are, or -1 when the
   * arrays are too short.
   */
  copy(tree: Tree, arrays: CopyArrays): number;
}


let loaded: NativeCopy | null | undefined;
let addon: Addon | null | undefined;

/**
 * Nodes copied since memory was last given back. A thread that copies most trees it reads
 * (scope analysis, a project index) frees mostly what it is about to allocate again, its
 * trees and the copies' arrays: given back, that memory was faulted in again at once
 * (`-t all` over Nova: 12% slower, 190,000 more page faults). Over 300,000 nodes since the
 * last collection (about the nodes of 1.5 MB of source, of the 2 MB a worker handles between
 * two), the memory stays with the thread.
 */
let copiedSinceRelease = 0;
const COPYING_THREAD = 300_000;

/** Counts the nodes of a copy (copied-tree.ts), for releaseFreeMemory. */
export function noteCopied(nodes: number): void {
  copiedSinceRelease += nodes;
}

/**
 * Gives the memory malloc holds free back to the system (glibc's `malloc_trim`), when the
 * addon is there and the thread does not copy most trees it reads (above). After a
 * collection has freed dead trees, each thread's malloc arena otherwise keeps its
 * high-water mark. Says what it did.
 */
export function releaseFreeMemory(): 'released' | 'kept' | 'no addon' {
  const copied = copiedSinceRelease;
  copiedSinceRelease = 0;
  if (copied > COPYING_THREAD) return 'kept';
  if (addon === undefined) nativeCopy();
  if (!addon) return 'no addon';
  addon.trim();
  return 'released';
}

/**
 * The addon at `path` when this Node loads it and it was built from the tree-sitter
 * installed (`treeSitterVersion`, from its package.json), else null: the cursor copies.
 */
export function loadAddon(path: string, treeSitterVersion: string | undefined, load: (path: string) => unknown): Addon | null {
  let found: Addon;
  try {
    found = load(path) as Addon;
  } catch {
    // A build this Node cannot load (another platform's, a damaged file).
    return null;
  }
  // A build left from another version of tree-sitter would read its trees wrongly.
  return found && typeof found === 'object' && found.treeSitterVersion === treeSitterVersion ? found : null;
}

/** The native copy of this thread, or null when it is missing, stale or turned off. */
export function nativeCopy(): NativeCopy | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  addon = null;
  if (process.env.PYCODEMOD_NATIVE === '0') return loaded;
  const root = packageRoot();
  const path = root ? join(root.path, 'native', 'build', 'Release', 'flatten.node') : null;
  if (!path || !existsSync(path)) return loaded;
  const treeSitterManifest = join(treeSitterDirectory(), 'package.json');
  const treeSitterVersion = (JSON.parse(readFileSync(treeSitterManifest, 'utf8')) as { version?: string }).version;
  const found = loadAddon(path, treeSitterVersion, createRequire(import.meta.url));
  if (!found) return loaded;
  const native = (addon = found);
  const rootHandle = new Uint32Array(HANDLE_SIZE);
  const symbols = new WeakMap<object, ReturnType<NativeCopy['symbols']>>();
  loaded = {
    symbols(tree) {
      const grammar = (tree as unknown as { language: object }).language;
      let known = symbols.get(grammar);
      if (!known) {
        const [names, named] = native.symbols(languageOf(tree));
        symbols.set(grammar, (known = { names, named, fields: nativeBinding().getNodeFieldNamesById(grammar) }));
      }
      return known;
    },
    copy(tree, arrays) {
      // The root as node-tree-sitter's binding marshals it: six numbers on its wrapper object.
      const handle = tree.rootNode as unknown as HeldNode & { hasError: boolean };
      for (let index = 0; index < HANDLE_SIZE; index++) rootHandle[index] = handle[index] as number;
      const { type, field, flags, start, end, parent, after, previous } = arrays;
      return native.flatten(languageOf(tree), rootHandle, handle.hasError, type, field, flags, start, end, parent, after, previous);
    },
  };
  return loaded;
}

/** The language's External that the grammar's module exports, which the tree was parsed with. */
function languageOf(tree: Tree): object {
  return (tree as unknown as { language: { language: object } }).language.language;
}
