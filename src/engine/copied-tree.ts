// The syntax tree copied out of tree-sitter's in one cursor pass right after parsing, into
// flat typed arrays, with a node object made only for the nodes a transform asks for.
// For transforms that walk every node (scope analysis) this is the cheapest form: the
// cursor pass makes as few native calls per node as it can (a field id only under a type
// that has fields), and the arrays hold about 30 bytes a node. Transforms that look at a
// small part of a file read the tree lazily instead (lazy-tree.ts); syntax-tree.ts picks.
import type { Point, Tree, TreeCursor } from 'tree-sitter';
import type { SyntaxNode, SyntaxTree } from './syntax-tree.js';
import { nativeCopy, noteCopied, type CopyArrays, type NativeCopy } from './native-copy.js';
import { DerivedNode, lineStartsOf, pointAt, reserveNodeIds } from './tree-common.js';

/** What every node of one tree shares: the text, its line starts, and the arrays. */
class FlatTree {
  private lineStarts: number[] | undefined;
  /** Node objects made so far, by index (pre-order, the root is 0). */
  private readonly made: Array<Node | undefined> = [];
  /** Per type id asked of the root: the indices of the nodes of that type, in document order. */
  private readonly byType = new Map<number, number[]>();

  constructor(
    readonly text: string,
    /** The first node's id: ids are `firstId + index`. */
    readonly firstId: number,
    /** Per type id its name, and whether it is named. */
    readonly typeNames: readonly string[],
    readonly typeIsNamed: readonly boolean[],
    readonly fieldNames: ReadonlyArray<string | null>,
    private readonly idsByName: ReadonlyMap<string, readonly number[]>,
    readonly type: Uint16Array,
    readonly field: Uint16Array,
    /** Bit 1: missing; bit 2: this node or a descendant is an ERROR or MISSING node. */
    readonly flags: Uint8Array,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** The parent's index, -1 for the root. */
    readonly parent: Int32Array,
    /** The index just past the node's last descendant. */
    readonly after: Int32Array,
    /** The previous sibling's index, -1 when none. */
    readonly previous: Int32Array,
  ) {}

  /** How many node objects were made. */
  madeCount = 0;

  node(index: number): Node {
    let node = this.made[index];
    if (!node) {
      this.made[index] = node = new Node(this, index);
      this.madeCount++;
    }
    return node;
  }

  nodeOrNull(index: number): Node | null {
    return index < 0 ? null : this.node(index);
  }

  /** The next sibling's index, -1 when none. */
  next(index: number): number {
    const parent = this.parent[index] as number;
    if (parent < 0) return -1;
    const after = this.after[index] as number;
    return after < (this.after[parent] as number) ? after : -1;
  }

  /**
   * The index of every descendant of the root of one type, in document order: found on
   * the first ask and kept (transforms ask the root again on each pass). Lists of the
   * types asked only: one of every type, made at once, was a tenth of what the project
   * phase of a rename allocated.
   */
  ofType(typeId: number): readonly number[] {
    let list = this.byType.get(typeId);
    if (!list) {
      list = [];
      const { type } = this;
      for (let index = 1; index < type.length; index++) if (type[index] === typeId) list.push(index);
      this.byType.set(typeId, list);
    }
    return list;
  }

  typeIds(types: string | readonly string[]): readonly number[] {
    if (typeof types === 'string') return this.idsByName.get(types) ?? NONE;
    return types.flatMap((type) => this.idsByName.get(type) ?? NONE);
  }

  point(index: number): Point {
    return pointAt((this.lineStarts ??= lineStartsOf(this.text)), index);
  }
}

const NONE: readonly number[] = Object.freeze([]);
const MISSING = 1;
/** tree-sitter's symbol for an ERROR node. */
const ERROR_SYMBOL = 65535;
const HAS_ERROR = 2;

class Node extends DerivedNode<Node> implements SyntaxNode {
  private kids: readonly Node[] | undefined;

  constructor(
    private readonly tree: FlatTree,
    private readonly index: number,
  ) {
    super();
  }

  get id(): number {
    return this.tree.firstId + this.index;
  }

  get type(): string {
    return this.tree.typeNames[this.tree.type[this.index] as number] as string;
  }

