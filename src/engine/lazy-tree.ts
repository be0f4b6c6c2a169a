// The syntax tree read lazily from tree-sitter's own: a node object is made only for the
// nodes a transform reaches, and each fact about a node is asked of tree-sitter only when
// first read. A transform that looks at a small part of a file (quote-style at its
// strings, trailing-commas at its brackets: a tenth of the nodes or less) pays for that
// part only; a walk over every node costs about twice the copy (copied-tree.ts), which
// syntax-tree.ts picks for transforms that walk.
//
// tree-sitter's JavaScript nodes are not used as they are: every property of one is a
// native call that makes a fresh object, identity is lost between two calls, and the
// binding keeps a native reference for each. Here one native call hands over all the
// children of a node at once (a child's handle is six numbers, see tree-sitter-binding.ts),
// each node is made once (identity holds: `a === b` for the same node), and its type,
// start, end, parent, children and fields are remembered once read.
import type { Point, Tree, TreeCursor } from 'tree-sitter';
import type { SyntaxNode, SyntaxTree } from './syntax-tree.js';
import { DerivedNode, lineStartsOf, pointAt, reserveNodeIds } from './tree-common.js';
import { HANDLE_SIZE, nativeBinding, type HeldNode, type MarshalledNode } from './tree-sitter-binding.js';

/** Per language: type names, whether named, field names and ids (filled as ids are met). */
interface LanguageTables {
  typeNames: string[];
  typeIsNamed: boolean[];
  fieldNames: Array<string | null>;
  fieldIds: Map<string, number>;
}

const tables = new WeakMap<object, LanguageTables>();
const NO_NODES: readonly Node[] = Object.freeze([]);

/**
 * How often each type is asked of a root, over the last trees of this thread (a moving
 * average: 1 when every tree asks it). A tree searches in one pass for the types most
 * trees ask (the transforms of a run ask much the same of every file) and answers each
 * question from that search. A type few trees ask has a search of its own: counted in,
 * `identifier` (asked by variable-names of the few files it analyses) made every later
 * tree's one search hand over every name of the file.
 */
const askedShare = new Map<string, number>();
const SHARE_KEPT = 0.9;
/** Asked of at least this share of trees: in the common search. */
const COMMON_SHARE = 0.5;

/** One search of a tree for several types: what tree-sitter returned, and the handles. */
interface Search {
  types: ReadonlySet<string>;
  found: readonly MarshalledNode[];
  handles: Uint32Array;
}

const UNKNOWN = -1;
const NO_PARENT = -2;
/** Flags: whether hasError / isMissing were asked, and the answers. */
const ERROR_ASKED = 1;
const HAS_ERROR = 2;
const MISSING_ASKED = 4;
const IS_MISSING = 8;

/**
 * One parsed tree: tree-sitter's, the text, and what is known of the nodes made so far,
 * in arrays indexed by each node's slot (the order the nodes were made in).
 */
export class LazyTree implements SyntaxTree {
  readonly rootNode: Node;
  /** The node of each slot. */
  private readonly nodes: Node[] = [];
  /** Six numbers per node (see HANDLE_SIZE). */
  private handles = new Uint32Array(64 * HANDLE_SIZE);
  typeIds = new Uint16Array(64);
  starts = new Int32Array(64);
  /** UNKNOWN until asked. */
  ends = new Int32Array(64);
  /** The parent's slot: UNKNOWN until asked, NO_PARENT for the root. */
  parents = new Int32Array(64);
  /** The position among the parent's children: UNKNOWN until the parent's children are made. */
  positions = new Int32Array(64);
  flags = new Uint8Array(64);
  /** The slots of the nodes made, by their native id (its low bits; see nativeKey)... */
  private readonly byNativeId = new Map<number, number>();
  /** ...or by the whole id, for a node whose low bits another node has. */
  private readonly byWholeId = new Map<number, number>();
  private search: Search | undefined;
  private readonly answers = new Map<string, readonly Node[]>();
  private lineStarts: number[] | undefined;
  private cursor: TreeCursor | undefined;
  private retired = false;
  readonly binding = nativeBinding();
  readonly methods = this.binding.NodeMethods;
  readonly tables: LanguageTables;

  constructor(
    readonly native: Tree,
    readonly text: string,
  ) {
    const language = (native as unknown as { language: object }).language;
    let known = tables.get(language);
    if (!known) {
      const fieldNames = this.binding.getNodeFieldNamesById(language);
      const fieldIds = new Map<string, number>();
      fieldNames.forEach((name, id) => name !== null && fieldIds.set(name, id));
      tables.set(language, (known = { typeNames: [], typeIsNamed: [], fieldNames, fieldIds }));
    }
    this.tables = known;
    const root = native.rootNode as unknown as HeldNode;
    this.rootNode = this.make(root.typeId, Uint32Array.from({ length: HANDLE_SIZE }, (_, index) => root[index] as number), 0);
    this.parents[0] = NO_PARENT;
    this.nodeCount = this.methods.descendantCount(this.marshal(0));
  }

