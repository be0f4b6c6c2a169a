// The syntax tree transforms see: a plain JavaScript copy of tree-sitter's tree, built in
// one cursor pass right after parsing. Every property of a tree-sitter SyntaxNode is a
// native call that allocates a fresh node object; transforms read each node many times
// (type, children, fields, parent), and on the standard library those calls cost many
// times the parse itself. The copy costs about one parse and makes every later read a
// field access. The native tree is dropped once copied.
//
// The interface is the part of tree-sitter's SyntaxNode that transforms use, with the same
// names and meanings (test/syntax-tree.test.ts compares the two on real files), so code
// written against tree-sitter's API reads the same here.
import type { Point, Tree, TreeCursor } from 'tree-sitter';

export type { Point } from 'tree-sitter';

export interface SyntaxNode {
  /** Unique among the nodes of every tree built in this thread, increasing in document order. */
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
}

/** What every node of one tree shares: the text and its line starts. */
class Document {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  point(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return { row: low, column: index - (starts[low] as number) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

const NO_CHILDREN: readonly Node[] = Object.freeze([]);
let nextId = 1;

class Node implements SyntaxNode {
  readonly id = nextId++;
  parent: Node | null = null;
  /** Position among the parent's children. */
  indexInParent = 0;
  fieldName: string | null = null;
  children: readonly Node[] = NO_CHILDREN;
  hasError = false;
  private named: Node[] | undefined;
  private byType: Map<string, Node[]> | undefined;

  constructor(
    private readonly document: Document,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get text(): string {
    return this.document.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.document.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.document.point(this.endIndex);
  }

  get namedChildren(): readonly Node[] {
    return (this.named ??= this.children.filter((child) => child.isNamed));
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  get firstChild(): Node | null {
    return this.children[0] ?? null;
  }

  get lastChild(): Node | null {
    return this.children[this.children.length - 1] ?? null;
  }

  get nextSibling(): Node | null {
    return this.parent?.children[this.indexInParent + 1] ?? null;
  }

  get previousSibling(): Node | null {
    return this.parent?.children[this.indexInParent - 1] ?? null;
  }

  get nextNamedSibling(): Node | null {
    const siblings = this.parent?.children ?? NO_CHILDREN;
    for (let index = this.indexInParent + 1; index < siblings.length; index++) {
      if ((siblings[index] as Node).isNamed) return siblings[index] as Node;
    }
    return null;
  }

  get previousNamedSibling(): Node | null {
    const siblings = this.parent?.children ?? NO_CHILDREN;
    for (let index = this.indexInParent - 1; index >= 0; index--) {
      if ((siblings[index] as Node).isNamed) return siblings[index] as Node;
    }
    return null;
  }

  child(index: number): Node | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): Node | null {
    return this.namedChildren[index] ?? null;
  }

  childForFieldName(field: string): Node | null {
    for (const child of this.children) if (child.fieldName === field) return child;
    return null;
  }

  childrenForFieldName(field: string): Node[] {
    return this.children.filter((child) => child.fieldName === field);
  }

  descendantsOfType(types: string | readonly string[]): Node[] {
    const wanted = typeof types === 'string' ? [types] : types;
    if (this.parent === null) {
      // Transforms ask the root for every node of a type, again on each pass: index once.
      const byType = (this.byType ??= indexByType(this));
      if (wanted.length === 1) return [...(byType.get(wanted[0] as string) ?? NO_CHILDREN)];
      return wanted.flatMap((type) => byType.get(type) ?? []).sort((a, b) => a.id - b.id); // ids follow document order
    }
    const found: Node[] = [];
    const stack: Node[] = [this];
    while (stack.length) {
      const node = stack.pop() as Node;
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Node);
      if (node !== this && wanted.includes(node.type)) found.push(node);
    }
    return found;
  }

  // tree-sitter's ts_node_descendant_for_byte_range: descend into the first child that
  // reaches the end of the range, ends after its start, and starts at or before it.
  descendantForIndex(start: number, end = start): Node {
    let node: Node = this;
    for (;;) {
      let next: Node | undefined;
      for (const child of node.children) {
        if (child.endIndex < end || child.endIndex <= start) continue;
        if (start < child.startIndex) break;
        next = child;
        break;
      }
      if (!next) return node;
      node = next;
    }
  }

  equals(other: SyntaxNode): boolean {
    return this === other;
  }

  toString(): string {
    return `(${this.type} ${this.startIndex}..${this.endIndex})`;
  }
}

/** Every descendant of `root` by type, in document order. */
function indexByType(root: Node): Map<string, Node[]> {
  const byType = new Map<string, Node[]>();
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Node);
    if (node === root) continue;
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
  }
  return byType;
}

/** Copies a tree-sitter tree parsed from `text`. */
export function copyTree(tree: Tree, text: string): SyntaxTree {
  const document = new Document(text);
  const cursor = tree.walk() as TreeCursor;
  // Per type id its name and named-ness, per field id its name: one native call each, once
  // per tree. MISSING nodes exist only in trees with errors, so clean trees never ask.
  const typeNames: string[] = [];
  const typeIsNamed: boolean[] = [];
  const fieldNames: (string | null)[] = [];
  const mayHaveMissing = tree.rootNode.hasError;
  const make = (): Node => {
    const typeId = cursor.nodeTypeId;
    let type = typeNames[typeId];
    if (type === undefined) {
      type = typeNames[typeId] = cursor.nodeType;
      typeIsNamed[typeId] = cursor.nodeIsNamed;
    }
    const missing = mayHaveMissing && cursor.nodeIsMissing;
    const node = new Node(document, type, typeIsNamed[typeId] as boolean, missing, cursor.startIndex, cursor.endIndex);
    if (missing || type === 'ERROR') node.hasError = true;
    return node;
  };
  const root = make();
  const stack: Node[] = [];
  const childLists: Node[][] = [];
  let parent = root;
  let children: Node[] = [];
  if (!cursor.gotoFirstChild()) return { rootNode: root };
  for (;;) {
    const node = make();
    const fieldId = cursor.currentFieldId;
    if (fieldId !== 0) node.fieldName = fieldNames[fieldId] ??= cursor.currentFieldName ?? null;
    node.parent = parent;
    node.indexInParent = children.length;
    children.push(node);
    if (cursor.gotoFirstChild()) {
      stack.push(parent);
      childLists.push(children);
      parent = node;
      children = [];
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      parent.children = children;
      if (mayHaveMissing && children.some((child) => child.hasError)) parent.hasError = true;
      if (!cursor.gotoParent() || stack.length === 0) return { rootNode: root };
      parent = stack.pop() as Node;
      children = childLists.pop() as Node[];
    }
  }
}
