// A block of statements of a function moved into a helper: where the helper goes and how
// it is called (a module function; a method through its receiver; a static method
// through its class; a nested function right after the one it comes from), its text
// re-indented to the helper's body, and the edits. Shared by split-functions'
// paragraph mode and its line mode.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { Edit } from '../../engine/types.js';
import { plainStringValue } from '../summaries/functions.js';
import type { SourceFile } from '../../engine/source.js';
import { blockFlow, leavesLoop, type BlockFlow } from './data-flow.js';
import { promisesValue } from '../words/helper-names.js';
import type { Scope } from './scope-model.js';

/** How the helper is defined and called, from the kind of function it comes from. */
export type Placement =
  | { kind: 'function' | 'nested' }
  | { kind: 'method' | 'classmethod'; receiver: string }
  | { kind: 'staticmethod'; className: string };

export interface ExtractionRequest {
  /** The function that holds the block. */
  scope: Scope;
  /** Consecutive statements of one block of that function. */
  statements: SyntaxNode[];
  /** What the call replaces and the helper receives: whole lines, comments included. */
  start: number;
  end: number;
  /** Where the helper's text starts when not at `start` (a heading comment that becomes its docstring). */
  textStart?: number;
  name: string;
  /** The helper's docstring, a sentence; none when undefined. */
  docstring?: string;
  /**
   * For a block of a method of a module-level class that uses neither its receiver nor
   * `super()`: a private module function after the class instead of a method (a public
   * class's subclasses cannot meet it). Refused when the block needs the method.
   */
  moduleFunction?: boolean;
}

/** Where a block ending with `statement` ends: with the comment that follows it on its line, if any. */
export function blockEnd(file: SourceFile, statement: SyntaxNode): number {
  const lineEnd = file.lineEnd(statement.endIndex);
  return /^[ \t]*#/.test(file.text.slice(statement.endIndex, lineEnd)) ? lineEnd : statement.endIndex;
}

/** What a helper may take and give back, and the line length it keeps to. */
export interface ExtractionLimits {
  /**
   * For a helper made without being asked for (paragraph mode): the most arguments it
   * takes (its receiver not counted) and values it returns; it then fills in no argument
   * and is passed no mock or `*args`/`**kwargs` bundle either.
   */
  readable?: { maxParameters: number; maxResults: number };
  /** The project's line length: the call, the signature and the docstring keep to it. */
  lineLength?: number;
}

/**
 * `head(items)` as one line, or wrapped after the opening bracket when longer than
 * `limit`, the way the file wraps: the closing bracket on a line of its own when the file
 * puts it there (black), else after the last item. Null when even that does not fit.
 */
function wrapped(file: SourceFile, indent: string, head: string, items: readonly string[], tail: string, limit: number | undefined): string | null {
  const line = `${indent}${head}(${items.join(', ')})${tail}`;
  if (limit === undefined || line.length <= limit || items.length === 0) return line;
  const unit = /\n\t/.test(file.text) ? '\t' : '    ';
  const blackStyle = /\n[ \t]*\)(?::|$| ->)/m.test(file.text);
  // PEP 8: a signature's wrapped parameters take a second indent, apart from the body.
  const inner = `${indent}${unit}${tail.endsWith(':') && !blackStyle ? unit : ''}`;
  const eol = file.eol;
  const fits = (text: string) => text.split(eol).every((part) => part.length <= limit);
  // Black leaves no trailing comma when the items fit on one line of their own.
  const together = blackStyle
    ? `${indent}${head}(${eol}${inner}${items.join(', ')}${eol}${indent})${tail}`
    : `${indent}${head}(${eol}${inner}${items.join(', ')})${tail}`;
  if (fits(together)) return together;
  // One item a line when they do not fit on one.
  const apart = blackStyle
    ? `${indent}${head}(${eol}${items.map((item) => `${inner}${item},`).join(eol)}${eol}${indent})${tail}`
    : `${indent}${head}(${eol}${items.map((item) => `${inner}${item}`).join(`,${eol}`)})${tail}`;
  return fits(apart) ? apart : null;
}