  get isNamed(): boolean {
    return this.tree.typeIsNamed[this.tree.type[this.index] as number] as boolean;
  }

  get isMissing(): boolean {
    return ((this.tree.flags[this.index] as number) & MISSING) !== 0;
  }

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get hasError(): boolean {
    return ((this.tree.flags[this.index] as number) & HAS_ERROR) !== 0;
  }

  get startIndex(): number {
    return this.tree.start[this.index] as number;
  }

  get endIndex(): number {
    return this.tree.end[this.index] as number;
  }

  get text(): string {
    return this.tree.text.slice(this.tree.start[this.index], this.tree.end[this.index]);
  }

  get startPosition(): Point {
    return this.tree.point(this.tree.start[this.index] as number);
  }

  get endPosition(): Point {
    return this.tree.point(this.tree.end[this.index] as number);
  }

  get parent(): Node | null {
    return this.tree.nodeOrNull(this.tree.parent[this.index] as number);
  }

  get fieldName(): string | null {
    return this.tree.fieldNames[this.tree.field[this.index] as number] ?? null;
  }

  get children(): readonly Node[] {
    if (!this.kids) {
      const { tree } = this;
      const end = tree.after[this.index] as number;
      const kids: Node[] = [];
      for (let child = this.index + 1; child < end; child = tree.after[child] as number) kids.push(tree.node(child));
      this.kids = kids;
    }
    return this.kids;
  }

  get firstChild(): Node | null {
    return this.index + 1 < (this.tree.after[this.index] as number) ? this.tree.node(this.index + 1) : null;
  }

  get nextSibling(): Node | null {
    return this.tree.nodeOrNull(this.tree.next(this.index));
  }

  get previousSibling(): Node | null {
    return this.tree.nodeOrNull(this.tree.previous[this.index] as number);
  }

  get nextNamedSibling(): Node | null {
    const { tree } = this;
    for (let sibling = tree.next(this.index); sibling >= 0; sibling = tree.next(sibling)) {
      if (tree.typeIsNamed[tree.type[sibling] as number]) return tree.node(sibling);
    }
    return null;
  }

  get previousNamedSibling(): Node | null {
    const { tree } = this;
    for (let sibling = tree.previous[this.index] as number; sibling >= 0; sibling = tree.previous[sibling] as number) {
      if (tree.typeIsNamed[tree.type[sibling] as number]) return tree.node(sibling);
    }
    return null;
  }

  childForFieldName(field: string): Node | null {
    const { tree } = this;
    const end = tree.after[this.index] as number;
    for (let child = this.index + 1; child < end; child = tree.after[child] as number) {
      if (tree.fieldNames[tree.field[child] as number] === field) return tree.node(child);
    }
    return null;
  }

  childrenForFieldName(field: string): Node[] {
    return this.children.filter((child) => child.fieldName === field);
  }

  descendantsOfType(types: string | readonly string[]): Node[] {
    const { tree } = this;
    const ids = tree.typeIds(types);
    if (this.index === 0) {
      const lists = ids.map((id) => tree.ofType(id)).filter((list) => list.length > 0);
      const indices = lists.length === 1 ? (lists[0] as readonly number[]) : lists.flat().sort((a, b) => a - b);
      return indices.map((index) => tree.node(index));
    }
    const found: Node[] = [];
    const end = tree.after[this.index] as number;
    if (ids.length === 1) {
      const id = ids[0] as number;
      for (let index = this.index + 1; index < end; index++) if (tree.type[index] === id) found.push(tree.node(index));
    } else {
      for (let index = this.index + 1; index < end; index++) if (ids.includes(tree.type[index] as number)) found.push(tree.node(index));
    }
    return found;
  }

  // tree-sitter's ts_node_descendant_for_byte_range: descend into the first child that
  // reaches the end of the range, ends after its start, and starts at or before it.
  descendantForIndex(start: number, end = start): Node {
    const { tree } = this;
    let node = this.index;
    for (;;) {
      let next = -1;
      const last = tree.after[node] as number;
      for (let child = node + 1; child < last; child = tree.after[child] as number) {
        const childEnd = tree.end[child] as number;
        if (childEnd < end || childEnd <= start) continue;
        if (start < (tree.start[child] as number)) break;
        next = child;
        break;
      }
      if (next < 0) return tree.node(node);
      node = next;
    }
  }
}

