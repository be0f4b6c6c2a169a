// The native half of node-tree-sitter, reached past its JavaScript wrapper: the wrapper
// makes an object (and a native reference) for every node it returns, and a full walk
// through it costs more than the parse. The native functions take a node as six numbers
// written into a shared transfer buffer and return nodes the same way (a type id per node
// in the returned array, six numbers per node in the buffer); syntax-tree.ts keeps those
// six numbers as the node's handle. The shapes used here are those of tree-sitter 0.22
// (package-lock.json); test/syntax-tree.test.ts compares every answer with the wrapper's.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Tree } from 'tree-sitter';

/** What the binding returns for a node: its type id, or the wrapper's object for a node it holds (the root). */
export type MarshalledNode = number | HeldNode | null | undefined;

/** A node object of the wrapper: its six handle numbers as indexed properties. */
export interface HeldNode {
  readonly [index: number]: number;
  readonly typeId: number;
}

export interface NodeMethods {
  children(tree: Tree): MarshalledNode[];
  childForFieldId(tree: Tree, fieldId: number): MarshalledNode;
  parent(tree: Tree): MarshalledNode;
  endIndex(tree: Tree): number;
  descendantCount(tree: Tree): number;
  hasError(tree: Tree): boolean;
  isMissing(tree: Tree): boolean;
  type(tree: Tree): string;
  isNamed(tree: Tree): boolean;
  descendantsOfType(tree: Tree, types: readonly string[]): MarshalledNode[];
  descendantForIndex(tree: Tree, start: number, end: number): MarshalledNode;
}

export interface NativeBinding {
  NodeMethods: NodeMethods;
  /** Replaced by a larger array when a call returns more nodes than it holds: read it after each call. */
  nodeTransferArray: Uint32Array;
  getNodeFieldNamesById(language: unknown): Array<string | null>;
}

/** Numbers per node in the transfer buffer: the node's id (two), start byte, row, column, alias. */
export const HANDLE_SIZE = 6;

let binding: NativeBinding | undefined;

/** The directory of the node-tree-sitter package this thread loads. */
export function treeSitterDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('tree-sitter'));
}

/**
 * The binding node-tree-sitter loaded in this thread (each worker thread loads its own):
 * the native module in require's cache under tree-sitter's directory.
 */
export function nativeBinding(): NativeBinding {
  if (binding) return binding;
  const require = createRequire(import.meta.url);
  const directory = treeSitterDirectory();
  require('tree-sitter');
  const path = Object.keys(require.cache).find((key) => key.startsWith(directory) && key.endsWith('.node'));
  const loaded = path ? (require.cache[path]?.exports as Partial<NativeBinding> | undefined) : undefined;
  const methods = loaded?.NodeMethods;
  if (!loaded || !methods || !(loaded.nodeTransferArray instanceof Uint32Array) || typeof methods.children !== 'function' || typeof methods.descendantsOfType !== 'function' || typeof methods.descendantCount !== 'function') {
    throw new Error('tree-sitter: this version of the node binding is not supported (pycodemod needs tree-sitter 0.22)');
  }
  binding = loaded as NativeBinding;
  return binding;
}