/** A function's parameter annotations by name, and its return annotation. */
function annotationsOf(functionNode: SyntaxNode): { parameters: Map<string, string>; returns: string | undefined } {
  const parameters = new Map<string, string>();
  for (const parameter of functionNode.childForFieldName('parameters')?.namedChildren ?? []) {
    const type = parameter.childForFieldName('type');
    const name = parameter.type === 'typed_default_parameter' ? parameter.childForFieldName('name') : parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier') : undefined;
    if (type && name) parameters.set(name.text, type.text);
  }
  return { parameters, returns: functionNode.childForFieldName('return_type')?.text };
}

/**
 * The helper's annotations, in a function that is annotated (a typed module's helpers are
 * typed too: pyOpenSSL's and Twisted's maintainers asked for them): each parameter takes
 * the caller's annotation of the same parameter, all or none; the return is the caller's
 * when the helper returns what the caller returned, `None` when it returns nothing.
 */
function helperAnnotations(functionNode: SyntaxNode, parameters: readonly string[], flow: BlockFlow): { parameters: string[]; returns: string } {
  const caller = annotationsOf(functionNode);
  const plain = { parameters: [...parameters], returns: '' };
  if (caller.parameters.size === 0 && caller.returns === undefined) return plain;
  if (!parameters.every((parameter) => caller.parameters.has(parameter))) return plain;
  const returns = flow.returnsLast ? caller.returns : flow.results.length === 0 ? 'None' : undefined;
  return { parameters: parameters.map((parameter) => `${parameter}: ${caller.parameters.get(parameter)}`), returns: returns ? ` -> ${returns}` : '' };
}

/** Methods that fill in a list, dict or set in place. */
const MUTATORS = new Set(['append', 'extend', 'insert', 'update', 'add', 'setdefault', 'pop', 'popitem', 'remove', 'discard', 'clear', 'sort', 'reverse', 'appendleft', 'extendleft', 'popleft']);

/** The arguments the block fills in as outputs: items set or deleted, or a list, dict or set changed in place. */
function filledArguments(statements: readonly SyntaxNode[], parameters: readonly string[]): string[] {
  const filled = new Set<string>();
  const subscriptBase = (node: SyntaxNode | null): string | undefined => {
    let current = node;
    while (current?.type === 'subscript') current = current.childForFieldName('value');
    return current?.type === 'identifier' ? current.text : undefined;
  };
  for (const statement of statements) {
    for (const node of statement.descendantsOfType(['assignment', 'augmented_assignment', 'delete_statement', 'call'])) {
      if (node.type === 'call') {
        const callee = node.childForFieldName('function');
        const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
        if (object?.type === 'identifier' && MUTATORS.has(callee?.childForFieldName('attribute')?.text ?? '')) filled.add(object.text);
        continue;
      }
      const targets = node.type === 'delete_statement' ? node.namedChildren : [node.childForFieldName('left')];
      for (const target of targets.flatMap((item) => (item?.type === 'subscript' ? [item] : (item?.descendantsOfType('subscript') ?? [])))) {
        const base = subscriptBase(target);
        if (base) filled.add(base);
      }
    }
  }
  return parameters.filter((parameter) => filled.has(parameter));
}

/** Arguments a reader must not lose sight of: mocks, and the function's own `*args`/`**kwargs` bundles. */
function opaqueArguments(scope: Scope, parameters: readonly string[]): string[] {
  // Each `@mock.patch(...)` decorator passes one more mock, after the other arguments.
  const patches = decoratorsOf(scope.node).filter((decorator) => /\bpatch\b/.test(decorator) && !/\bnew=|\bnew_callable=/.test(decorator)).length;
  const positional = (scope.node.childForFieldName('parameters')?.namedChildren ?? []).filter((parameter) => parameter.type === 'identifier' || parameter.type === 'typed_parameter').map((parameter) => (parameter.type === 'identifier' ? parameter.text : parameter.namedChildren[0]?.text));
  const injected = new Set(patches > 0 ? positional.slice(-patches) : []);
  return parameters.filter((name) => {
    if (injected.has(name) || /(?:^|_)mock(?:s|ed)?(?:_|$)|^m_|^fake_|Mock$/i.test(name)) return true;
    const binding = scope.bindings.get(name);
    return (binding?.sites ?? []).some((site) => {
      if (site.kind === 'parameter') return site.node.parent?.type === 'list_splat_pattern' || site.node.parent?.type === 'dictionary_splat_pattern';
      const statement = site.node.parent?.parent;
      return (site.kind === 'with' || site.kind === 'assignment') && /\b(?:patch|Mock|MagicMock|create_autospec)\b/.test(statement?.text.split('\n')[0] ?? '');
    });
  });
}

