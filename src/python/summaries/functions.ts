// What a function or class definition says about itself: decorators, where it is
// defined, its documented parameters, and what its own body returns, yields and raises
// (nested functions, lambdas and classes excluded). Read from tree-sitter nodes.
import type { SyntaxNode } from '../../engine/syntax-tree.js';

export interface Parameter {
  /** The name without stars. */
  name: string;
  stars: '' | '*' | '**';
  /** The annotation as written (`'Node'`, `int | None`, `Literal["a", "b"]`). */
  annotation?: string;
  /** The default value as written. */
  default?: string;
}

/** `def` or `class`, with the statement that holds its decorators. */
export interface Definition {
  node: SyntaxNode;
  /** The decorated_definition when there are decorators, else the node itself. */
  statement: SyntaxNode;
  name: string;
  /** Decorator expressions as written, without the `@`. */
  decorators: string[];
  /** The nearest enclosing function, class or module. */
  owner: SyntaxNode;
}

export function definitionOf(node: SyntaxNode): Definition {
  const statement = node.parent?.type === 'decorated_definition' ? node.parent : node;
  const decorators = statement === node ? [] : statement.namedChildren.filter((child) => child.type === 'decorator').map(decoratorText);
  return { node, statement, name: node.childForFieldName('name')?.text ?? '', decorators, owner: ownerOf(statement) };
}

function decoratorText(decorator: SyntaxNode): string {
  return decorator.text.replace(/^@\s*/, '').trim();
}

/** The nearest enclosing function_definition, class_definition or module. */
export function ownerOf(node: SyntaxNode): SyntaxNode {
  let current = node.parent;
  while (current && current.type !== 'function_definition' && current.type !== 'class_definition' && current.type !== 'module') {
    current = current.parent;
  }
  return current ?? node;
}

/** The decorator's name without arguments or module path (`functools.wraps(f)` -> `wraps`). */
export function decoratorName(decorator: string): string {
  const callee = decorator.replace(/\(.*$/s, '');
  return callee.slice(callee.lastIndexOf('.') + 1);
}

export function hasDecorator(definition: Definition, name: string): boolean {
  return definition.decorators.some((decorator) => decoratorName(decorator) === name);
}

/** `@x.setter`, `@x.deleter`: the parts of a property that are documented on its getter. */
export function isPropertyAccessor(definition: Definition): boolean {
  return definition.decorators.some((decorator) => /^[A-Za-z_][\w]*\.(setter|deleter)$/.test(decorator));
}

export function isProperty(definition: Definition): boolean {
  return definition.decorators.some((decorator) => /(^|\.)(property|cached_property)$/.test(decorator));
}

export function isMethod(definition: Definition): boolean {
  return definition.node.type === 'function_definition' && definition.owner.type === 'class_definition';
}

export function isAsync(node: SyntaxNode): boolean {
  return node.children.some((child) => child.type === 'async');
}

/** The class a method belongs to, if any. */
export function enclosingClass(definition: Definition): SyntaxNode | undefined {
  return definition.owner.type === 'class_definition' ? definition.owner : undefined;
}

function parameterOf(node: SyntaxNode): Parameter | undefined {
  switch (node.type) {
    case 'identifier':
      return { name: node.text, stars: '' };
    case 'typed_parameter': {
      const inner = node.namedChildren.find((child) => child.type !== 'type');
      const base = inner ? parameterOf(inner) : undefined;
      const type = node.childForFieldName('type');
      return base && type ? { ...base, annotation: type.text } : base;
    }
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = node.childForFieldName('name');
      const type = node.childForFieldName('type');
      const value = node.childForFieldName('value');
      if (!name) return undefined;
      return { name: name.text, stars: '', ...(type ? { annotation: type.text } : {}), ...(value ? { default: value.text } : {}) };
    }
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern': {
      const name = node.namedChildren[0];
      return name ? { name: name.text, stars: node.type === 'list_splat_pattern' ? '*' : '**' } : undefined;
    }
    default:
      // `/` and `*` markers, tuple parameters of Python 2, comments.
      return undefined;
  }
}

/** Every parameter as written, markers (`/`, `*`) left out. */
export function allParameters(node: SyntaxNode): Parameter[] {
  const list = node.childForFieldName('parameters');
  return (list?.namedChildren ?? []).map(parameterOf).filter((parameter): parameter is Parameter => parameter !== undefined);
}

