// Where a review plan's actions let their transform act in one file: the spans of the
// definitions, variables, handlers and lines they name, resolved on the file as it is
// when the plan is applied (so a plan survives edits above its targets), and the targets
// that are gone.
import type { TargetSpans } from '../engine/fix-loop.js';
import type { SourceFile } from '../engine/source.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import type { Span } from '../engine/types.js';
import { analyzeScopes } from '../python/scopes/scopes.js';
import { caughtNames, definitionPath } from './code-index.js';
import type { PlannedAction } from './plan-file.js';

/** Whether a plan's `file` names this file (paths compared from their ends, `/`-separated). */
export function sameFile(planned: string, path: string): boolean {
  const a = planned.replace(/\\/g, '/').replace(/^\.\//, '');
  const b = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

function findDefinition(root: SyntaxNode, path: string): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  const visit = (node: SyntaxNode) => {
    if (found) return;
    if ((node.type === 'function_definition' || node.type === 'class_definition') && definitionPath(node) === path) {
      found = node;
      return;
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(root);
  return found;
}

function handlersIn(node: SyntaxNode, name: string): SyntaxNode[] {
  return node.descendantsOfType('except_clause').filter((clause) => caughtNames(clause).includes(name));
}

function lineSpan(file: SourceFile, first: number, last: number): Span | null {
  const lines = file.text.split('\n');
  if (first < 1 || last > lines.length) return null;
  let start = 0;
  for (let line = 1; line < first; line++) start += (lines[line - 1] as string).length + 1;
  let end = start;
  for (let line = first; line <= last; line++) end += (lines[line - 1] as string).length + 1;
  return { start, end: Math.min(end, file.text.length) };
}

function resolveAction(file: SourceFile, action: PlannedAction, spans: Span[], missing: string[]): void {
  let scopeNode: SyntaxNode = file.root;
  if (action.target) {
    const definition = findDefinition(file.root, action.target);
    if (!definition) {
      missing.push(`the plan's target \`${action.target}\` is no longer in ${file.path}`);
      return;
    }
    scopeNode = definition;
  }
  if (action.variable) {
    const scope = analyzeScopes(file.root).scopes.find((candidate) => candidate.node === scopeNode);
    const site = scope?.bindings.get(action.variable)?.sites[0];
    if (!site) missing.push(`the plan's variable \`${action.variable}\` is no longer bound in \`${action.target ?? file.path}\``);
    else spans.push({ start: site.node.startIndex, end: site.node.endIndex });
    return;
  }
  if (action.handler) {
    const handlers = handlersIn(scopeNode, action.handler);
    if (handlers.length === 0) missing.push(`no handler of \`${action.handler}\` is left in \`${action.target ?? file.path}\``);
    for (const handler of handlers) spans.push({ start: handler.startIndex, end: handler.endIndex });
    return;
  }
  if (action.lines) {
    const span = lineSpan(file, action.lines.start, action.lines.end);
    if (!span) missing.push(`the plan's lines ${action.lines.start}-${action.lines.end} are past the end of ${file.path}`);
    else spans.push(span);
    return;
  }
  const whole = scopeNode.parent?.type === 'decorated_definition' ? scopeNode.parent : scopeNode;
  spans.push({ start: whole.startIndex, end: whole.endIndex });
}

/** The `within` function of a transform limited to the actions' targets. */
export function targetsWithin(actions: readonly PlannedAction[]): (file: SourceFile) => TargetSpans {
  return (file) => {
    const spans: Span[] = [];
    const missing: string[] = [];
    for (const action of actions) if (sameFile(action.file, file.path)) resolveAction(file, action, spans, missing);
    return { spans, missing };
  };
}