/** The call that replaces the block and the helper's definition (placed with `helperInsertion`), or why the block stays. */
export type Extraction = { refusals: string[]; call?: undefined } | { refusals: []; call: Edit; helper: string; afterClass?: SyntaxNode };

function decoratorsOf(functionNode: SyntaxNode): string[] {
  const decorated = functionNode.parent?.type === 'decorated_definition' ? functionNode.parent : undefined;
  return (decorated?.namedChildren ?? []).filter((child) => child.type === 'decorator').map((decorator) => decorator.text.replace(/^@\s*/, ''));
}

/** The definition statement of a function: its decorators included. */
function definitionOf(functionNode: SyntaxNode): SyntaxNode {
  return functionNode.parent?.type === 'decorated_definition' ? functionNode.parent : functionNode;
}

const IMPLICIT_CLASS_RECEIVERS = new Set(['__new__', '__init_subclass__', '__class_getitem__']);

/** How a helper of `scope` is defined and called, or why it cannot be. */
export function placementOf(scope: Scope): Placement | string {
  const parent = scope.parent;
  if (parent?.kind === 'module') return { kind: 'function' };
  if (parent?.kind === 'function') return { kind: 'nested' };
  if (parent?.kind !== 'class') return 'it is not in a function, a method or a nested function';
  const decorators = decoratorsOf(scope.node);
  if (decorators.some((decorator) => /^(?:builtins\.)?staticmethod$/.test(decorator))) {
    const className = parent.name;
    // A class nested in a class is not visible by its bare name from its methods.
    if (!className || parent.parent?.kind === 'class') return 'a static method of a nested class cannot reach a helper through its class name';
    if (scope.bindings.has(className)) return `the static method rebinds ${className}, the name of its class`;
    return { kind: 'staticmethod', className };
  }
  const receiver = scope.parameters()[0];
  const receiverSite = receiver?.sites.find((site) => site.kind === 'parameter')?.node;
  if (!receiver || receiverSite?.parent?.type === 'list_splat_pattern' || receiverSite?.parent?.type === 'dictionary_splat_pattern') return 'the method has no first parameter to call the helper through';
  // `__new__` (a static method that takes the class first), `__init_subclass__` and
  // `__class_getitem__` receive the class without a decorator: their helper is a class
  // method, called through the class they receive.
  const classmethod = decorators.some((decorator) => /^(?:builtins\.)?classmethod$/.test(decorator)) || IMPLICIT_CLASS_RECEIVERS.has(scope.name ?? '');
  return { kind: classmethod ? 'classmethod' : 'method', receiver: receiver.name };
}

/**
 * Why a method may run outside its class, where a helper method would not follow it:
 * the module copies methods by name (`setattr(Other, name, getattr(Tests, name))` over a
 * list of names, as CPython's test_ordered_dict does), names the method in a string, or
 * takes the method as a value (`Other.test_x = Tests.test_x`). Null when nothing does.
 */
const copiedByNameCache = new WeakMap<SyntaxNode, string | null>();

/** `copiedByName` once per method: every paragraph of a long method asks the same. */
function copiedByNameOnce(file: SourceFile, scope: Scope): string | null {
  if (!copiedByNameCache.has(scope.node)) copiedByNameCache.set(scope.node, copiedByName(file, scope));
  return copiedByNameCache.get(scope.node) ?? null;
}

