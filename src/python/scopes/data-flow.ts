// The data flow of a block of consecutive statements of a function body (top level or
// nested in an `if`, a loop, a `try`...), from the scope analysis: which of the function's
// locals the block needs (parameters of an extracted helper), which it produces for later
// code (results), and why it cannot be extracted.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { BindingSite, Scope } from './scope-model.js';

export interface BlockFlow {
  /** Locals read in the block whose value comes from before it, in order of first use. */
  parameters: string[];
  /** Locals bound in the block and read after it, in order of binding. */
  results: string[];
  /** The block awaits: its helper must be `async def` and awaited. */
  awaits: boolean;
  /** The block ends the function with a `return`: the call site returns what the helper returns. */
  returnsLast: boolean;
  /** The block calls `super()` without arguments, which reads the function's first argument. */
  zeroArgumentSuper: boolean;
  /** Why the block cannot become a helper; empty when it can. */
  refusals: string[];
}

const NESTED = new Set(['function_definition', 'class_definition', 'lambda']);

function* ownNodes(node: SyntaxNode, includeNested = false): Generator<SyntaxNode> {
  yield node;
  for (const child of node.namedChildren) {
    if (!includeNested && NESTED.has(child.type)) continue;
    yield* ownNodes(child, includeNested);
  }
}

function inside(node: { startIndex: number }, start: number, end: number): boolean {
  return node.startIndex >= start && node.startIndex < end;
}

/**
 * Whether binding `site` surely runs before `read`: either its statement, an assignment
 * or import, ends before the read in a block that also holds the read, or it is the
 * target of the loop or `with` whose body holds the read.
 */
function bindsBefore(site: SyntaxNode, read: SyntaxNode): boolean {
  if (site.startIndex >= read.startIndex) return false;
  const holds = (node: SyntaxNode | null) => !!node && node.startIndex <= read.startIndex && read.endIndex <= node.endIndex;
  for (let node: SyntaxNode | null = site.parent; node; node = node.parent) {
    if (node.type === 'for_statement' || node.type === 'with_statement') return holds(node.childForFieldName('body'));
    if (node.parent?.type === 'block' || node.parent?.type === 'module') {
      // The whole statement runs first: in `x = f(x)` the read comes before the binding.
      return (node.type === 'expression_statement' || node.type === 'import_statement' || node.type === 'import_from_statement') && node.endIndex <= read.startIndex && holds(node.parent);
    }
  }
  return false;
}

const UNCONDITIONAL = new Set(['expression_statement', 'import_statement', 'import_from_statement', 'function_definition', 'class_definition', 'decorated_definition']);

/** Whether running `statement` to its end surely binds one of `sites` (definite assignment). */
function definitelyBinds(statement: SyntaxNode, sites: readonly SyntaxNode[]): boolean {
  const within = (node: SyntaxNode | null) => !!node && sites.some((site) => node.startIndex <= site.startIndex && site.endIndex <= node.endIndex);
  // A block binds when one of its statements does, or when it never falls through (raise, return).
  const blockBinds = (block: SyntaxNode | null): boolean => {
    const children = block?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
    return children.some((child) => definitelyBinds(child, sites)) || ['raise_statement', 'return_statement', 'continue_statement', 'break_statement'].includes(children.at(-1)?.type ?? '');
  };
  if (!within(statement)) return false;
  if (UNCONDITIONAL.has(statement.type)) return true;
  switch (statement.type) {
    case 'if_statement': {
      const clauses = statement.namedChildren.filter((child) => child.type === 'elif_clause' || child.type === 'else_clause');
      if (!clauses.some((clause) => clause.type === 'else_clause')) return false;
      return blockBinds(statement.childForFieldName('consequence')) && clauses.every((clause) => blockBinds(clause.childForFieldName(clause.type === 'else_clause' ? 'body' : 'consequence')));
    }
    case 'try_statement': {
      const handlers = statement.namedChildren.filter((child) => child.type === 'except_clause' || child.type === 'except_group_clause');
      const finallyClause = statement.namedChildren.find((child) => child.type === 'finally_clause');
      const handlerBody = (handler: SyntaxNode) => handler.namedChildren.find((child) => child.type === 'block') ?? null;
      if (finallyClause && blockBinds(finallyClause.namedChildren.find((child) => child.type === 'block') ?? null)) return true;
      return blockBinds(statement.childForFieldName('body')) && handlers.every((handler) => blockBinds(handlerBody(handler)));
    }
    case 'with_statement':
      return within(statement.namedChildren.find((child) => child.type === 'with_clause') ?? null) || blockBinds(statement.childForFieldName('body'));
    default:
      return false;
  }
}

