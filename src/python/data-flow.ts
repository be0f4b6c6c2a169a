// The data flow of a block of top-level statements of a function body, from the scope
// analysis: which of the function's locals the block needs (parameters of an extracted
// helper), which it produces for later code (results), and why it cannot be extracted.
import type { SyntaxNode } from '../engine/syntax-tree.js';
import type { Scope } from './scope-model.js';

export interface BlockFlow {
  /** Locals read in the block whose value comes from before it, in order of first use. */
  parameters: string[];
  /** Locals bound in the block and read after it, in order of binding. */
  results: string[];
  /** The block awaits: its helper must be `async def` and awaited. */
  awaits: boolean;
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

/** The statement of the block that holds `node`. */
function topStatement(node: SyntaxNode, statements: readonly SyntaxNode[]): SyntaxNode | undefined {
  return statements.find((statement) => statement.startIndex <= node.startIndex && node.endIndex <= statement.endIndex);
}

/**
 * Whether binding `site` surely runs before `read`: it stands earlier and either is an
 * assignment at the block's top level, or is the target of the loop or `with` whose
 * body holds the read.
 */
function bindsBefore(site: SyntaxNode, read: SyntaxNode, statements: readonly SyntaxNode[]): boolean {
  if (site.startIndex >= read.startIndex) return false;
  const statement = topStatement(site, statements);
  if (!statement) return false;
  if (statement.type === 'expression_statement' || statement.type === 'import_statement' || statement.type === 'import_from_statement') return true;
  for (let node: SyntaxNode | null = site.parent; node && node !== statement.parent; node = node.parent) {
    if (node.type === 'for_statement' || node.type === 'with_statement') {
      const body = node.childForFieldName('body');
      return !!body && body.startIndex <= read.startIndex && read.endIndex <= body.endIndex;
    }
    if (node.type === 'block') return false;
  }
  return false;
}

/** Data flow of `statements` (consecutive top-level statements) of the function `scope`. */
export function blockFlow(scope: Scope, statements: readonly SyntaxNode[]): BlockFlow {
  const start = statements[0]?.startIndex ?? 0;
  const end = statements[statements.length - 1]?.endIndex ?? 0;
  const flow: BlockFlow = { parameters: [], results: [], awaits: false, refusals: [] };
  const refuse = (reason: string) => {
    if (!flow.refusals.includes(reason)) flow.refusals.push(reason);
  };

  for (const statement of statements) {
    for (const node of ownNodes(statement)) {
      if (node.type === 'return_statement') refuse('it returns from the function');
      if (node.type === 'yield') refuse('it yields');
      if (node.type === 'await') flow.awaits = true;
      if (node.type === 'global_statement' || node.type === 'nonlocal_statement') refuse('it declares global or nonlocal names');
    }
  }
  const dynamic = scope.dynamic;
  if (dynamic.locals || dynamic.vars || dynamic.eval || dynamic.exec || dynamic.getframe) refuse('the function inspects its locals (locals(), vars(), eval, exec or sys._getframe)');
  if (scope.globalNames.size || scope.nonlocalNames.size) refuse('the function declares global or nonlocal names');

  for (const binding of scope.bindings.values()) {
    const sitesInside = binding.sites.filter((site) => inside(site.node, start, end));
    const sitesBefore = binding.sites.filter((site) => site.node.startIndex < start);
    const readsInside = binding.references.filter((reference) => inside(reference.node, start, end));
    const readsAfter = binding.references.filter((reference) => reference.node.startIndex >= end);
    const isParameter = binding.sites.some((site) => site.kind === 'parameter');
    if (sitesInside.some((site) => site.kind === 'delete') && readsAfter.length) refuse(`it deletes ${binding.name}, which is used later`);
    // Reads inside the block that no binding inside it surely precedes need the old value.
    const needsOldValue = readsInside.some((reference) => !sitesInside.some((site) => bindsBefore(site.node, reference.node, statements)));
    if (needsOldValue) {
      if (isParameter || sitesBefore.length) flow.parameters.push(binding.name);
      else refuse(`${binding.name} may be unbound where the helper would be called`);
    }
    if (sitesInside.length && readsAfter.length) {
      // A name only conditionally rebound inside keeps its old value: pass it in too.
      if ((isParameter || sitesBefore.length) && !flow.parameters.includes(binding.name)) flow.parameters.push(binding.name);
      flow.results.push(binding.name);
    }
    // A closure made outside the block that sees a name the block rebinds would see the
    // helper's copy instead: refuse.
    if (sitesInside.length) {
      const capturedOutside = binding.references.some((reference) => reference.scope !== scope && !inside(reference.node, start, end));
      if (capturedOutside) refuse(`${binding.name} is captured by a nested function and rebound in the block`);
    }
    const capturedInside = binding.references.some((reference) => reference.scope !== scope && reference.scope.kind !== 'comprehension' && inside(reference.node, start, end));
    if (capturedInside && binding.sites.some((site) => site.node.startIndex >= end)) refuse(`a function made in the block captures ${binding.name}, which is rebound later`);
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