/**
 * The parameters a docstring documents: for methods the first positional parameter
 * (the instance or class, whatever its name) is left out, except for static methods.
 */
export function documentedParameters(definition: Definition): Parameter[] {
  const parameters = allParameters(definition.node);
  const bound = isMethod(definition) && !hasDecorator(definition, 'staticmethod');
  if (bound && parameters[0]?.stars === '') return parameters.slice(1);
  return parameters;
}

/** Calls `visit` for each node of the function's own body, not entering nested scopes. */
export function walkOwnBody(node: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  const body = node.childForFieldName('body');
  if (!body) return;
  const stack: SyntaxNode[] = [body];
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    for (let index = current.namedChildCount - 1; index >= 0; index--) {
      const child = current.namedChild(index)!;
      if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda' || child.type === 'decorated_definition') continue;
      stack.push(child);
    }
  }
}

export interface BodyFacts {
  /** A `return` with a value other than `None`. */
  returnsValue: boolean;
  /** The returned expressions, as written. */
  returned: string[];
  yields: boolean;
  /** The yielded expressions, as written (`yield from` ones left out). */
  yielded: string[];
  /** Exceptions raised and not caught in the same function, in order, de-duplicated. */
  raises: RaisedException[];
}

export interface RaisedException {
  /** The class as written (`ValueError`, `errors.NotFound`). */
  type: string;
  /** The message when the first argument is a plain string literal. */
  message?: string;
}

export function bodyFacts(node: SyntaxNode): BodyFacts {
  const facts: BodyFacts = { returnsValue: false, returned: [], yields: false, yielded: [], raises: [] };
  walkOwnBody(node, (current) => {
    if (current.type === 'return_statement') {
      const value = current.namedChildren[0];
      if (value && value.type !== 'none') {
        facts.returnsValue = true;
        facts.returned.push(value.text);
      }
    } else if (current.type === 'yield') {
      facts.yields = true;
      const value = current.namedChildren[0];
      if (value && !current.children.some((child) => child.type === 'from')) facts.yielded.push(value.text);
    } else if (current.type === 'raise_statement') {
      const raised = raisedException(current);
      if (raised && !isCaughtInside(current, raised.type, node)) {
        const known = facts.raises.find((item) => item.type === raised.type);
        if (!known) facts.raises.push(raised);
        else if (!known.message && raised.message) known.message = raised.message;
      }
    }
  });
  return facts;
}

/** The exception class of `raise X`, `raise X(...)`, `raise X(...) from e`; not a re-raise. */
function raisedException(statement: SyntaxNode): RaisedException | undefined {
  const expression = statement.namedChildren[0];
  if (!expression) return undefined;
  const callee = expression.type === 'call' ? expression.childForFieldName('function') : expression;
  if (!callee || (callee.type !== 'identifier' && callee.type !== 'attribute')) return undefined;
  const type = callee.text;
  // A lowercase name is an exception object held in a variable: its class is unknown.
  if (!/^[A-Z]/.test(type.slice(type.lastIndexOf('.') + 1))) return undefined;
  const first = expression.type === 'call' ? expression.childForFieldName('arguments')?.namedChildren[0] : undefined;
  const message = first?.type === 'string' ? plainStringValue(first) : undefined;
  return message ? { type, message } : { type };
}

/** The text of a string literal without prefix, escapes or interpolation, else undefined. */
export function plainStringValue(node: SyntaxNode): string | undefined {
  const start = node.children[0];
  if (!start || start.type !== 'string_start' || /[fFbB]/.test(start.text)) return undefined;
  if (node.namedChildren.some((child) => child.type === 'interpolation' || child.type === 'escape_sequence')) return undefined;
  return node.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
}

/**
 * Whether a class body sets `__doc__` itself: an assignment to `__doc__`, or `'__doc__'`
 * in its `__slots__` (a docstring there is a class variable that conflicts with the slot:
 * `ValueError` when the class is created, as in `typing._SpecialForm`).
 */
export function classSetsDoc(classNode: SyntaxNode): boolean {
  const body = classNode.childForFieldName('body');
  return (body?.namedChildren ?? []).some((statement) => {
    const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (expression?.type !== 'assignment' && expression?.type !== 'augmented_assignment') return false;
    const target = expression.childForFieldName('left')?.text;
    if (target === '__doc__') return true;
    if (target !== '__slots__') return false;
    const right = expression.childForFieldName('right');
    return (right ? [right, ...right.descendantsOfType('string')] : []).some((node) => node.type === 'string' && plainStringValue(node) === '__doc__');
  });
}

