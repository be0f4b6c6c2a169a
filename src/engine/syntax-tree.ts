// The syntax tree transforms see, in one of two forms that answer alike: copied out of
// tree-sitter in one pass (copied-tree.ts), or read from it lazily (lazy-tree.ts). Every
// property of a tree-sitter SyntaxNode is a native call that allocates a fresh object,
// and transforms read each node many times; copying every node after each parse cost more
// than the parse itself, which is right for a transform that walks every node and wasted
// on one that looks at a tenth of them.
//
// The interface is the part of tree-sitter's SyntaxNode that transforms use, with the same
// names and meanings (test/syntax-tree.test.ts compares the two on real files), so code
// written against tree-sitter's API reads the same here.
import type { Point, Tree } from 'tree-sitter';
import { copyTree, languageFacts, type CopiedTree, type LanguageFacts } from './copied-tree.js';
import { LazyTree, lazyTree } from './lazy-tree.js';

export type { Point } from 'tree-sitter';

export interface SyntaxNode {
  /** Unique among the nodes of every tree made in this thread. */
  readonly id: number;
  readonly type: string;
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  readonly isError: boolean;
  /** True when this node or a descendant is an ERROR or MISSING node. */
  readonly hasError: boolean;
  /** Half-open range in JS string indices (UTF-16 code units). */
  readonly startIndex: number;
  readonly endIndex: number;
  /** 0-based row and column; the column counts UTF-16 code units. */
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly text: string;
  readonly parent: SyntaxNode | null;
  /** Every child, named or anonymous, comments included. */
  readonly children: readonly SyntaxNode[];
  /** The named children, comments included. */
  readonly namedChildren: readonly SyntaxNode[];
  readonly childCount: number;
  readonly namedChildCount: number;
  readonly firstChild: SyntaxNode | null;
  readonly lastChild: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
  readonly previousSibling: SyntaxNode | null;
  readonly nextNamedSibling: SyntaxNode | null;
  readonly previousNamedSibling: SyntaxNode | null;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  /** The first child held under `field` (named or anonymous). */
  childForFieldName(field: string): SyntaxNode | null;
  childrenForFieldName(field: string): SyntaxNode[];
  /** The field under which the parent holds this node, or null. */
  readonly fieldName: string | null;
  /** Every descendant (this node excluded) of the given type(s), in document order. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[];
  /** The smallest node that covers `start`..`end`, as tree-sitter finds it. */
  descendantForIndex(start: number, end?: number): SyntaxNode;
  equals(other: SyntaxNode): boolean;
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** tree-sitter's own tree, kept for an incremental parse of the edited text (parse.ts). */
  readonly native: Tree;
  /**
   * Called before `native` is edited for an incremental parse: the nodes of this tree
   * may not ask tree-sitter anything after that (their handles would point into the
   * edited tree), and throw instead.
   */
  retire(): void;
}


/**
 * Which form a tree takes: the transforms of a run ask much the same of every file, so
 * what they reached of the last trees of this thread decides. Where they reach most
 * nodes (scope analysis walks them all), one cursor pass that copies everything is the
 * cheapest; where they reach few (searches for strings or brackets), reading lazily is,
 * several times over.
 */
const COPY_ABOVE = 0.3;
// Weakly held: the last tree and its native memory are freed as soon as its file is done.
let lastTree: WeakRef<CopiedTree | LazyTree> | undefined;
/** The share of nodes reached, weighted towards the last trees (1: start with copies; the lazy form must earn its place). */
let reached = 1;
let facts: LanguageFacts | undefined;

export type TreeForm = 'copied' | 'lazy';

/** Folds what the transforms reached of the last tree into the share that chooses the form. */
function reckon(): void {
  const last = lastTree?.deref();
  lastTree = undefined;
  if (!last || last.reach.made === 0) return;
  const { nodes, made } = last.reach;
  // Small trees say little about the next one.
  const weight = Math.min(1, nodes / 2000) / 2;
  reached = (1 - weight) * reached + weight * (nodes ? made / nodes : 0);
}

/** The tree transforms see of a tree-sitter tree parsed from `text` (the form as chosen above, unless given). */
export function syntaxTreeOf(tree: Tree, text: string, form?: TreeForm): SyntaxTree {
  // A tree of a given form (the project phase's outlines) says nothing of what the
  // transforms reach of the next ones, nor does a tree nobody read (parsed only to check
  // the rewritten text): counted, it pulled a default run's trees to the lazy form, whose
  // native trees outlive their files (peak memory 840-930 MB against 570 MB copied, SymPy).
  if (!form) reckon();
  let result: CopiedTree | LazyTree;
  if (form === 'copied' || (!form && reached > COPY_ABOVE)) {
    facts ??= languageFacts((tree as unknown as { language: { nodeTypeInfo: Parameters<typeof languageFacts>[0] } }).language.nodeTypeInfo);
    result = copyTree(tree, text, facts);
  } else {
    result = lazyTree(tree, text);
  }
  if (!form) lastTree = new WeakRef(result);
  return result;
}

/**
 * The tree transforms see, from one read already for another purpose (the project
 * phase's): that very tree when it is a copy, or when the form chosen is lazy (with the
 * node objects and the search it has made; what the transforms reach is counted from
 * here on, for the choice of the next form); else the same native tree, copied.
 */
export function syntaxTreeFrom(read: SyntaxTree, text: string): SyntaxTree {
  // A copy answers everything already.
  if (!(read instanceof LazyTree)) return read;
  reckon();
  if (reached > COPY_ABOVE) return syntaxTreeOf(read.native, text);
  read.countReachFromHere();
  lastTree = new WeakRef(read);
  return read;
}
