// Definitions whose docstring could only restate the name: a test (its name is its
// specification), a set-up or tear-down hook, an `__init__` that only stores its
// arguments, `__repr__` and `__str__`, a one-line property, a stub, a fake. They are
// left alone unless a comment of their own says more (a promoted comment).
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { isTestName } from '../conventions/tests.js';
import { enclosingClass, isProperty, type Definition, type Parameter } from '../summaries/functions.js';

/** Statements of a body, comments left out. */
function statementsOf(node: SyntaxNode): SyntaxNode[] {
  return (node.childForFieldName('body')?.namedChildren ?? []).filter((child) => child.type !== 'comment');
}

/** `pass`, `...`, `raise NotImplementedError`, `return None`: a body that does nothing yet. */
function isStubBody(statements: readonly SyntaxNode[]): boolean {
  return statements.every((statement) => {
    if (statement.type === 'pass_statement') return true;
    if (statement.type === 'expression_statement') return statement.namedChildren[0]?.type === 'ellipsis';
    if (statement.type === 'raise_statement') return /^raise\s+NotImplementedError\b/.test(statement.text);
    if (statement.type === 'return_statement') return !statement.namedChildren[0] || statement.namedChildren[0].type === 'none';
    return false;
  });
}

/** `self.x = x`, `super().__init__(...)`, `Base.__init__(self, ...)`: what an `__init__` does by rote. */
function isRoteInitStatement(statement: SyntaxNode): boolean {
  if (statement.type === 'pass_statement') return true;
  const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
  if (!expression) return false;
  if (expression.type === 'call') return /(?:^super\([^)]*\)|^[\w.]+)\.__init__$/.test(expression.childForFieldName('function')?.text ?? '');
  if (expression.type !== 'assignment') return false;
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  return left?.type === 'attribute' && (right?.type === 'identifier' || right?.type === 'none' || right?.type === 'true' || right?.type === 'false' || right?.type === 'integer' || (right?.type === 'list' && right.namedChildCount === 0) || (right?.type === 'dictionary' && right.namedChildCount === 0));
}

const FAKE_NAME = /^_*(?:Fake|Stub|Mock|Dummy|Noop|NoOp)[A-Z_]|^_*(?:fake|stub|mock|dummy)_/;

/** Why a definition gets no docstring of its own making, or undefined. */
export function silentReason(definition: Definition): string | undefined {
  const { node, name } = definition;
  if (node.type === 'class_definition') return 'a class: nothing but a comment of its own says more than its name';
  if (isTestName(name, node.type)) return /^test/.test(name) ? 'a test: its name is its specification' : 'a test set-up or tear-down';
  if (name === '__repr__' || name === '__str__') return `${name}: its name says it`;
  const statements = statementsOf(node);
  if (isStubBody(statements)) return 'a stub';
  if (name === '__init__' && statements.every(isRoteInitStatement)) return 'an __init__ that only stores its arguments';
  if (isProperty(definition) && statements.length === 1) return 'a one-line property';
  const owner = enclosingClass(definition)?.childForFieldName('name')?.text ?? '';
  if (FAKE_NAME.test(name) || FAKE_NAME.test(owner)) return 'a fake or stub';
  return undefined;
}

/**
 * How many trailing positional parameters `@mock.patch` decorators inject: one per
 * `patch(target)` or `patch.object(owner, name)` without a replacement (`new`).
 */
export function patchInjectedCount(definition: Definition): number {
  let count = 0;
  for (const decorator of definition.decorators) {
    const match = /^(?:[\w.]*\.)?patch(\.object|\.multiple|\.dict)?\((.*)\)$/s.exec(decorator);
    if (!match || match[1] === '.dict' || match[1] === '.multiple') continue;
    const positional = match[2]!.split(',').filter((part) => part.trim() && !/^\s*\w+\s*=/.test(part)).length;
    const replaced = /\bnew\s*=/.test(match[2]!) || positional > (match[1] === '.object' ? 2 : 1);
    if (!replaced) count++;
  }
  return count;
}

/** The parameters a caller passes: those `@mock.patch` injects are left out. */
export function callerParameters(definition: Definition, parameters: readonly Parameter[]): Parameter[] {
  const injected = patchInjectedCount(definition);
  if (!injected) return [...parameters];
  const positional = parameters.filter((parameter) => parameter.stars === '');
  const dropped = new Set(positional.slice(-injected).map((parameter) => parameter.name));
  return parameters.filter((parameter) => !dropped.has(parameter.name));
}
