// Python's scoping rules over a tree-sitter tree: which scopes exist, which names each
// binds, and which binding every identifier that is read refers to. One walk records
// scopes, bindings and reads; a second step resolves the reads the way Python does.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { parsePython } from '../../engine/parse.js';
import { BUILTIN_NAMES } from './builtins.js';
import { Scope, type Binding, type BindingKind, type Reference, type ScopeAnalysis, type ScopeKind, type ScopeOptions } from './scope-model.js';

export * from './scope-model.js';

const DYNAMIC_CALLS = new Set(['locals', 'vars', 'eval', 'exec', 'globals']);

interface PendingRead {
  node: SyntaxNode;
  scope: Scope;
}

/** The nodes that hold statements, besides the module and class and function bodies (a `global` or an import can only stand among them). */
export const STATEMENT_CONTAINERS = new Set([
  'block', 'if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'try_statement', 'except_clause',
  'except_group_clause', 'finally_clause', 'with_statement', 'match_statement', 'case_clause',
]);

/**
 * What an outline walk without a walrus in the file visits: statements and what binds in
 * them. An expression elsewhere can only read (its own scopes, lambdas and comprehensions,
 * bind nothing outside them but by `:=`).
 */
const BINDING_NODES = new Set([
  ...STATEMENT_CONTAINERS, 'module', 'expression_statement', 'assignment', 'augmented_assignment', 'decorated_definition',
  'function_definition', 'class_definition', 'import_statement', 'import_from_statement', 'future_import_statement',
  'global_statement', 'nonlocal_statement', 'delete_statement', 'with_clause', 'with_item', 'as_pattern', 'case_pattern',
  'type_alias_statement',
]);

class ScopeBuilder {
  readonly scopes: Scope[] = [];
  readonly reads: PendingRead[] = [];
  readonly bindingByStart = new Map<number, Binding>();
  constructor(
    private readonly options: ScopeOptions,
    /** The outline of a file without `:=`: only what binds is walked (see BINDING_NODES). */
    private readonly bindingsOnly: boolean,
  ) {}

  newScope(kind: ScopeKind, node: SyntaxNode, parent: Scope | null): Scope {
    const scope = new Scope(kind, node, parent);
    this.scopes.push(scope);
    return scope;
  }

  /**
   * Bindings are recorded during the walk and placed afterwards, once every `global`
   * and `nonlocal` declaration is known: a nested function may declare `nonlocal x`
   * before the enclosing function's `x = ...` appears.
   */
  private readonly pendingBindings: Array<{ scope: Scope; node: SyntaxNode; kind: BindingKind }> = [];

  bind(scope: Scope, node: SyntaxNode, kind: BindingKind): void {
    this.pendingBindings.push({ scope, node, kind });
  }

  private place(owner: Scope, node: SyntaxNode, kind: BindingKind): void {
    const name = node.text;
    let binding = owner.bindings.get(name);
    if (!binding) {
      binding = { name, scope: owner, sites: [], references: [] };
      owner.bindings.set(name, binding);
    }
    binding.sites.push({ node, kind });
    this.bindingByStart.set(node.startIndex, binding);
  }

  /** Places direct bindings first, then those redirected by `global` and `nonlocal`. */
  placeBindings(): void {
    const redirected = (scope: Scope, name: string) => scope.globalNames.has(name) || scope.nonlocalNames.has(name);
    for (const { scope, node, kind } of this.pendingBindings) {
      if (!redirected(scope, node.text)) this.place(scope, node, kind);
    }
    for (const { scope, node, kind } of this.pendingBindings) {
      const name = node.text;
      if (scope.globalNames.has(name)) this.place(scope.module(), node, kind);
      else if (scope.nonlocalNames.has(name)) this.place(nonlocalOwner(scope, name) ?? scope, node, kind);
    }
  }

  read(scope: Scope, node: SyntaxNode): void {
    this.reads.push({ node, scope });
  }