  private readonly nodeCount: number;

  private madeBefore = 0;

  /** How many nodes the tree has, and for how many a node object was made (since `countReachFromHere`). */
  get reach(): { nodes: number; made: number } {
    return { nodes: this.nodeCount, made: this.nodes.length - this.madeBefore };
  }

  /** Counts the nodes made from now on only: what another reader of the tree reached says nothing of the transforms. */
  countReachFromHere(): void {
    this.madeBefore = this.nodes.length;
  }

  retire(): void {
    this.retired = true;
  }

  /** Writes a node's handle where the binding reads its argument; returns the native tree. */
  marshal(slot: number): Tree {
    if (this.retired) throw new Error('a node of a tree edited for re-parsing was read');
    const transfer = this.binding.nodeTransferArray;
    const from = slot * HANDLE_SIZE;
    for (let index = 0; index < HANDLE_SIZE; index++) transfer[index] = this.handles[from + index] as number;
    return this.native;
  }

  node(slot: number): Node {
    return this.nodes[slot] as Node;
  }

  /**
   * A native id as a small integer (a key V8 hashes fast): ids are addresses of 8-byte
   * aligned slots, so their low 32 bits without the 3 zero bits. Two ids may share them.
   */
  private static nativeKey(handles: Uint32Array, offset: number): number {
    return (handles[offset] as number) >>> 3;
  }

  private static wholeId(handles: Uint32Array, offset: number): number {
    return (handles[offset + 1] as number) * 0x100000000 + (handles[offset] as number);
  }

  /** The node a native call returned; `offset` is where its handle sits in `handles`. */
  unmarshal(value: MarshalledNode, handles: Uint32Array, offset: number): Node | null {
    if (value === null || value === undefined) return null;
    // The only node the wrapper holds is the root (it made it for us).
    if (typeof value === 'object') return this.rootNode;
    const slot = this.byNativeId.get(LazyTree.nativeKey(handles, offset));
    if (slot === undefined) return this.make(value, handles, offset);
    if (this.handles[slot * HANDLE_SIZE + 1] === handles[offset + 1] && this.handles[slot * HANDLE_SIZE] === handles[offset]) return this.nodes[slot] as Node;
    const other = this.byWholeId.get(LazyTree.wholeId(handles, offset));
    return other === undefined ? this.make(value, handles, offset) : (this.nodes[other] as Node);
  }

  /** The nodes of a native call that returns several. */
  unmarshalAll(values: readonly MarshalledNode[]): Node[] {
    const transfer = this.binding.nodeTransferArray;
    const nodes: Node[] = [];
    let offset = 0;
    for (const value of values) {
      const node = this.unmarshal(value, transfer, offset);
      if (typeof value === 'number') offset += HANDLE_SIZE;
      if (node) nodes.push(node);
    }
    return nodes;
  }

  private make(typeId: number, handles: Uint32Array, offset: number): Node {
    if (this.tables.typeNames[typeId] === undefined) this.learnType(typeId, handles, offset);
    const slot = this.nodes.length;
    if (slot === this.typeIds.length) this.grow();
    for (let index = 0; index < HANDLE_SIZE; index++) this.handles[slot * HANDLE_SIZE + index] = handles[offset + index] as number;
    this.typeIds[slot] = typeId;
    this.starts[slot] = (handles[offset + 2] as number) >>> 1;
    this.ends[slot] = UNKNOWN;
    this.parents[slot] = UNKNOWN;
    this.positions[slot] = UNKNOWN;
    const node = new Node(this, slot);
    this.nodes.push(node);
    const key = LazyTree.nativeKey(handles, offset);
    if (this.byNativeId.has(key)) this.byWholeId.set(LazyTree.wholeId(handles, offset), slot);
    else this.byNativeId.set(key, slot);
    return node;
  }

  private grow(): void {
    const size = this.typeIds.length * 2;
    const larger = <T extends Uint8Array | Uint16Array | Int32Array | Uint32Array>(array: T, make: (length: number) => T, factor = 1): T => {
      const copy = make(size * factor);
      copy.set(array);
      return copy;
    };
    this.handles = larger(this.handles, (length) => new Uint32Array(length), HANDLE_SIZE);
    this.typeIds = larger(this.typeIds, (length) => new Uint16Array(length));
    this.starts = larger(this.starts, (length) => new Int32Array(length));
    this.ends = larger(this.ends, (length) => new Int32Array(length));
    this.parents = larger(this.parents, (length) => new Int32Array(length));
    this.positions = larger(this.positions, (length) => new Int32Array(length));
    this.flags = larger(this.flags, (length) => new Uint8Array(length));
  }