/** Builtin exceptions and their base classes, to know what a handler catches. */
const BUILTIN_BASES: ReadonlyMap<string, string> = new Map(Object.entries({
  Exception: 'BaseException', SystemExit: 'BaseException', KeyboardInterrupt: 'BaseException', GeneratorExit: 'BaseException',
  ArithmeticError: 'Exception', ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError', FloatingPointError: 'ArithmeticError',
  LookupError: 'Exception', KeyError: 'LookupError', IndexError: 'LookupError',
  OSError: 'Exception', IOError: 'Exception', EnvironmentError: 'Exception', FileNotFoundError: 'OSError', FileExistsError: 'OSError',
  PermissionError: 'OSError', IsADirectoryError: 'OSError', NotADirectoryError: 'OSError', TimeoutError: 'OSError',
  ConnectionError: 'OSError', BrokenPipeError: 'ConnectionError', ConnectionResetError: 'ConnectionError',
  ConnectionRefusedError: 'ConnectionError', ConnectionAbortedError: 'ConnectionError', InterruptedError: 'OSError',
  BlockingIOError: 'OSError', ChildProcessError: 'OSError', ProcessLookupError: 'OSError',
  ValueError: 'Exception', UnicodeError: 'ValueError', UnicodeDecodeError: 'UnicodeError', UnicodeEncodeError: 'UnicodeError',
  TypeError: 'Exception', AttributeError: 'Exception', NameError: 'Exception', UnboundLocalError: 'NameError',
  RuntimeError: 'Exception', NotImplementedError: 'RuntimeError', RecursionError: 'RuntimeError', ImportError: 'Exception',
  ModuleNotFoundError: 'ImportError', AssertionError: 'Exception', StopIteration: 'Exception', StopAsyncIteration: 'Exception',
  EOFError: 'Exception', MemoryError: 'Exception', BufferError: 'Exception', SyntaxError: 'Exception', SystemError: 'Exception',
  Warning: 'Exception', UserWarning: 'Warning', DeprecationWarning: 'Warning', RuntimeWarning: 'Warning',
}));

function catches(handlerType: string, raised: string): boolean {
  for (let current: string | undefined = raised; current; current = BUILTIN_BASES.get(current)) {
    if (current === handlerType) return true;
  }
  // An unknown class derives from Exception at least.
  return !BUILTIN_BASES.has(raised) && (handlerType === 'Exception' || handlerType === 'BaseException');
}

/** Whether a handler of an enclosing `try` of the same function catches the exception. */
function isCaughtInside(raise: SyntaxNode, type: string, functionNode: SyntaxNode): boolean {
  let child = raise;
  for (let current = raise.parent; current && current.id !== functionNode.id; child = current, current = current.parent) {
    if (current.type !== 'try_statement' || current.childForFieldName('body')?.id !== child.id) continue;
    for (const clause of current.namedChildren) {
      if (clause.type !== 'except_clause' && clause.type !== 'except_group_clause') continue;
      const caught = clause.namedChildren.find((item) => item.type !== 'block' && item.type !== 'comment');
      if (!caught) return true;
      const expression = caught.type === 'as_pattern' ? caught.namedChildren[0] : caught;
      const names = expression?.type === 'tuple' || expression?.type === 'parenthesized_expression' ? expression.namedChildren : expression ? [expression] : [];
      if (names.some((name) => catches(name.text, type))) return true;
    }
  }
  return false;
}

/**
 * The yield, send and return types of a generator's annotation (`Generator[Y, S, R]`,
 * `Iterator[Y]`, `AsyncGenerator[Y, S]`...), as written.
 */
export function generatorTypes(annotation: string | undefined): { yields?: string; returns?: string } {
  if (!annotation) return {};
  const match = /^(?:[\w.]+\.)?(Generator|AsyncGenerator|Iterator|Iterable|AsyncIterator|AsyncIterable)\[(.*)\]$/s.exec(annotation.trim());
  if (!match) return {};
  const parts = splitTopLevel(match[2]!);
  const returns = match[1] === 'Generator' ? parts[2] : undefined;
  return { ...(parts[0] ? { yields: parts[0] } : {}), ...(returns && returns !== 'None' ? { returns } : {}) };
}