  /** Binds every name in an assignment target; attributes and subscripts are reads. */
  bindTarget(scope: Scope, target: SyntaxNode, kind: BindingKind): void {
    switch (target.type) {
      case 'identifier':
        this.bind(scope, target, kind);
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list':
      case 'parenthesized_expression':
      case 'list_splat_pattern':
      case 'list_splat':
      case 'as_pattern_target':
        for (const child of target.namedChildren) this.bindTarget(scope, child, kind);
        return;
      default:
        this.visit(target, scope);
    }
  }

  visitChildren(node: SyntaxNode, scope: Scope): void {
    // The named children, without a list of them for every node of the file (the
    // analysis visits them all: its garbage was a third of a rename's project phase).
    for (const child of node.children) if (child.isNamed) this.visit(child, scope);
  }

  visit(node: SyntaxNode, scope: Scope): void {
    if (this.bindingsOnly && !BINDING_NODES.has(node.type)) return;
    switch (node.type) {
      case 'identifier':
        this.read(scope, node);
        return;
      case 'comment':
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
      case 'ellipsis':
        return;
      case 'string':
        this.visitString(node, scope);
        return;
      case 'decorated_definition':
        for (const decorator of node.namedChildren.filter((child) => child.type === 'decorator')) this.visitChildren(decorator, scope);
        if (node.childForFieldName('definition')) this.visit(node.childForFieldName('definition') as SyntaxNode, scope);
        return;
      case 'function_definition':
        this.visitFunction(node, scope);
        return;
      case 'class_definition':
        this.visitClass(node, scope);
        return;
      case 'lambda':
        this.visitLambda(node, scope);
        return;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        this.visitComprehension(node, scope);
        return;
      case 'assignment': {
        const type = node.childForFieldName('type');
        const right = node.childForFieldName('right');
        if (type) this.visitAnnotation(type, scope);
        if (right) this.visit(right, scope);
        const left = node.childForFieldName('left');
        if (left) this.bindTarget(scope, left, type && !right ? 'annotation' : 'assignment');
        return;
      }
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (right) this.visit(right, scope);
        if (left?.type === 'identifier') {
          this.read(scope, left);
          this.bind(scope, left, 'augmented');
        } else if (left) this.visit(left, scope);
        return;
      }
      case 'for_statement': {
        const right = node.childForFieldName('right');
        if (right) this.visit(right, scope);
        const left = node.childForFieldName('left');
        if (left) this.bindTarget(scope, left, 'for');
        for (const field of ['body', 'alternative']) {
          const part = node.childForFieldName(field);
          if (part) this.visit(part, scope);
        }
        return;
      }
      case 'as_pattern':
        this.visitAsPattern(node, scope);
        return;
      case 'named_expression': {
        const value = node.childForFieldName('value');
        if (value) this.visit(value, scope);
        const name = node.childForFieldName('name');
        let target = scope;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        if (name) this.bind(target, name, 'walrus');
        return;
      }
      case 'import_statement':
        for (const name of node.childrenForFieldName('name')) this.bindImported(scope, name, true);
        return;
      case 'import_from_statement':
        if (node.namedChildren.some((child) => child.type === 'wildcard_import')) scope.starImport = true;
        for (const name of node.childrenForFieldName('name')) this.bindImported(scope, name, false);
        return;
      case 'future_import_statement':
        return;
      case 'global_statement':
        for (const name of node.namedChildren) if (name.type === 'identifier') scope.globalNames.add(name.text);
        return;
      case 'nonlocal_statement':
        for (const name of node.namedChildren) if (name.type === 'identifier') scope.nonlocalNames.add(name.text);
        return;
      case 'delete_statement':
        for (const target of node.namedChildren.flatMap((child) => (child.type === 'expression_list' ? child.namedChildren : [child]))) {
          if (target.type === 'identifier') {
            this.read(scope, target);
            this.bind(scope, target, 'delete');
          } else this.visit(target, scope);
        }
        return;
      case 'keyword_argument': {
        const value = node.childForFieldName('value');
        if (value) this.visit(value, scope);
        return;
      }
      case 'attribute': {
        const object = node.childForFieldName('object');
        if (object) this.visit(object, scope);
        if (object?.type === 'identifier' && object.text === 'sys' && node.childForFieldName('attribute')?.text === '_getframe') scope.dynamic.getframe = true;
        return;
      }
      case 'call':
        this.noteDynamicCall(node, scope);
        this.visitChildren(node, scope);
        return;
      case 'case_clause':
        for (const child of node.namedChildren) {
          if (child.type === 'case_pattern') this.visitPattern(child, scope);
          else this.visit(child, scope);
        }
        return;
      case 'type':
        this.visitAnnotation(node, scope);
        return;
      case 'type_alias_statement':
        this.visitChildren(node, scope);
        return;
      default:
        this.visitChildren(node, scope);
    }
  }

  private noteDynamicCall(node: SyntaxNode, scope: Scope): void {
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'identifier') return;
    const name = callee.text;
    if (DYNAMIC_CALLS.has(name)) scope.dynamic[name as 'locals' | 'vars' | 'eval' | 'exec' | 'globals'] = true;
    if (name === 'super' && (node.childForFieldName('arguments')?.namedChildCount ?? 0) === 0) {
      // The `__class__` cell belongs to the method, even when super() sits in a lambda
      // or comprehension inside it.
      let method: Scope | null = scope;
      while (method && method.kind !== 'function') method = method.parent;
      (method ?? scope).dynamic.zeroArgumentSuper = true;
    }
  }

  private bindImported(scope: Scope, name: SyntaxNode, plainImport: boolean): void {
    if (name.type === 'aliased_import') {
      const alias = name.childForFieldName('alias');
      if (alias) this.bind(scope, alias, 'import');
      return;
    }
    // `import a.b` binds `a`; `from m import a` binds `a`.
    const first = name.type === 'dotted_name' ? name.namedChild(0) : name;
    if (first && (plainImport || name.namedChildCount <= 1)) this.bind(scope, first, 'import');
  }

  private visitAsPattern(node: SyntaxNode, scope: Scope): void {
    const alias = node.childForFieldName('alias');
    for (const child of node.namedChildren) {
      if (alias && child.startIndex === alias.startIndex) continue;
      this.visit(child, scope);
    }
    const kind: BindingKind = node.parent?.type === 'except_clause' || node.parent?.type === 'except_group_clause' ? 'except' : 'with';
    if (alias) this.bindTarget(scope, alias, kind);
  }

  /** Match patterns: bare names capture; dotted names are values; class names are reads. */
  private visitPattern(node: SyntaxNode, scope: Scope): void {
    switch (node.type) {
      case 'dotted_name':
        if (node.namedChildCount === 1 && node.text !== '_') this.bind(scope, node.namedChild(0) as SyntaxNode, 'match');
        else if (node.namedChildCount > 1) this.read(scope, node.namedChild(0) as SyntaxNode);
        return;
      case 'class_pattern': {
        const [className, ...rest] = node.namedChildren;
        if (className?.type === 'dotted_name' && className.namedChild(0)) this.read(scope, className.namedChild(0) as SyntaxNode);
        for (const child of rest) this.visitPattern(child, scope);
        return;
      }
      case 'keyword_pattern':
        // The keyword names an attribute; only the value is a pattern.
        for (const child of node.namedChildren.slice(1)) this.visitPattern(child, scope);
        return;
      case 'as_pattern':
      case 'splat_pattern': {
        const children = node.namedChildren;
        for (const child of children) {
          if (child.type === 'identifier') {
            if (child.text !== '_') this.bind(scope, child, 'match');
          } else this.visitPattern(child, scope);
        }
        return;
      }
      case 'identifier':
        if (node.text !== '_') this.bind(scope, node, 'match');
        return;
      case 'string':
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        return;
      default:
        for (const child of node.namedChildren) this.visitPattern(child, scope);
    }
  }

  private visitAnnotation(node: SyntaxNode, scope: Scope): void {
    const only = node.namedChildCount === 1 ? node.namedChild(0) : null;
    if (this.options.stringAnnotations && only?.type === 'string' && !only.text.match(/^[a-zA-Z]*f/i)) {
      this.visitStringAnnotation(only, scope);
      return;
    }
    this.visitChildren(node, scope);
  }

  /** Parses a string annotation's content and reads its names at their places in the file. */
  private visitStringAnnotation(node: SyntaxNode, scope: Scope): void {
    const content = node.namedChildren.find((child) => child.type === 'string_content');
    if (!content || content.text.includes('\\')) return;
    const tree = parsePython(content.text);
    if (tree.rootNode.hasError) return;
    const offset = content.startIndex;
    const walk = (inner: SyntaxNode) => {
      if (inner.type === 'identifier' && inner.parent?.type !== 'attribute') {
        this.read(scope, shifted(inner, offset, this.rootOf(node)));
      } else if (inner.type === 'attribute') {
        const object = inner.childForFieldName('object');
        if (object) walk(object);
      } else for (const child of inner.namedChildren) walk(child);
    };
    walk(tree.rootNode);
  }

  private rootOf(node: SyntaxNode): SyntaxNode {
    let root = node;
    while (root.parent) root = root.parent;
    return root;
  }

  private visitString(node: SyntaxNode, scope: Scope): void {
    for (const child of node.children) if (child.type === 'interpolation') this.visitChildren(child, scope);
  }

  /** Decorators, defaults and annotations are evaluated where the function is defined. */
  private visitParameters(parameters: SyntaxNode | null, outer: Scope, inner: Scope): void {
    for (const parameter of parameters?.namedChildren ?? []) {
      const value = parameter.childForFieldName('value');
      const type = parameter.childForFieldName('type');
      if (type) this.visitAnnotation(type, outer);
      if (value) this.visit(value, outer);
      const name = parameterName(parameter);
      if (name) this.bind(inner, name, 'parameter');
    }
  }

  private visitFunction(node: SyntaxNode, scope: Scope): void {
    const name = node.childForFieldName('name');
    if (this.options.outline) {
      this.newScope('function', node, scope);
      if (name) this.bind(scope, name, 'function');
      return;
    }
    const returns = node.childForFieldName('return_type');
    if (returns) this.visitAnnotation(returns, scope);
    const inner = this.newScope('function', node, scope);
    this.visitParameters(node.childForFieldName('parameters'), scope, inner);
    if (name) this.bind(scope, name, 'function');
    const body = node.childForFieldName('body');
    if (body && (this.options.walkBody?.(node) ?? true)) this.visitBody(body, inner);
  }

  /** Pre-declares `global`/`nonlocal` names, which apply to the whole body wherever they stand. */
  visitBody(body: SyntaxNode, scope: Scope): void {
    const declare = (node: SyntaxNode) => {
      for (const child of node.namedChildren) {
        if (child.type === 'global_statement' || child.type === 'nonlocal_statement') this.visit(child, scope);
        else if (STATEMENT_CONTAINERS.has(child.type)) declare(child);
      }
    };
    declare(body);
    this.visitChildren(body, scope);
  }

  private visitClass(node: SyntaxNode, scope: Scope): void {
    const superclasses = node.childForFieldName('superclasses');
    if (superclasses) this.visit(superclasses, scope);
    const inner = this.newScope('class', node, scope);
    const name = node.childForFieldName('name');
    if (name) this.bind(scope, name, 'class');
    const body = node.childForFieldName('body');
    if (body) this.visitBody(body, inner);
  }

  private visitLambda(node: SyntaxNode, scope: Scope): void {
    const inner = this.newScope('lambda', node, scope);
    this.visitParameters(node.childForFieldName('parameters'), scope, inner);
    const body = node.childForFieldName('body');
    if (body) this.visit(body, inner);
  }

  /** The first iterable is evaluated outside; everything else inside the comprehension. */
  private visitComprehension(node: SyntaxNode, scope: Scope): void {
    const inner = this.newScope('comprehension', node, scope);
    const clauses = node.namedChildren.filter((child) => child.type === 'for_in_clause' || child.type === 'if_clause');
    clauses.forEach((clause, index) => {
      if (clause.type === 'if_clause') {
        this.visitChildren(clause, inner);
        return;
      }
      for (const right of clause.childrenForFieldName('right')) this.visit(right, index === 0 ? scope : inner);
      const left = clause.childForFieldName('left');
      if (left) this.bindTarget(inner, left, 'for');
    });
    for (const child of node.namedChildren) {
      if (child.type !== 'for_in_clause' && child.type !== 'if_clause') this.visit(child, inner);
    }
  }

  /** Resolves every read the way Python looks names up. */
  resolve(): void {
    for (const { node, scope } of this.reads) {
      const name = node.text;
      const binding = lookup(scope, name);
      const reference: Reference = { node, scope, binding, builtin: !binding && BUILTIN_NAMES.has(name) };
      scope.references.push(reference);
      if (binding) {
        binding.references.push(reference);
        if (!this.bindingByStart.has(node.startIndex)) this.bindingByStart.set(node.startIndex, binding);
      }
    }
  }
}

