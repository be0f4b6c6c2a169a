// What a function's code says that its name and signature do not: the condition under
// which each exception leaves it, the early returns that do nothing or give None, what a
// `None` default stands for, the settings and environment variables it reads, a closure
// it returns. Each fact is a plain sentence a docstring can carry; a construct these
// readers do not understand yields no fact rather than a guess.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { bodyFacts, plainStringValue, walkOwnBody, type Definition } from './functions.js';

/** `x is None` -> "x is None"; undefined when the condition cannot be said briefly. */
export function conditionPhrase(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) return conditionPhrase(node.namedChildren[0]);
  if (isName(node)) return `${node.text} is set`;
  if (node.type === 'not_operator') {
    const inner = node.childForFieldName('argument');
    if (isName(inner)) return `${inner!.text} is not set`;
    const positive = inner?.type === 'call' ? callCondition(inner, true) : undefined;
    return positive;
  }
  if (node.type === 'call') return callCondition(node, false);
  if (node.type === 'comparison_operator') {
    const [left, right] = node.namedChildren;
    const operator = node.children.filter((child) => !child.isNamed).map((child) => child.text).join(' ');
    if (node.namedChildCount !== 2 || !isName(left) || !right) return undefined;
    if ((operator === 'is' || operator === 'is not') && right.type === 'none') return `${left!.text} ${operator} None`;
    if (operator === '==' || operator === '!=' || operator === 'in' || operator === 'not in' || operator === '<' || operator === '>' || operator === '<=' || operator === '>=') {
      if (isName(right) || isLiteral(right)) return `${left!.text} ${operator} ${right.text}`;
    }
  }
  return undefined;
}

/** `isinstance(x, T)`, `hasattr(x, 'a')`, `callable(x)`, negated or not. */
function callCondition(call: SyntaxNode, negated: boolean): string | undefined {
  const callee = call.childForFieldName('function')?.text;
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const [subject, second] = args;
  if (!isName(subject)) return undefined;
  const not = negated ? ' not' : '';
  if (callee === 'isinstance' && second) {
    const types = second.type === 'tuple' ? second.namedChildren.map((item) => item.text) : [second.text];
    // A class by its name (`Node`, `models.Model`, `int`): a variable holding types says nothing.
    if (!types.every((type) => /^(?:[A-Za-z_]\w*\.)*(?:_?[A-Z]\w*|int|str|bytes|float|bool|list|dict|tuple|set|frozenset|type)$/.test(type))) return undefined;
    return types.length === 1 ? `${subject!.text} is${not} a ${types[0]}` : `${subject!.text} is${not} one of ${types.join(', ')}`;
  }
  if (callee === 'hasattr' && second?.type === 'string') {
    const attribute = plainStringValue(second);
    return attribute ? `${subject!.text} has${negated ? ' no' : ' an'} attribute ${attribute}` : undefined;
  }
  if (callee === 'callable') return `${subject!.text} is${not} callable`;
  return undefined;
}

function isName(node: SyntaxNode | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'identifier') return true;
  return node.type === 'attribute' && /^[A-Za-z_][\w.]*$/.test(node.text) && node.text.length <= 40;
}

function isLiteral(node: SyntaxNode): boolean {
  if (node.type === 'string') return plainStringValue(node) !== undefined && node.text.length <= 30;
  return ['integer', 'float', 'true', 'false', 'none'].includes(node.type);
}

/**
 * The condition of the `if` whose block is `statement` alone (comments aside), when it
 * has no `else`: a raise after other statements of the block depends on them too.
 */
function guardOf(statement: SyntaxNode): SyntaxNode | undefined {
  const block = statement.parent;
  const branch = block?.parent;
  if (block?.type !== 'block' || branch?.type !== 'if_statement') return undefined;
  if (block.namedChildren.filter((child) => child.type !== 'comment').length !== 1) return undefined;
  if (branch.childForFieldName('consequence')?.id !== block.id) return undefined;
  if (branch.namedChildren.some((child) => child.type === 'elif_clause' || child.type === 'else_clause')) return undefined;
  return branch.childForFieldName('condition') ?? undefined;
}

/** Exceptions that leave the function, each with the condition that raises it when known. */
export interface RaisedFact {
  type: string;
  /** "a flavor is required" from the message, or "If x is None." from the guard. */
  description?: string;
}