  private learnType(typeId: number, handles: Uint32Array, offset: number): void {
    const transfer = this.binding.nodeTransferArray;
    // The buffer may hold the other nodes of the call being read.
    const saved = transfer.slice(0, HANDLE_SIZE);
    transfer.set(handles.subarray(offset, offset + HANDLE_SIZE));
    this.tables.typeNames[typeId] = this.methods.type(this.native);
    this.tables.typeIsNamed[typeId] = this.methods.isNamed(this.native);
    this.binding.nodeTransferArray.set(saved);
  }

  /** The children of a node, made and placed. */
  childrenOf(slot: number): Node[] {
    const kids = this.unmarshalAll(this.methods.children(this.marshal(slot)));
    for (let index = 0; index < kids.length; index++) {
      const kid = kids[index] as Node;
      this.parents[kid.slot] = slot;
      this.positions[kid.slot] = index;
    }
    return kids;
  }

  /** The field id of each child of a node, in order (0: none), from one cursor pass. */
  fieldIdsOf(slot: number, count: number): Uint16Array {
    const cursor = (this.cursor ??= this.native.walk());
    this.marshal(slot);
    (cursor as unknown as { reset(): void }).reset();
    const ids = new Uint16Array(count);
    if (cursor.gotoFirstChild()) {
      let index = 0;
      do ids[index++] = cursor.currentFieldId;
      while (cursor.gotoNextSibling());
    }
    return ids;
  }

  /** The types asked of this tree's root so far: each counts once per tree in `askedShare`. */
  private readonly asked = new Set<string>();

  /** Every descendant of the root of one of `types`, in document order. */
  rootDescendantsOfType(types: readonly string[]): readonly Node[] {
    const key = types.join(' ');
    let answer = this.answers.get(key);
    if (answer) return answer;
    if (this.asked.size === 0) for (const [type, share] of askedShare) askedShare.set(type, share * SHARE_KEPT);
    for (const type of types) {
      if (this.asked.has(type)) continue;
      this.asked.add(type);
      askedShare.set(type, (askedShare.get(type) ?? 0) + (1 - SHARE_KEPT));
    }
    if (!this.search) {
      const all = [...new Set([...types, ...[...askedShare].filter(([, share]) => share >= COMMON_SHARE).map(([type]) => type)])];
      const found = this.methods.descendantsOfType(this.marshal(0), all);
      const count = found.filter((value) => typeof value === 'number').length;
      this.search = { types: new Set(all), found, handles: this.binding.nodeTransferArray.slice(0, count * HANDLE_SIZE) };
    }
    const { search } = this;
    if (types.every((type) => search.types.has(type))) {
      const wanted = new Set(types);
      const nodes: Node[] = [];
      let offset = 0;
      for (const value of search.found) {
        if (typeof value === 'number') {
          if (this.tables.typeNames[value] === undefined) this.learnType(value, search.handles, offset);
          if (wanted.has(this.tables.typeNames[value] as string)) nodes.push(this.unmarshal(value, search.handles, offset) as Node);
          offset += HANDLE_SIZE;
        }
      }
      answer = nodes;
    } else {
      // A type this tree's search did not include (asked for the first time in this thread).
      answer = this.rootNode.nativeDescendantsOfType(types);
    }
    this.answers.set(key, answer);
    return answer;
  }

  point(index: number): Point {
    return pointAt((this.lineStarts ??= lineStartsOf(this.text)), index);
  }
}

class Node extends DerivedNode<Node> implements SyntaxNode {
  readonly id = reserveNodeIds(1);
  private kids: readonly Node[] | undefined;
  private kidFields: Uint16Array | undefined;

  constructor(
    private readonly tree: LazyTree,
    readonly slot: number,
  ) {
    super();
  }

  get type(): string {
    return this.tree.tables.typeNames[this.tree.typeIds[this.slot] as number] as string;
  }

  get isNamed(): boolean {
    return this.tree.tables.typeIsNamed[this.tree.typeIds[this.slot] as number] as boolean;
  }

  private flag(asked: number, answer: number, ask: (tree: Tree) => boolean): boolean {
    const { tree, slot } = this;
    if (!((tree.flags[slot] as number) & asked)) tree.flags[slot] = (tree.flags[slot] as number) | asked | (ask(tree.marshal(slot)) ? answer : 0);
    return ((tree.flags[slot] as number) & answer) !== 0;
  }

  get isMissing(): boolean {
    return this.flag(MISSING_ASKED, IS_MISSING, this.tree.methods.isMissing);
  }

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get hasError(): boolean {
    return this.flag(ERROR_ASKED, HAS_ERROR, this.tree.methods.hasError);
  }