/** The identifier a parameter binds: `a`, `a: int`, `a=1`, `*args`, `**kwargs: Any`. */
export function parameterName(parameter: SyntaxNode): SyntaxNode | null {
  if (parameter.type === 'identifier') return parameter;
  if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') {
    return parameter.namedChildren.find((child) => child.type === 'identifier') ?? null;
  }
  const named = parameter.childForFieldName('name');
  if (named) return named.type === 'identifier' ? named : null;
  const first = parameter.namedChildren[0];
  return first ? parameterName(first) : null;
}

/** A node of a re-parsed string annotation, with its indices moved to the file's. */
function shifted(node: SyntaxNode, offset: number, root: SyntaxNode): SyntaxNode {
  const real = root.descendantForIndex(node.startIndex + offset, node.endIndex + offset);
  return real.startIndex === node.startIndex + offset && real.endIndex === node.endIndex + offset
    ? real
    : ({ ...node, startIndex: node.startIndex + offset, endIndex: node.endIndex + offset, text: node.text } as SyntaxNode);
}

/** The enclosing function scope that a `nonlocal name` in `scope` refers to. */
function nonlocalOwner(scope: Scope, name: string): Scope | null {
  for (let outer = scope.parent; outer; outer = outer.parent) {
    if (outer.kind === 'class') continue;
    if (outer.kind === 'module') return null;
    if (outer.nonlocalNames.has(name)) return nonlocalOwner(outer, name);
    if (!outer.globalNames.has(name) && outer.bindings.has(name)) return outer;
  }
  return null;
}

