// The scope model: scopes, bindings and references as `analyzeScopes` (scopes.ts)
// builds them, and the queries the renaming and extracting transforms ask of them.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { BUILTIN_NAMES } from './builtins.js';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export type BindingKind =
  | 'assignment'
  | 'augmented'
  | 'annotation'
  | 'parameter'
  | 'import'
  | 'function'
  | 'class'
  | 'for'
  | 'with'
  | 'except'
  | 'walrus'
  | 'match'
  | 'delete';

/** A place where a name is bound: the identifier node and how it binds. */
export interface BindingSite {
  node: SyntaxNode;
  kind: BindingKind;
}

/** One name in one scope, with every place that binds it and every read that finds it. */
export interface Binding {
  name: string;
  scope: Scope;
  sites: BindingSite[];
  references: Reference[];
}

/** An identifier that is read (or deleted), and what it resolves to. */
export interface Reference {
  node: SyntaxNode;
  /** The scope the identifier occurs in (where lookup starts). */
  scope: Scope;
  /** Null for builtins and for globals that are never bound (or come from `import *`). */
  binding: Binding | null;
  builtin: boolean;
}

/** Calls that make a scope's names observable by string, so renaming them is unsafe. */
export interface DynamicUses {
  locals: boolean;
  vars: boolean;
  eval: boolean;
  exec: boolean;
  globals: boolean;
  getframe: boolean;
  /** `super()` without arguments: the method relies on its `__class__` cell. */
  zeroArgumentSuper: boolean;
}

export class Scope {
  readonly children: Scope[] = [];
  readonly bindings = new Map<string, Binding>();
  readonly globalNames = new Set<string>();
  readonly nonlocalNames = new Set<string>();
  /** Every reference whose identifier occurs directly in this scope. */
  readonly references: Reference[] = [];
  readonly dynamic: DynamicUses = { locals: false, vars: false, eval: false, exec: false, globals: false, getframe: false, zeroArgumentSuper: false };
  /** `from m import *` at this scope: its names are not fully known. */
  starImport = false;

  constructor(
    readonly kind: ScopeKind,
    /** The module, class, function, lambda or comprehension node. */
    readonly node: SyntaxNode,
    readonly parent: Scope | null,
  ) {
    parent?.children.push(this);
  }

  /** The module scope at the top of this scope's chain. */
  module(): Scope {
    let scope: Scope = this;
    while (scope.parent) scope = scope.parent;
    return scope;
  }

  /** The function or class name, when the scope has one. */
  get name(): string | undefined {
    return this.node.childForFieldName('name')?.text;
  }

  /** Function-like scopes: where locals live (function, lambda, comprehension). */
  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  private visible: readonly Scope[] | undefined;

  /**
   * Scopes whose names a lookup from here can find, innermost first (class scopes only
   * when they are this one). Made once: a scope's parents never change, and every name
   * read in it is looked up through them.
   */
  visibleScopes(): readonly Scope[] {
    if (!this.visible) {
      const chain: Scope[] = [this];
      for (let scope = this.parent; scope; scope = scope.parent) {
        if (scope.kind !== 'class') chain.push(scope);
      }
      this.visible = chain;
    }
    return this.visible;
  }

  /** This scope and every scope nested in it. */
  *descendants(): Generator<Scope> {
    yield this;
    for (const child of this.children) yield* child.descendants();
  }

  /** Parameters, in order, for function and lambda scopes. */
  parameters(): Binding[] {
    return [...this.bindings.values()].filter((binding) => binding.sites.some((site) => site.kind === 'parameter'));
  }

  /**
   * Names this scope (or a scope inside it) reads or rebinds that belong to an
   * enclosing function scope: its closure variables.
   */
  freeNames(): Set<string> {
    const free = new Set<string>();
    const isOuter = (owner: Scope | undefined) => !!owner && owner.kind !== 'module' && isStrictAncestor(owner, this);
    for (const scope of this.descendants()) {
      for (const reference of scope.references) {
        if (isOuter(reference.binding?.scope)) free.add(reference.node.text);
      }
      for (const name of scope.nonlocalNames) {
        const binding = scope.visibleScopes().slice(1).find((outer) => outer.bindings.has(name))?.bindings.get(name);
        if (isOuter(binding?.scope)) free.add(name);
      }
    }
    return free;
  }
}

function isStrictAncestor(candidate: Scope, scope: Scope): boolean {
  for (let current = scope.parent; current; current = current.parent) if (current === candidate) return true;
  return false;
}

export interface ScopeOptions {
  /** Resolve names inside string annotations (`x: "Node"`). Default false. */
  stringAnnotations?: boolean;
  /**
   * The outline only: module level and class bodies, each function a scope of its own
   * with nothing walked inside it (no parameters, bindings or reads), for what resolves
   * definitions and bases across modules without paying for every function body.
   */
  outline?: boolean;
  /**
   * Walks the body of only the functions it accepts; the others are scopes with their
   * parameters and nothing inside (their defaults and annotations are still read where
   * the function is defined). Default: every function.
   */
  walkBody?: (definition: SyntaxNode) => boolean;
}

export interface ScopeAnalysis {
  module: Scope;
  /** Every scope, in document order. */
  scopes: Scope[];
  /** The binding an identifier node binds or refers to (by its start index). */
  bindingAt(node: SyntaxNode): Binding | null;
  /** The innermost scope whose node contains `node`. */
  scopeOf(node: SyntaxNode): Scope;
}

/** Every identifier node of a binding: where it is bound and where it is read. */
export function occurrences(binding: Binding): SyntaxNode[] {
  const nodes = [...binding.sites.map((site) => site.node), ...binding.references.map((reference) => reference.node)];
  const unique = new Map(nodes.map((node) => [node.startIndex, node]));
  return [...unique.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * Whether binding `name` in `scope` (or renaming something to it there) would collide:
 * the name is already bound in a scope visible from `scope`, bound or read anywhere
 * inside `scope` (a read would be captured), or a builtin the module uses.
 */
export function nameIsTaken(scope: Scope, name: string): boolean {
  return nameConflict(scope, name) !== null;
}

/** Why `nameIsTaken(scope, name)` holds, as a phrase ("is bound in `f`"), or null when it does not. */
export function nameConflict(scope: Scope, name: string): string | null {
  for (const visible of scope.visibleScopes()) {
    if (visible.bindings.has(name) || visible.globalNames.has(name)) return `is already bound in ${describeScope(visible)}`;
  }
  for (const inner of scope.descendants()) {
    if (inner.bindings.has(name) || inner.globalNames.has(name) || inner.nonlocalNames.has(name)) return `is already bound in ${describeScope(inner)}`;
    if (inner.references.some((reference) => reference.node.text === name)) return `is already read in ${describeScope(inner)}, which would then see the renamed variable`;
  }
  if (!BUILTIN_NAMES.has(name)) return null;
  for (const inner of scope.module().descendants()) {
    if (inner.references.some((reference) => reference.builtin && reference.node.text === name)) return 'is a builtin this module uses';
  }
  return null;
}

/** `the module`, `function f`, `class C`, `a lambda`, `a comprehension`, for messages. */
export function describeScope(scope: Scope): string {
  switch (scope.kind) {
    case 'module':
      return 'the module';
    case 'lambda':
      return 'a lambda';
    case 'comprehension':
      return 'a comprehension';
    default:
      return `${scope.kind} \`${scope.name ?? '?'}\``;
  }
}