/** Exceptions meant for subclasses or for the interpreter, which say nothing to a caller. */
const UNINFORMATIVE_EXCEPTIONS = new Set(['NotImplementedError', 'AssertionError', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit', 'SystemExit', 'KeyboardInterrupt']);

export function raisedFacts(definition: Definition): RaisedFact[] {
  const raised = bodyFacts(definition.node).raises.filter((item) => !UNINFORMATIVE_EXCEPTIONS.has(item.type.slice(item.type.lastIndexOf('.') + 1)));
  if (!raised.length) return [];
  const conditions = new Map<string, string[]>();
  walkOwnBody(definition.node, (node) => {
    if (node.type !== 'raise_statement') return;
    const expression = node.namedChildren[0];
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    if (!callee) return;
    // Every place that raises the class counts: one without a known guard leaves it undescribed.
    conditions.set(callee.text, [...(conditions.get(callee.text) ?? []), conditionPhrase(guardOf(node)) ?? '']);
  });
  // A class raised in several places with different messages gets none of them.
  const messages = new Map<string, Set<string>>();
  walkOwnBody(definition.node, (node) => {
    if (node.type !== 'raise_statement') return;
    const expression = node.namedChildren[0];
    if (expression?.type !== 'call') return;
    const type = expression.childForFieldName('function')?.text ?? '';
    const first = expression.childForFieldName('arguments')?.namedChildren[0];
    messages.set(type, (messages.get(type) ?? new Set()).add(first?.text ?? ''));
  });
  return raised.map((item) => {
    const single = (messages.get(item.type)?.size ?? 0) <= 1;
    if (single && item.message && item.message.trim().split(/\s+/).length >= 3) return { type: item.type, description: item.message };
    const phrases = [...new Set(conditions.get(item.type) ?? [])];
    return phrases.length === 1 && phrases[0] ? { type: item.type, description: `If ${phrases[0]}.` } : { type: item.type };
  });
}

/**
 * Guards at the top of the body that leave early: `if not x: return` ("Nothing is done
 * if x is not set.") or `if x is None: return None` in a function that returns values.
 */
export function earlyReturnFacts(definition: Definition): { nothingIf: string[]; noneIf: string[] } {
  const facts = { nothingIf: [] as string[], noneIf: [] as string[] };
  const body = definition.node.childForFieldName('body');
  const returnsValue = bodyFacts(definition.node).returnsValue;
  for (const statement of body?.namedChildren ?? []) {
    if (statement.type === 'comment' || isDocstringStatement(statement)) continue;
    if (statement.type !== 'if_statement') break;
    const consequence = statement.childForFieldName('consequence');
    const only = consequence?.namedChildren.filter((child) => child.type !== 'comment');
    const single = only?.length === 1 ? only[0] : undefined;
    if (single?.type !== 'return_statement' || statement.namedChildren.some((child) => child.type === 'elif_clause' || child.type === 'else_clause')) break;
    const value = single.namedChildren[0];
    const phrase = conditionPhrase(statement.childForFieldName('condition'));
    if (!phrase) break;
    if (!value && !returnsValue) facts.nothingIf.push(phrase);
    else if ((!value || value.type === 'none') && returnsValue) facts.noneIf.push(phrase);
    else break;
  }
  return facts;
}

function isDocstringStatement(statement: SyntaxNode): boolean {
  return statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'string';
}

/**
 * What a parameter defaulting to None stands for, from the body's first statements:
 * `if p is None: p = EXPR` or `p = p or EXPR` -> "If None, EXPR is used."
 */
export function noneDefaultMeanings(definition: Definition, names: readonly string[]): Map<string, string> {
  const meanings = new Map<string, string>();
  const body = definition.node.childForFieldName('body');
  for (const statement of body?.namedChildren ?? []) {
    if (statement.type === 'if_statement' && !statement.namedChildren.some((child) => child.type === 'elif_clause' || child.type === 'else_clause')) {
      const condition = statement.childForFieldName('condition');
      const [left, right] = condition?.namedChildren ?? [];
      const only = statement.childForFieldName('consequence')?.namedChildren.filter((child) => child.type !== 'comment');
      const assignment = only?.length === 1 && only[0]!.type === 'expression_statement' ? only[0]!.namedChildren[0] : undefined;
      if (condition?.type === 'comparison_operator' && left?.type === 'identifier' && right?.type === 'none' && /\bis\b/.test(condition.text) && !/\bnot\b/.test(condition.text)) {
        const value = assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === left.text ? assignment.childForFieldName('right') : undefined;
        if (value && names.includes(left.text) && isShortExpression(value)) meanings.set(left.text, `If None, ${value.text} is used.`);
      }
      continue;
    }
    const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (expression?.type !== 'assignment') continue;
    const target = expression.childForFieldName('left')?.text;
    const value = expression.childForFieldName('right');
    if (!target || !names.includes(target) || value?.type !== 'boolean_operator') continue;
    const [first, second] = value.namedChildren;
    if (first?.text === target && / or /.test(value.text) && second && isShortExpression(second)) meanings.set(target, `If None or empty, ${second.text} is used.`);
  }
  return meanings;
}

function isShortExpression(node: SyntaxNode): boolean {
  return node.text.length <= 40 && !node.text.includes('\n') && node.type !== 'lambda';
}

/** Objects whose UPPER_CASE attributes are the project's settings (`settings.DEBUG`). */
const SETTINGS_OBJECTS = /^(?:settings|conf|config|django_settings)$/;

/** The environment variables and settings the function reads, in order. */
export function configurationRead(definition: Definition): { environment: string[]; settings: string[]; changed: string[] } {
  const environment: string[] = [];
  /** Environment variables set or deleted: a side effect callers should know. */
  const changed: string[] = [];
  const settings: string[] = [];
  const add = (list: string[], name: string | undefined) => {
    if (name && !list.includes(name)) list.push(name);
  };
  walkOwnBody(definition.node, (node) => {
    if (node.type === 'call') {
      const callee = node.childForFieldName('function')?.text ?? '';
      const first = node.childForFieldName('arguments')?.namedChildren[0];
      if (/^(?:os\.)?(?:environ\.get|getenv)$/.test(callee) && first?.type === 'string') add(environment, plainStringValue(first));
      if (/^(?:os\.)?(?:environ\.(?:pop|setdefault)|putenv|unsetenv)$/.test(callee) && first?.type === 'string') add(changed, plainStringValue(first));
      if (callee === 'getattr' && first && SETTINGS_OBJECTS.test(first.text)) {
        const second = node.childForFieldName('arguments')?.namedChildren[1];
        const name = second?.type === 'string' ? plainStringValue(second) : undefined;
        if (name && /^[A-Z][A-Z0-9_]+$/.test(name)) add(settings, name);
      }
    } else if (node.type === 'subscript') {
      const value = node.childForFieldName('value')?.text;
      const key = node.childForFieldName('subscript');
      if ((value === 'os.environ' || value === 'environ') && key?.type === 'string') add(isWritten(node) ? changed : environment, plainStringValue(key));
    } else if (node.type === 'attribute') {
      const object = node.childForFieldName('object');
      const attribute = node.childForFieldName('attribute')?.text ?? '';
      if (object && SETTINGS_OBJECTS.test(object.text) && /^[A-Z][A-Z0-9_]+$/.test(attribute) && !isAssigned(node)) add(settings, attribute);
    }
  });
  const plain = (list: string[]) => list.filter((name) => /^\w+$/.test(name));
  return { environment: plain(environment).filter((name) => !changed.includes(name)), settings, changed: plain(changed) };
}

/** `os.environ['TZ'] = ...`, `del os.environ['TZ']`. */
function isWritten(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'delete_statement') return true;
  return (parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === node.id;
}

function isAssigned(node: SyntaxNode): boolean {
  const parent = node.parent;
  return parent?.type === 'assignment' && parent.childForFieldName('left')?.id === node.id;
}

/**
 * A closure returned: every return gives the same name, bound by a `def` of the body.
 * Its docstring summary, when it has one, says what the caller gets.
 */
export function returnedClosure(definition: Definition): { name: string; summary?: string } | undefined {
  const facts = bodyFacts(definition.node);
  const names = [...new Set(facts.returned)];
  if (names.length !== 1 || !/^[A-Za-z_]\w*$/.test(names[0]!)) return undefined;
  const body = definition.node.childForFieldName('body');
  const inner = (body?.namedChildren ?? [])
    .map((child) => (child.type === 'decorated_definition' ? child.childForFieldName('definition') : child))
    .find((child) => child?.type === 'function_definition' && child.childForFieldName('name')?.text === names[0]);
  if (!inner) return undefined;
  const docstring = inner.childForFieldName('body')?.namedChildren[0];
  const literal = docstring?.type === 'expression_statement' && docstring.namedChildren[0]?.type === 'string' ? docstring.namedChildren[0] : undefined;
  const summary = literal ? plainStringValue(literal)?.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') : undefined;
  return summary ? { name: names[0]!, summary } : { name: names[0]! };
}