function copiedByName(file: SourceFile, scope: Scope): string | null {
  const className = scope.parent?.name;
  const methodName = scope.name;
  if (!className || !methodName) return null;
  for (const call of file.root.descendantsOfType('call')) {
    const callee = call.childForFieldName('function')?.text;
    const first = call.childForFieldName('arguments')?.namedChildren[0];
    if ((callee === 'getattr' || callee === 'vars') && first?.text === className) {
      const key = call.childForFieldName('arguments')?.namedChildren[1];
      if (callee === 'vars' || key?.type !== 'string') return `the module looks up methods of ${className} by a computed name (line ${call.startPosition.row + 1}), so ${methodName} may run in another class, without its helper`;
    }
  }
  // A string that is a list of names (`"test_init test_update".split()`, `('a', 'b')`
  // items), not prose: a message that mentions `__init__` copies nothing.
  for (const string of file.root.descendantsOfType('string')) {
    if (string.parent?.type === 'expression_statement') continue; // a docstring or a bare string
    const value = plainStringValue(string);
    if (value === undefined || !/^[\w\s,]+$/.test(value)) continue;
    if (value.split(/[\s,]+/).includes(methodName)) return `a string names ${methodName} (line ${string.startPosition.row + 1}): the method may be looked up by name and run without its helper`;
  }
  for (const attribute of file.root.descendantsOfType('attribute')) {
    if (attribute.childForFieldName('object')?.text !== className || attribute.childForFieldName('attribute')?.text !== methodName) continue;
    if (attribute.parent?.type !== 'call' || attribute.parent.childForFieldName('function')?.startIndex !== attribute.startIndex) {
      return `${className}.${methodName} is taken as a value (line ${attribute.startPosition.row + 1}), so it may run in another class, without its helper`;
    }
  }
  return null;
}

/** Whether `name` is bound beside the function or appears anywhere in the file. */
function nameTaken(file: SourceFile, functionNode: SyntaxNode, name: string): boolean {
  const container = definitionOf(functionNode).parent;
  return (container?.namedChildren ?? []).some((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    return definition?.childForFieldName('name')?.text === name;
  }) || new RegExp(`\\b${name}\\b`).test(file.text);
}

/** A string of several lines: its text would change with the indentation. */
function hasMultilineString(statements: readonly SyntaxNode[], file: SourceFile): boolean {
  return statements.some((statement) => statement.descendantsOfType('string').some((string) => file.position(string.startIndex).line !== file.position(string.endIndex).line));
}

/** The block's lines moved from the indentation `from` to `to`. */
function reindent(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line.replace(/[ \t]+/, '');
      return line.startsWith(from) ? `${to}${line.slice(from.length)}` : `${to}${line.trimStart()}`;
    })
    .join('\n');
}

function docstringLiteral(sentence: string): string {
  const trimmed = sentence.replace(/[\s:;,]+$/, '');
  const ended = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `"""${(ended.charAt(0).toUpperCase() + ended.slice(1)).replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"')}"""`;
}

/**
 * Where `name = value` starts and its value starts, for each statement that ends the block
 * by binding its one result (no annotation, no chain): the statement itself, or the last
 * statement of every branch of a closing `if` with an `else` (a branch may raise
 * instead). Each becomes `return value`. Null when the block does not end so.
 */
function finalAssignments(statement: SyntaxNode, results: readonly string[]): Array<{ target: number; value: number }> | null {
  if (results.length !== 1) return null;
  const own = (node: SyntaxNode | undefined): { target: number; value: number } | null => {
    const assignment = node?.type === 'expression_statement' && node.namedChildCount === 1 ? node.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment' || assignment.childForFieldName('type')) return null;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || left.text !== results[0] || !right || right.type === 'assignment' || right.type === 'yield') return null;
    return { target: (node as SyntaxNode).startIndex, value: right.startIndex };
  };
  const direct = own(statement);
  if (direct) return [direct];
  if (statement.type !== 'if_statement') return null;
  const clauses = statement.namedChildren.filter((child) => child.type === 'elif_clause' || child.type === 'else_clause');
  if (!clauses.some((clause) => clause.type === 'else_clause')) return null;
  const blocks = [statement.childForFieldName('consequence'), ...clauses.map((clause) => clause.childForFieldName(clause.type === 'else_clause' ? 'body' : 'consequence'))];
  const spans: Array<{ target: number; value: number }> = [];
  for (const block of blocks) {
    const last = block?.namedChildren.filter((child) => child.type !== 'comment').at(-1);
    if (last?.type === 'raise_statement') continue;
    const span = own(last);
    if (!span) return null;
    spans.push(span);
  }
  return spans.length > 0 ? spans : null;
}