/** Whether one of `sites` surely ran before `point` in the function `scope`. */
function surelyBoundBefore(point: SyntaxNode, sites: readonly SyntaxNode[], scope: Scope): boolean {
  for (let node: SyntaxNode | null = point; node && node.id !== scope.node.id; node = node.parent) {
    const parent: SyntaxNode | null = node.parent;
    if ((parent?.type === 'for_statement' || parent?.type === 'with_statement') && parent.childForFieldName('body')?.id === node.id) {
      const header = parent.type === 'for_statement' ? parent.childForFieldName('left') : parent.namedChildren.find((child) => child.type === 'with_clause');
      if (header && sites.some((site) => header.startIndex <= site.startIndex && site.endIndex <= header.endIndex)) return true;
    }
    if (parent?.type === 'block' && parent.namedChildren.some((sibling) => sibling.endIndex <= (node as SyntaxNode).startIndex && definitelyBinds(sibling, sites))) return true;
  }
  return false;
}

/**
 * The outermost loop of the function whose body holds the block: what the block binds
 * may be read by that loop's earlier lines on the next turn, and what the loop's later
 * lines bind may reach the block.
 */
function enclosingLoop(scope: Scope, statements: readonly SyntaxNode[]): SyntaxNode | undefined {
  let outermost: SyntaxNode | undefined;
  let child = statements[0];
  for (let node = child?.parent; node && node.id !== scope.node.id; child = node, node = node.parent) {
    if ((node.type === 'for_statement' || node.type === 'while_statement') && node.childForFieldName('body')?.id === child?.id) outermost = node;
  }
  return outermost;
}

/** Whether `node` opens an `async for`, `async with` or an async comprehension clause. */
function isAsyncConstruct(node: SyntaxNode): boolean {
  return (node.type === 'for_statement' || node.type === 'with_statement' || node.type === 'for_in_clause') && node.children.some((child) => child.type === 'async');
}