  get startIndex(): number {
    return this.tree.starts[this.slot] as number;
  }

  get endIndex(): number {
    const { tree, slot } = this;
    if (tree.ends[slot] === UNKNOWN) tree.ends[slot] = tree.methods.endIndex(tree.marshal(slot));
    return tree.ends[slot] as number;
  }

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.tree.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.tree.point(this.endIndex);
  }

  get parent(): Node | null {
    const { tree, slot } = this;
    if (tree.parents[slot] === UNKNOWN) {
      const parent = tree.unmarshal(tree.methods.parent(tree.marshal(slot)), tree.binding.nodeTransferArray, 0);
      tree.parents[slot] = parent ? parent.slot : NO_PARENT;
    }
    const parent = tree.parents[slot] as number;
    return parent === NO_PARENT ? null : tree.node(parent);
  }

  /** The parent, with its children made (so that this node knows its place among them). */
  private placedParent(): Node | null {
    const parent = this.parent;
    if (parent && this.tree.positions[this.slot] === UNKNOWN) void parent.children;
    return parent;
  }

  private get position(): number {
    return this.tree.positions[this.slot] as number;
  }

  get fieldName(): string | null {
    const parent = this.placedParent();
    if (!parent) return null;
    return this.tree.tables.fieldNames[parent.fieldIds()[this.position] as number] ?? null;
  }

  /** The field id of each child (0: none). */
  fieldIds(): Uint16Array {
    return (this.kidFields ??= this.tree.fieldIdsOf(this.slot, this.children.length));
  }

  get children(): readonly Node[] {
    if (!this.kids) {
      const kids = this.tree.childrenOf(this.slot);
      this.kids = kids.length ? kids : NO_NODES;
    }
    return this.kids;
  }

  get firstChild(): Node | null {
    return this.children[0] ?? null;
  }

  /** The sibling `step` places away, or null. */
  private sibling(step: number): Node | null {
    const parent = this.placedParent();
    if (!parent) return null;
    return parent.children[this.position + step] ?? null;
  }

  get nextSibling(): Node | null {
    return this.sibling(1);
  }

  get previousSibling(): Node | null {
    return this.sibling(-1);
  }

  get nextNamedSibling(): Node | null {
    const siblings = this.placedParent()?.children ?? NO_NODES;
    for (let index = this.position + 1; index < siblings.length; index++) if (siblings[index]?.isNamed) return siblings[index] as Node;
    return null;
  }

  get previousNamedSibling(): Node | null {
    const siblings = this.placedParent()?.children ?? NO_NODES;
    for (let index = this.position - 1; index >= 0; index--) if (siblings[index]?.isNamed) return siblings[index] as Node;
    return null;
  }

  childForFieldName(field: string): Node | null {
    const { tree } = this;
    const id = tree.tables.fieldIds.get(field);
    if (id === undefined) return null;
    if (this.kids) {
      const index = this.kids.length === 0 ? -1 : this.fieldIds().indexOf(id);
      return index < 0 ? null : (this.kids[index] as Node);
    }
    // Children not made yet: tree-sitter hands over the one child asked for (a definition's
    // body is asked of most definitions, and nothing else of many), placed among its
    // siblings only when they are made.
    const child = tree.unmarshal(tree.methods.childForFieldId(tree.marshal(this.slot), id), tree.binding.nodeTransferArray, 0);
    if (child) tree.parents[child.slot] = this.slot;
    return child;
  }

  childrenForFieldName(field: string): Node[] {
    const id = this.tree.tables.fieldIds.get(field);
    if (id === undefined || this.children.length === 0) return [];
    const ids = this.fieldIds();
    return this.children.filter((_, index) => ids[index] === id);
  }

  descendantsOfType(types: string | readonly string[]): Node[] {
    const list = typeof types === 'string' ? [types] : types;
    if (this.slot === 0) return [...this.tree.rootDescendantsOfType(list)];
    return this.nativeDescendantsOfType(list);
  }

  /** tree-sitter's answer, without this node itself (which tree-sitter includes when its type is asked). */
  nativeDescendantsOfType(types: readonly string[]): Node[] {
    const { tree } = this;
    const found = tree.unmarshalAll(tree.methods.descendantsOfType(tree.marshal(this.slot), types));
    return found[0] === this ? found.slice(1) : found;
  }

  descendantForIndex(start: number, end = start): Node {
    const { tree } = this;
    const value = tree.methods.descendantForIndex(tree.marshal(this.slot), start, end);
    return tree.unmarshal(value, tree.binding.nodeTransferArray, 0) ?? this;
  }
}

/** The tree of `tree`, parsed from `text`, read as transforms ask. */
export function lazyTree(tree: Tree, text: string): LazyTree {
  return new LazyTree(tree, text);
}