/** The edits that move the block into a helper, or the reasons it cannot move. */
export function extractHelper(file: SourceFile, request: ExtractionRequest, limits?: ExtractionLimits): Extraction {
  const { scope, statements, name } = request;
  const functionNode = scope.node;
  const flow = blockFlow(scope, statements);
  const refusals = flow.refusals;
  const readable = limits?.readable;
  if (readable) {
    const placed = placementOf(scope);
    const own = flow.parameters.filter((parameter) => typeof placed === 'string' || !('receiver' in placed) || parameter !== placed.receiver);
    if (own.length > readable.maxParameters) refusals.push(`it would take ${own.length} arguments (${own.join(', ')}), more than ${readable.maxParameters}: the call would read worse than the block`);
    if (flow.results.length > readable.maxResults) refusals.push(`it would return ${flow.results.length} values (${flow.results.join(', ')}); a helper returns at most ${readable.maxResults}`);
    const updated = own.filter((parameter) => flow.results.includes(parameter));
    if (updated.length) refusals.push(`it would take ${updated.join(', ')} and give it back updated: the caller's running value would hide in the call`);
    const filled = filledArguments(statements, own);
    if (filled.length) refusals.push(`it fills in ${filled.join(', ')}, passed in, as an output`);
    if (promisesValue(name) && flow.results.length === 0 && !flow.returnsLast) refusals.push(`its name, ${name}, promises a value, but it would return nothing`);
    const opaque = opaqueArguments(scope, own);
    if (opaque.length) refusals.push(`it would be passed ${opaque.join(', ')} (a mock or an *args/**kwargs bundle), which the reader must see used where it is made`);
  }
  if (leavesLoop(statements)) refusals.push('it breaks out of or continues a loop outside it');
  const defined = statements.flatMap((statement) => [statement, ...statement.descendantsOfType(['function_definition', 'class_definition'])]).filter((node) => node.type === 'function_definition' || node.type === 'class_definition');
  if (defined.length) {
    const names = defined.map((node) => node.childForFieldName('name')?.text).filter(Boolean);
    refusals.push(`it defines ${names.join(', ')}, whose __qualname__ (in reprs, tracebacks and pickles) would name the helper instead`);
  }
  const placement = placementOf(scope);
  if (typeof placement === 'string') refusals.push(placement);
  else if (flow.zeroArgumentSuper && (placement.kind === 'staticmethod' || placement.kind === 'nested')) refusals.push('it calls super() without arguments, which needs the method it is in');
  if (typeof placement !== 'string' && placement.kind !== 'function' && placement.kind !== 'nested') {
    const copied = copiedByNameOnce(file, scope);
    if (copied) refusals.push(copied);
  }
  if (nameTaken(file, functionNode, name)) refusals.push(`the name ${name} is already used in the module`);
  const first = statements[0] as SyntaxNode;
  const bodyStatement = functionNode.childForFieldName('body')?.namedChildren.find((child) => child.type !== 'comment');
  const bodyIndent = file.indentAt((bodyStatement ?? first).startIndex);
  const indent = file.indentAt(first.startIndex);
  if (indent !== bodyIndent && hasMultilineString(statements, file)) refusals.push('a string of several lines in it would change with the indentation');
  let classNode: SyntaxNode | undefined;
  if (request.moduleFunction && typeof placement !== 'string') {
    const receiverName = 'receiver' in placement ? placement.receiver : undefined;
    const cls = scope.parent;
    if (cls?.kind !== 'class' || cls.parent?.kind !== 'module') refusals.push('its class is not at module level, where a module function would go');
    else if ((receiverName && flow.parameters.includes(receiverName)) || flow.zeroArgumentSuper || placement.kind === 'staticmethod' && statements.some((statement) => new RegExp(`\\b${placement.className}\\b`).test(statement.text))) refusals.push('it uses the method\'s receiver or class');
    else classNode = definitionOf(cls.node);
  }
  if (refusals.length || typeof placement === 'string') return { refusals };

  const receiver = classNode ? undefined : 'receiver' in placement ? placement.receiver : undefined;
  const parameters = flow.parameters.filter((parameter) => parameter !== receiver);
  const eol = file.eol;
  const callee = classNode ? name : receiver ? `${receiver}.${name}` : 'className' in placement ? `${placement.className}.${name}` : name;
  const assigned = flow.returnsLast ? 'return ' : flow.results.length ? `${flow.results.join(', ')} = ` : '';
  const lineLength = limits?.lineLength;
  const callLine = wrapped(file, indent, `${assigned}${flow.awaits ? 'await ' : ''}${callee}`, parameters, '', lineLength);
  const definition = definitionOf(functionNode);
  const methodOuter = file.indentAt(definition.startIndex);
  const outer = classNode ? file.indentAt(classNode.startIndex) : methodOuter;
  // A module function's body sits one level in, whatever the method's depth was.
  const helperIndent = classNode ? `${outer}${bodyIndent.slice(methodOuter.length)}` : bodyIndent;
  const decorator = !classNode && (placement.kind === 'staticmethod' || placement.kind === 'classmethod') ? `${outer}@${placement.kind}${eol}` : '';
  const annotated = helperAnnotations(functionNode, parameters, flow);
  const signatureLine = wrapped(file, outer, `${flow.awaits ? 'async ' : ''}def ${name}`, [...(receiver ? [receiver] : []), ...annotated.parameters], `${annotated.returns}:`, lineLength);
  if (callLine === null || signatureLine === null) return { refusals: [`the ${callLine === null ? 'call' : 'signature'} would not fit in ${lineLength} characters, even wrapped`] };
  // The heading comment becomes the docstring when it fits on one line; else it stays a comment, as it was.
  const literal = request.docstring ? `${helperIndent}${docstringLiteral(request.docstring)}` : '';
  const keepComment = !!literal && lineLength !== undefined && literal.length > lineLength && request.textStart !== undefined;
  const textStart = keepComment ? request.start : (request.textStart ?? request.start);
  // `R = make(G)` then `return R` reads as `return make(G)`: a block that ends by binding its one result returns the value.
  const returned = finalAssignments(statements.at(-1) as SyntaxNode, flow.results);
  let text = '';
  let from = textStart;
  for (const span of returned ?? []) {
    text += `${file.text.slice(from, span.target)}return `;
    from = span.value;
  }
  text += file.text.slice(from, request.end);
  const body = reindent(text, indent, helperIndent);
  const docstring = literal && !keepComment ? `${literal}${eol}` : '';
  const returnLine = flow.results.length && !returned ? `${eol}${helperIndent}return ${flow.results.join(', ')}` : '';
  const separator = placement.kind === 'function' || classNode ? `${eol}${eol}` : eol;
  const helper = `${eol}${separator}${decorator}${signatureLine}${eol}${docstring}${body}${returnLine}`;
  return { refusals: [], call: { start: request.start, end: request.end, text: callLine }, helper, ...(classNode ? { afterClass: classNode } : {}) };
}