function lookup(scope: Scope, name: string): Binding | null {
  for (const visible of scope.visibleScopes()) {
    if (visible.globalNames.has(name)) return visible.module().bindings.get(name) ?? null;
    if (visible.nonlocalNames.has(name)) return nonlocalOwner(visible, name)?.bindings.get(name) ?? null;
    const binding = visible.bindings.get(name);
    if (binding) return binding;
  }
  return null;
}

// Several transforms analyse the same tree in one pass (and the project phase before
// them): the analysis of a tree is made once. Trees are dropped after their pass, and the
// analyses with them.
const analysed = new WeakMap<SyntaxNode, ScopeAnalysis>();

/** The scope analysis of the module at `root`, made once per tree (callers must not change it). */
export function analyzeScopes(root: SyntaxNode, options: ScopeOptions = {}): ScopeAnalysis {
  if (options.stringAnnotations || options.outline || options.walkBody) return buildAnalysis(root, options);
  let analysis = analysed.get(root);
  if (!analysis) analysed.set(root, (analysis = buildAnalysis(root, options)));
  return analysis;
}

/** The full analysis of `root` when one was made (by `analyzeScopes` without options), else null. */
export function analysedAlready(root: SyntaxNode): ScopeAnalysis | null {
  return analysed.get(root) ?? null;
}

function buildAnalysis(root: SyntaxNode, options: ScopeOptions): ScopeAnalysis {
  const builder = new ScopeBuilder(options, !!options.outline && !root.text.includes(':='));
  const module = builder.newScope('module', root, null);
  builder.visitBody(root, module);
  builder.placeBindings();
  builder.resolve();
  const scopes = builder.scopes;
  return {
    module,
    scopes,
    bindingAt: (node) => builder.bindingByStart.get(node.startIndex) ?? null,
    scopeOf: (node) => {
      let best = module;
      for (const scope of scopes) {
        if (scope.node.startIndex <= node.startIndex && node.endIndex <= scope.node.endIndex && scope.node.endIndex - scope.node.startIndex <= best.node.endIndex - best.node.startIndex) best = scope;
      }
      return best;
    },
  };
}