/** Growable scratch arrays, reused by every tree of this thread and sliced to size. */
class Scratch implements CopyArrays {
  type = new Uint16Array(1 << 14);
  field = new Uint16Array(1 << 14);
  flags = new Uint8Array(1 << 14);
  start = new Int32Array(1 << 14);
  end = new Int32Array(1 << 14);
  parent = new Int32Array(1 << 14);
  after = new Int32Array(1 << 14);
  previous = new Int32Array(1 << 14);

  ensure(size: number): void {
    if (size <= this.type.length) return;
    const length = Math.max(size, this.type.length * 2);
    const grow = <T extends Uint16Array | Uint8Array | Int32Array>(array: T, make: (length: number) => T): T => {
      const bigger = make(length);
      bigger.set(array);
      return bigger;
    };
    this.type = grow(this.type, (n) => new Uint16Array(n));
    this.field = grow(this.field, (n) => new Uint16Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.start = grow(this.start, (n) => new Int32Array(n));
    this.end = grow(this.end, (n) => new Int32Array(n));
    this.parent = grow(this.parent, (n) => new Int32Array(n));
    this.after = grow(this.after, (n) => new Int32Array(n));
    this.previous = grow(this.previous, (n) => new Int32Array(n));
  }
}

let scratch: Scratch | undefined;

/** What copying needs to know about a language; the per-id tables fill in as ids are met. */
export interface LanguageFacts {
  typeNames: string[];
  typeIsNamed: boolean[];
  fieldNames: Array<string | null>;
  /** Per type id: whether its children may sit under a field (so the field id is asked). */
  mayHaveFields: boolean[];
  /** The type ids met so far under each name (aliases may share a name). */
  idsByName: Map<string, number[]>;
  /** Types that node-types.json lists, and those of them with fields. */
  listed: ReadonlySet<string>;
  withFields: ReadonlySet<string>;
}

type NodeTypeInfo = ReadonlyArray<{ type: string; named: boolean; fields?: object }>;

/** The facts of a language from its node-types.json. */
export function languageFacts(nodeTypeInfo: NodeTypeInfo): LanguageFacts {
  const listed = new Set<string>();
  const withFields = new Set<string>();
  for (const info of nodeTypeInfo) {
    listed.add(info.type);
    if (info.named && info.fields && Object.keys(info.fields).length > 0) withFields.add(info.type);
  }
  return { typeNames: [], typeIsNamed: [], fieldNames: [], mayHaveFields: [], idsByName: new Map(), listed, withFields };
}

/**
 * Copies a tree-sitter tree parsed from `text`: in one native call (native-copy.ts), or
 * through node-tree-sitter's cursor when that is missing or `native` is null.
 */
export function copyTree(tree: Tree, text: string, facts: LanguageFacts, native = nativeCopy()): CopiedTree {
  const arrays = (scratch ??= new Scratch());
  arrays.ensure(1 << 14);
  const count = native ? copyNatively(native, tree, facts, arrays) : copyThroughCursor(tree, facts, arrays);
  noteCopied(count);
  const firstId = reserveNodeIds(count);
  const flat = new FlatTree(
    text,
    firstId,
    facts.typeNames,
    facts.typeIsNamed,
    facts.fieldNames,
    facts.idsByName,
    arrays.type.slice(0, count),
    arrays.field.slice(0, count),
    arrays.flags.slice(0, count),
    arrays.start.slice(0, count),
    arrays.end.slice(0, count),
    arrays.parent.slice(0, count),
    arrays.after.slice(0, count),
    arrays.previous.slice(0, count),
  );
  return new CopiedTree(flat, tree);
}

/** Notes a type id met for the first time: its name, whether named, whether its children may have fields. */
function meetType(facts: LanguageFacts, typeId: number, name: string, named: boolean): void {
  facts.typeNames[typeId] = name;
  facts.typeIsNamed[typeId] = named;
  // A type that node-types.json does not list (ERROR) is asked like one with fields.
  facts.mayHaveFields[typeId] = facts.withFields.has(name) || !facts.listed.has(name);
  const ids = facts.idsByName.get(name);
  if (ids) ids.push(typeId);
  else facts.idsByName.set(name, [typeId]);
}

/** The tree copied by native/flatten.c in one call; the type and field ids it met are then noted. */
function copyNatively(native: NativeCopy, tree: Tree, facts: LanguageFacts, arrays: Scratch): number {
  arrays.ensure(tree.rootNode.descendantCount);
  let count = native.copy(tree, arrays);
  while (count < 0) {
    arrays.ensure(arrays.type.length * 2);
    count = native.copy(tree, arrays);
  }
  const { names, named, fields } = native.symbols(tree);
  const { typeNames, fieldNames } = facts;
  const { type, field } = arrays;
  for (let index = 0; index < count; index++) {
    const typeId = type[index] as number;
    if (typeNames[typeId] === undefined) {
      if (typeId === ERROR_SYMBOL) meetType(facts, typeId, 'ERROR', true);
      else meetType(facts, typeId, names[typeId] as string, named[typeId] as boolean);
    }
    const fieldId = field[index] as number;
    if (fieldId !== 0 && fieldNames[fieldId] === undefined) fieldNames[fieldId] = fields[fieldId] ?? null;
  }
  return count;
}

/** The tree copied through node-tree-sitter's cursor: five or six native calls per node. */
function copyThroughCursor(tree: Tree, facts: LanguageFacts, arrays: Scratch): number {
  const { typeNames, typeIsNamed, fieldNames, mayHaveFields } = facts;
  const cursor = tree.walk() as TreeCursor;
  const mayHaveMissing = tree.rootNode.hasError;
  // The open ancestors of the current node.
  const parents: number[] = [];
  let count = 0;
  let parent = -1;
  let previous = -1;
  for (;;) {
    if (count === arrays.type.length) arrays.ensure(count + 1);
    const index = count++;
    const typeId = cursor.nodeTypeId;
    if (typeNames[typeId] === undefined) meetType(facts, typeId, cursor.nodeType, cursor.nodeIsNamed);
    arrays.type[index] = typeId;
    arrays.start[index] = cursor.startIndex;
    arrays.end[index] = cursor.endIndex;
    arrays.parent[index] = parent;
    arrays.previous[index] = previous;
    let fieldId = 0;
    if (parent >= 0 && mayHaveFields[arrays.type[parent] as number]) {
      fieldId = cursor.currentFieldId;
      if (fieldId !== 0 && fieldNames[fieldId] === undefined) fieldNames[fieldId] = cursor.currentFieldName ?? null;
    }
    arrays.field[index] = fieldId;
    let flags = 0;
    if (mayHaveMissing && cursor.nodeIsMissing) flags = MISSING | HAS_ERROR;
    if (typeNames[typeId] === 'ERROR') flags |= HAS_ERROR;
    arrays.flags[index] = flags;
    if (cursor.gotoFirstChild()) {
      parents.push(parent);
      parent = index;
      previous = -1;
      continue;
    }
    arrays.after[index] = count;
    previous = index;
    // Close every node whose last child this was.
    let closed = false;
    while (!cursor.gotoNextSibling()) {
      if (parent < 0 || !cursor.gotoParent()) {
        closed = true;
        break;
      }
      arrays.after[parent] = count;
      if (mayHaveMissing) {
        for (let child = parent + 1; child < count; child = arrays.after[child] as number) {
          if ((arrays.flags[child] as number) & HAS_ERROR) arrays.flags[parent] = (arrays.flags[parent] as number) | HAS_ERROR;
        }
      }
      previous = parent;
      parent = parents.pop() as number;
    }
    if (closed) break;
  }
  return count;
}

export class CopiedTree implements SyntaxTree {
  readonly rootNode: SyntaxNode;

  constructor(
    private readonly flat: FlatTree,
    readonly native: Tree,
  ) {
    this.rootNode = flat.node(0);
  }

  /** Nothing to do: the copy never asks tree-sitter again. */
  retire(): void {}

  /** How many nodes the tree has, and for how many a node object was made. */
  get reach(): { nodes: number; made: number } {
    return { nodes: this.flat.type.length, made: this.flat.madeCount };
  }
}