/**
 * One insertion of the helpers of one function, in order, after its last line (so that
 * a comment ending it stays with it): helpers of one function all go in one pass. The
 * helpers of a nested function go before it instead, with the comments right above it:
 * a reader meets a local helper before the code that calls it.
 */
export function helperInsertion(file: SourceFile, functionNode: SyntaxNode, helpers: readonly string[]): Edit {
  const definition = definitionOf(functionNode);
  if (definition.parent?.type === 'block' && definition.parent.parent?.type === 'function_definition') {
    let start = file.lineStart(definition.startIndex);
    const lines = file.text.slice(0, start).split(file.eol);
    lines.pop();
    while (lines.length > 0 && /^[ \t]*#/.test(lines[lines.length - 1] as string)) start -= (lines.pop() as string).length + file.eol.length;
    const text = helpers.map((helper) => helper.replace(/^(?:\r?\n)+/, '')).join(`${file.eol}${file.eol}`);
    return { start, end: start, text: `${text}${file.eol}${file.eol}` };
  }
  const after = file.lineEnd(functionNode.endIndex);
  // A statement right below (after a nested function) stays apart from the helpers.
  const below = file.text.slice(after, file.lineEnd(file.nextLineStart(after)));
  return { start: after, end: after, text: `${helpers.join('')}${/\S/.test(below) ? file.eol : ''}` };
}