/** Data flow of `statements` (consecutive statements of one block) of the function `scope`. */
export function blockFlow(scope: Scope, statements: readonly SyntaxNode[]): BlockFlow {
  const start = statements[0]?.startIndex ?? 0;
  const end = statements[statements.length - 1]?.endIndex ?? 0;
  const loop = enclosingLoop(scope, statements);
  const inLoop = (node: SyntaxNode) => !!loop && inside(node, loop.startIndex, loop.endIndex);
  // Later: after the block, or earlier in the loop that runs it again.
  const later = (node: SyntaxNode) => node.startIndex >= end || (inLoop(node) && node.startIndex < start);
  // Earlier: before the block, or later in the loop, from the turn before.
  const earlier = (node: SyntaxNode) => node.startIndex < start || (inLoop(node) && node.startIndex >= end);
  const flow: BlockFlow = { parameters: [], results: [], awaits: false, zeroArgumentSuper: false, returnsLast: false, refusals: [] };
  // A return that is the function's last statement moves with the block; any other leaves the helper, not the function.
  const last = statements[statements.length - 1];
  const bodyStatements = scope.node.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
  flow.returnsLast = last?.type === 'return_statement' && last.id === bodyStatements.at(-1)?.id;
  const refuse = (reason: string) => {
    if (!flow.refusals.includes(reason)) flow.refusals.push(reason);
  };

  for (const statement of statements) {
    for (const node of ownNodes(statement)) {
      if (node.type === 'return_statement' && !(flow.returnsLast && node.id === last?.id)) refuse('it returns from the function');
      if (node.type === 'yield') refuse('it yields');
      if (node.type === 'await' || isAsyncConstruct(node)) flow.awaits = true;
      if (node.type === 'call' && node.childForFieldName('function')?.text === 'super' && node.childForFieldName('arguments')?.namedChildCount === 0) flow.zeroArgumentSuper = true;
      if (node.type === 'global_statement' || node.type === 'nonlocal_statement') refuse('it declares global or nonlocal names');
    }
  }
  const dynamic = scope.dynamic;
  if (dynamic.locals || dynamic.vars || dynamic.eval || dynamic.exec || dynamic.getframe) refuse('the function inspects its locals (locals(), vars(), eval, exec or sys._getframe)');
  if (scope.globalNames.size || scope.nonlocalNames.size) refuse('the function declares global or nonlocal names');

  for (const binding of scope.bindings.values()) {
    const sitesInside = binding.sites.filter((site) => inside(site.node, start, end));
    const sitesBefore = binding.sites.filter((site) => earlier(site.node));
    const readsInside = binding.references.filter((reference) => inside(reference.node, start, end));
    // A later read that a later binding surely precedes (the target of a later loop) does not need the block's value.
    const rebound = (read: SyntaxNode) => binding.sites.some((site) => (site.node.startIndex >= end || (inLoop(site.node) && read.startIndex < start)) && bindsBefore(site.node, read));
    const readsAfter = binding.references.filter((reference) => later(reference.node) && !rebound(reference.node));
    const isParameter = binding.sites.some((site) => site.kind === 'parameter');
    if (sitesInside.some((site) => site.kind === 'delete') && readsAfter.length) refuse(`it deletes ${binding.name}, which is used later`);
    // `del x` of a value from before the block would only drop the helper's reference:
    // the caller's frame keeps the object alive (weakrefs and finalizers notice).
    else if (sitesInside.some((site) => site.kind === 'delete') && (isParameter || sitesBefore.length)) refuse(`it deletes ${binding.name}, which the function would still hold, so the object would outlive the del`);
    // Reads inside the block that no binding inside it surely precedes need the old value.
    const needsOldValue = readsInside.some((reference) => !sitesInside.some((site) => bindsBefore(site.node, reference.node)));
    const boundBefore = isParameter || surelyBoundBefore(statements[0] as SyntaxNode, sitesBefore.map((site) => site.node), scope);
    if (needsOldValue) {
      if (boundBefore) flow.parameters.push(binding.name);
      else refuse(`${binding.name} may be unbound where the helper would be called`);
    }
    // In a loop, a name the block reads before rebinding it is read again on the next turn.
    const carried = !!loop && sitesInside.length > 0 && needsOldValue;
    if (sitesInside.length && (readsAfter.length || carried)) {
      const boundInside = statements.some((statement) => definitelyBinds(statement, sitesInside.map((site) => site.node)));
      // A name only conditionally rebound inside keeps its old value: pass it in too.
      if (!boundInside && boundBefore && !flow.parameters.includes(binding.name)) flow.parameters.push(binding.name);
      if (!boundInside && !boundBefore) refuse(`${binding.name} may be unbound where the helper would return it`);
      flow.results.push(binding.name);
    }
    // A closure made outside the block that sees a name the block rebinds would see the
    // helper's copy instead: refuse.
    if (sitesInside.length) {
      const capturedOutside = binding.references.some((reference) => reference.scope !== scope && !inside(reference.node, start, end));
      if (capturedOutside) refuse(`${binding.name} is captured by a nested function and rebound in the block`);
    }
    const capturedInside = binding.references.some((reference) => reference.scope !== scope && reference.scope.kind !== 'comprehension' && inside(reference.node, start, end));
    if (capturedInside && binding.sites.some((site) => later(site.node))) refuse(`a function made in the block captures ${binding.name}, which is rebound later`);
  }
  // A value the block makes and does not return dies when the helper returns, not when
  // the function does. A result made from it may need it alive (a GDAL layer whose data
  // source is gone crashes the interpreter): refuse rather than shorten its life.
  const assignedFrom = (site: BindingSite) => {
    const assignment = site.node.parent;
    return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.id === site.node.id ? assignment.childForFieldName('right') : null;
  };
  const made = new Set<string>();
  for (const binding of scope.bindings.values()) {
    if (flow.results.includes(binding.name) || flow.parameters.includes(binding.name)) continue;
    const sitesInside = binding.sites.filter((site) => inside(site.node, start, end));
    if (sitesInside.some((site) => assignedFrom(site)?.type === 'call')) made.add(binding.name);
  }
  for (const name of flow.results) {
    for (const site of scope.bindings.get(name)?.sites ?? []) {
      const value = inside(site.node, start, end) ? assignedFrom(site) : null;
      const source = value ? [value, ...value.descendantsOfType('identifier')].find((node) => node.type === 'identifier' && made.has(node.text)) : undefined;
      if (source) refuse(`${name} is made from ${source.text}, which the helper would drop when it returns (an object may need it alive)`);
    }
  }
  const order = (name: string) => {
    const first = scope.bindings.get(name)?.references.find((reference) => inside(reference.node, start, end));
    return first?.node.startIndex ?? Number.MAX_SAFE_INTEGER;
  };
  flow.parameters.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const bindOrder = (name: string) => scope.bindings.get(name)?.sites.find((site) => inside(site.node, start, end))?.node.startIndex ?? 0;
  flow.results.sort((a, b) => bindOrder(a) - bindOrder(b));
  return flow;
}

/** break/continue that leave the block (not inside a loop of the block). */
export function leavesLoop(statements: readonly SyntaxNode[]): boolean {
  const walk = (node: SyntaxNode, inLoop: boolean): boolean => {
    if ((node.type === 'break_statement' || node.type === 'continue_statement') && !inLoop) return true;
    const loop = inLoop || node.type === 'for_statement' || node.type === 'while_statement';
    return node.namedChildren.some((child) => !NESTED.has(child.type) && walk(child, loop));
  };
  return statements.some((statement) => walk(statement, false));
}