/** Splits `a, b[c, d], e` at its top-level commas. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quote) {
      if (character === '\\') index++;
      else if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if ('([{'.includes(character)) depth++;
    else if (')]}'.includes(character)) depth--;
    else if (character === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

/** The attributes `self.x = ...` (or `self.x: T = ...`) set in `__init__`, in order, with annotations. */
export function initAttributes(classNode: SyntaxNode): Array<{ name: string; annotation?: string }> {
  const init = classBodyDefinitions(classNode).find((definition) => definition.name === '__init__' && definition.node.type === 'function_definition');
  if (!init) return [];
  const self = allParameters(init.node)[0];
  if (!self || self.stars !== '') return [];
  const parameterTypes = new Map(allParameters(init.node).map((parameter) => [parameter.name, parameter.annotation]));
  const attributes: Array<{ name: string; annotation?: string }> = [];
  walkOwnBody(init.node, (current) => {
    if (current.type !== 'assignment') return;
    const left = current.childForFieldName('left');
    if (left?.type !== 'attribute' || left.childForFieldName('object')?.text !== self.name) return;
    const name = left.childForFieldName('attribute')?.text;
    if (!name || attributes.some((attribute) => attribute.name === name)) return;
    const written = current.childForFieldName('type')?.text;
    const right = current.childForFieldName('right');
    const annotation = written ?? (right?.type === 'identifier' ? parameterTypes.get(right.text) : undefined);
    attributes.push(annotation ? { name, annotation } : { name });
  });
  return attributes;
}

/** The definitions directly in a class body (also inside `if` blocks of the body). */
export function classBodyDefinitions(classNode: SyntaxNode): Definition[] {
  const found: Definition[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of node.namedChildren) {
      if (child.type === 'function_definition' || child.type === 'class_definition') found.push(definitionOf(child));
      else if (child.type === 'decorated_definition') {
        const inner = child.childForFieldName('definition');
        if (inner) found.push(definitionOf(inner));
      } else if (child.type !== 'expression_statement' && /statement|clause|^block$/.test(child.type)) visit(child);
    }
  };
  const body = classNode.childForFieldName('body');
  if (body) visit(body);
  return found;
}

/** The base classes as written (`Exception`, `unittest.TestCase`), keyword arguments left out. */
export function baseClasses(classNode: SyntaxNode): string[] {
  const list = classNode.childForFieldName('superclasses');
  return (list?.namedChildren ?? []).filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment').map((child) => child.text);
}

/** The text from `def`/`class` (or `async def`) to the colon ending the header. */
export function headerText(node: SyntaxNode): string {
  const body = node.childForFieldName('body');
  const colon = body ? body.previousSibling : null;
  let end = node.endIndex;
  for (let sibling: SyntaxNode | null = colon; sibling; sibling = sibling.previousSibling) {
    if (sibling.type === ':') {
      end = sibling.endIndex;
      break;
    }
  }
  return node.text.slice(0, end - node.startIndex);
}

/**
 * The names listed in the module's `__all__` (assigned or extended with list or tuple
 * literals of plain strings), or undefined when the module has none or builds it otherwise.
 */
export function moduleExports(root: SyntaxNode): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const statement of root.namedChildren) {
    const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (!expression || (expression.type !== 'assignment' && expression.type !== 'augmented_assignment')) continue;
    if (expression.childForFieldName('left')?.text !== '__all__') continue;
    const right = expression.childForFieldName('right');
    if (!right || (right.type !== 'list' && right.type !== 'tuple')) return undefined;
    const items = right.namedChildren.filter((child) => child.type !== 'comment').map((child) => (child.type === 'string' ? plainStringValue(child) : undefined));
    if (items.some((item) => item === undefined)) return undefined;
    if (expression.type === 'assignment' || !names) names = new Set();
    for (const item of items) names.add(item!);
  }
  return names;
}

/**
 * Parameters that callers cannot pass by name: positional-only ones (before `/`),
 * `*args` and `**kwargs`. Renaming them changes nothing outside the function.
 */
export function parametersNotPassedByName(node: SyntaxNode): Set<string> {
  const list = node.childForFieldName('parameters')?.namedChildren ?? [];
  const separator = list.findIndex((child) => child.type === 'positional_separator');
  const names = new Set<string>();
  list.forEach((child, index) => {
    const parameter = parameterOf(child);
    if (parameter && (index < separator || parameter.stars !== '')) names.add(parameter.name);
  });
  return names;
}
