// Review suggestion 7: exceptions caught but not handled. Bare `except:` is narrowed to
// `Exception` (or made explicit as `BaseException` when it re-raises), handlers that
// swallow the exception log it through the module's logger (or become
// contextlib.suppress), and a new exception raised in a handler keeps its cause.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { defineTransform, type Edit, type Finding } from '../src/engine/types.js';
import { insertAt, replace } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import type { Conventions } from '../src/engine/conventions.js';
import { addImportEdit, addNameToFromImport, fromImportOf, moduleImport, nameImport } from '../src/python/syntax/imports.js';
import { cannotImportContextlib, loggerSetup } from '../src/python/syntax/logger.js';
import { BUILTIN_NAMES } from '../src/python/scopes/builtins.js';
import { apparentLineLength } from '../src/python/conventions/line-length.js';

const DEFAULT_IGNORE = ['ImportError', 'ModuleNotFoundError', 'KeyboardInterrupt', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit', 'asyncio.CancelledError', 'CancelledError'];
const LOGGING_CALL = /(^|\.)(log|logger|LOG|_log|_logger|LOGGER|logging|warnings)\.|(^|\.)(exception|warn|warning|error|critical|info|debug|print_exc|print_exception)$/;
const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);

interface Handler {
  clause: SyntaxNode;
  keyword: SyntaxNode;
  colon: SyntaxNode;
  block: SyntaxNode;
  /** The caught types as written (`ValueError`, `(A, B)`), null for a bare except. */
  types: SyntaxNode | null;
  alias: SyntaxNode | null;
  group: boolean;
}

function handlerOf(clause: SyntaxNode): Handler | null {
  const keyword = clause.children.find((child) => child.type === 'except' || child.type === 'except*') ?? clause.children[0];
  const colon = clause.children.find((child) => child.type === ':');
  const block = clause.namedChildren.find((child) => child.type === 'block');
  if (!keyword || !colon || !block) return null;
  const value = clause.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment') ?? null;
  const types = value?.type === 'as_pattern' ? value.namedChildren[0] ?? null : value;
  const alias = value?.type === 'as_pattern' ? value.childForFieldName('alias')?.namedChildren[0] ?? null : null;
  return { clause, keyword, colon, block, types: types?.type === 'list_splat' ? types.namedChildren[0] ?? null : types, alias, group: clause.type === 'except_group_clause' };
}

function typeNames(types: SyntaxNode | null): string[] {
  if (!types) return [];
  const items = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren : [types];
  return items.map((item) => item.text);
}

/** Statements of a block, without walking into nested functions and classes. */
function* ownNodes(node: SyntaxNode): Generator<SyntaxNode> {
  for (const child of node.namedChildren) {
    yield child;
    if (!NESTED_SCOPES.has(child.type)) yield* ownNodes(child);
  }
}

function isFiller(statement: SyntaxNode): boolean {
  if (statement.type === 'pass_statement' || statement.type === 'continue_statement') return true;
  const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  return expression?.type === 'ellipsis' || expression?.type === 'string';
}

function handles(block: SyntaxNode): boolean {
  for (const node of ownNodes(block)) {
    if (node.type === 'raise_statement' || node.type === 'return_statement') return true;
    if (node.type === 'call' && LOGGING_CALL.test(node.childForFieldName('function')?.text ?? '')) return true;
  }
  return false;
}

/**
 * True inside `__del__`: a finalizer must swallow everything, and at interpreter shutdown
 * the module's globals (the logger among them) may already be None.
 */
function inFinalizer(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current.childForFieldName('name')?.text === '__del__';
  }
  return false;
}

/** The except clause whose exception is being handled where `node` runs. */
function innermostHandler(node: SyntaxNode): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'except_clause' || current.type === 'except_group_clause') return current;
  }
  return null;
}

function usesName(block: SyntaxNode, name: string): boolean {
  for (const node of ownNodes(block)) if (node.type === 'identifier' && node.text === name) return true;
  return false;
}

/** The indentation of the handler's body, also when it sits on the `except` line. */
function bodyIndent(file: SourceFile, handler: Handler): string {
  const first = handler.block.namedChildren[0];
  if (first && file.startsLine(first.startIndex)) return file.indentAt(first.startIndex);
  const own = file.indentAt(handler.clause.startIndex);
  const unit = own.startsWith('\t') || /^\t/m.test(file.text) ? '\t' : '    ';
  return own + unit;
}

/**
 * A message that says what failed and what happens next: `could not remove; continuing`
 * (from the try's one call), else the enclosing function (`error in load_config();
 * continuing`). A handler that ends the iteration says it skips the item.
 */
function logMessage(handler: Handler, imported: ReadonlySet<string>): { failure: string; next: string } {
  const tryBody = handler.clause.parent?.childForFieldName('body');
  const statements = tryBody?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
  // Only a simple statement: the condition of an `if` is not what raised (`if
  // stat.S_ISSOCK(os.stat(path).st_mode): os.remove(path)`).
  let call = statements.length === 1 && /^(?:expression|return)_statement$/.test(statements[0]?.type ?? '') ? statements[0]!.namedChildren[0] : null;
  if (call?.type === 'assignment') call = call.childForFieldName('right');
  if (call?.type === 'await') call = call.namedChildren[0];
  const callee = call?.type === 'call' ? call.childForFieldName('function')?.text : undefined;
  const next = skipsIteration(handler) ? 'skipping it' : 'continuing';
  // A builtin (`int(text)`, `open(path)`) names no action a reader would recognise.
  if (call && callee && /^[\w.]+$/.test(callee) && !BUILTIN_NAMES.has(callee)) return { failure: `Could not ${callPhrase(call, callee, imported)}`, next };
  const name = enclosingFunctionName(handler.clause);
  return { failure: name ? `Error in ${name}()` : 'Unexpected error', next };
}

/**
 * The log call: with a traceback where the module's handlers log one, else the
 * exception formatted into the message (`"...: %s", e`), lazily as logging does it.
 */
function logCall(logger: string, level: string, message: { failure: string; next: string }, format: { traceback: boolean; alias: string }): string {
  if (format.traceback) {
    const text = JSON.stringify(`${message.failure}; ${message.next}`);
    return level === 'exception' ? `${logger}.exception(${text})` : `${logger}.${level}(${text}, exc_info=True)`;
  }
  const text = JSON.stringify(`${message.failure}: %s; ${message.next}`);
  return `${logger}.${level === 'exception' ? 'error' : level}(${text}, ${format.alias})`;
}

/** Replaces the handler's body by `statements`, one per line, keeping a one-line handler valid. */
function replaceBody(file: SourceFile, handler: Handler, statements: string[]): Edit {
  const indent = bodyIndent(file, handler);
  const first = handler.block.namedChildren[0] as SyntaxNode;
  const text = statements.join(`${file.eol}${indent}`);
  if (file.startsLine(first.startIndex)) return replace({ start: first.startIndex, end: handler.block.endIndex }, text);
  return replace({ start: handler.colon.endIndex, end: handler.block.endIndex }, `${file.eol}${indent}${text}`);
}

/** How to name `contextlib.suppress`, the edits that import it, and where it is bound. */
function suppressEdits(file: SourceFile): { name: string; edits: Edit[]; boundAt: number } | null {
  const module = moduleImport(file, 'contextlib');
  if (module) return { name: `${module.name}.suppress`, edits: [], boundAt: module.boundAt };
  const name = nameImport(file, 'contextlib', 'suppress');
  if (name) return { name: name.name, edits: [], boundAt: name.boundAt };
  const from = fromImportOf(file, 'contextlib');
  if (from) return { name: 'suppress', edits: [addNameToFromImport(from, 'suppress')], boundAt: from.endIndex };
  // A module contextlib itself needs (functools, os, collections...) cannot import it.
  if (cannotImportContextlib(file)) return null;
  const addImport = addImportEdit(file, 'contextlib');
  return { name: 'contextlib.suppress', edits: [addImport], boundAt: addImport.start };
}

/** Whether the node runs when the module is imported (not inside a function or lambda). */
function runsAtImport(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'lambda') return false;
  }
  return true;
}

/** `try: one_statement() / except X: pass` with nothing else: a suppress block says the same. */
function suppressible(handler: Handler): boolean {
  const statement = handler.clause.parent;
  if (!statement || handler.group || !handler.types || handler.alias) return false;
  const clauses = statement.namedChildren.filter((child) => child.type.endsWith('clause'));
  if (clauses.length !== 1 || statement.descendantsOfType('comment').length) return false;
  const body = statement.childForFieldName('body')?.namedChildren ?? [];
  const simple = body.length === 1 && ['expression_statement', 'delete_statement', 'import_statement', 'import_from_statement'].includes(body[0]?.type ?? '');
  return simple && handler.block.namedChildren.every((child) => child.type === 'pass_statement' || (child.type === 'expression_statement' && child.namedChildren[0]?.type === 'ellipsis'));
}


/** The exception types a handler catches as "anything": the only swallowing worth a log line. */
const BROAD = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);

/**
 * Whether the handler catches anything at all (bare, Exception, BaseException). A narrow
 * type that is swallowed (`except KeyError: pass`, `except OSError: pass` around a
 * removal) is nearly always deliberate control flow: logging it would be noise on every
 * call.
 */
function catchesAnything(handler: Handler): boolean {
  const names = typeNames(handler.types);
  return names.length === 0 || names.some((name) => BROAD.has(name));
}

/**
 * A comment right after the handler (on the next line that is not blank, at least as
 * indented as `except`) explains it: `except OSError:\n    pass\n# the file may be gone`.
 */
function explainedAfter(file: SourceFile, handler: Handler): boolean {
  const rest = file.text.slice(handler.clause.endIndex);
  const next = /^[^\r\n]*\r?\n(?:[ \t]*\r?\n)*([ \t]*)#/.exec(rest);
  return !!next && (next[1] ?? '').length >= file.indentAt(handler.clause.startIndex).length;
}

/** Whether the handler's body ends the loop iteration (`continue`): the log says what is skipped. */
function skipsIteration(handler: Handler): boolean {
  return handler.block.namedChildren.some((child) => child.type === 'continue_statement');
}

/** Words of a Python name: `_close_socket` -> `close socket`, `removeFile` -> `remove file`. */
function nameWords(name: string): string {
  return name
    .replace(/^_+|_+$/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/_+/)
    .join(' ')
    .toLowerCase();
}

/**
 * What the call does, in words: its name, then (for a one-word name) what it acts on: the object of a method
 * (`server.stop()`: stop server), else the first argument of a module's function when it
 * is a name (`os.remove(path)`: remove path). `self` and modules say nothing.
 */
function callPhrase(call: SyntaxNode, callee: string, imported: ReadonlySet<string>): string {
  const parts = callee.split('.');
  const verb = nameWords(parts.pop() as string);
  // A name of several words names its object already (`plug_vifs`, `close_socket`).
  if (verb.includes(' ')) return verb;
  const receiver = parts.at(-1);
  if (receiver && !['self', 'cls'].includes(receiver) && !imported.has(parts[0] as string)) return `${verb} ${nameWords(receiver)}`;
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  const argument = first && /^[\w.]+$/.test(first.text) ? first.text.split('.').pop() : undefined;
  return argument && argument !== 'self' && !/^\d/.test(argument) ? `${verb} ${nameWords(argument)}` : verb;
}

/** The names the module's top-level imports bind (`os`, `path` of `from os import path`). */
function importedNames(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    for (const imported of statement.childrenForFieldName('name')) {
      const bound = imported.type === 'aliased_import' ? imported.childForFieldName('alias')?.text : imported.text.split('.')[0];
      if (bound) names.add(bound);
    }
  }
  return names;
}

/** The enclosing function's name, for a message when the try body is no single call. */
function enclosingFunctionName(node: SyntaxNode): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current.childForFieldName('name')?.text ?? null;
  }
  return null;
}

/**
 * How the module's own handlers report an exception: with a traceback (`exc_info=`,
 * `.exception(`) or by formatting it (`LOG.warning("...: %s", e)`). A module whose
 * handlers log nothing shows no traceback habit: no traceback.
 */
function logsTracebacks(file: SourceFile): boolean {
  let withTraceback = 0;
  let formatted = 0;
  for (const clause of file.root.descendantsOfType(['except_clause', 'except_group_clause'])) {
    for (const call of clause.descendantsOfType('call')) {
      const callee = call.childForFieldName('function')?.text ?? '';
      if (!LOGGING_CALL.test(callee) || /print_exc|print_exception|warnings/.test(callee)) continue;
      const text = call.text;
      if (/\.exception$/.test(callee) || /exc_info\s*=/.test(text)) withTraceback++;
      else formatted++;
    }
  }
  return withTraceback > 0 && withTraceback >= formatted;
}

/** A name for `except ... as NAME` that the enclosing function (or module) does not use. */
function freshAlias(handler: Handler): string {
  let scope: SyntaxNode = handler.clause;
  while (scope.parent && scope.type !== 'function_definition') scope = scope.parent;
  const used = new Set(scope.descendantsOfType('identifier').map((identifier) => identifier.text));
  return ['e', 'exc', 'error'].find((name) => !used.has(name)) ?? 'caught_exception';
}

/**
 * ` from e` after the raised exception, within the line length: when the line would pass
 * it (and kept to it before), the call's arguments move to a line of their own, the way
 * black wraps (`raise Error(\n    "message"\n) from e`); null when even that cannot fit.
 */
function chainEdits(file: SourceFile, raised: SyntaxNode, alias: string, limit: number): Edit[] | null {
  const cause = ` from ${alias}`;
  const lineStart = file.lineStart(raised.endIndex);
  const lineLength = file.lineEnd(raised.endIndex) - lineStart;
  if (lineLength + cause.length <= limit || lineLength > limit) return [insertAt(raised.endIndex, cause)];
  const argumentList = raised.type === 'call' ? raised.childForFieldName('arguments') : null;
  const open = argumentList?.firstChild;
  const close = argumentList?.lastChild;
  if (!argumentList || open?.type !== '(' || close?.type !== ')' || open.startPosition.row !== close.startPosition.row) return null;
  const inner = file.text.slice(open.endIndex, close.startIndex).trim();
  if (!inner || file.lineStart(open.startIndex) !== lineStart) return null;
  const indent = file.indentAt(raised.startIndex);
  const unit = indent.startsWith('\t') ? '\t' : '    ';
  const lines = [
    file.text.slice(lineStart, open.endIndex),
    `${indent}${unit}${inner}`,
    `${indent})${cause}${file.text.slice(close.endIndex, file.lineEnd(close.endIndex))}`,
  ];
  if (lines.some((line) => line.length > limit)) return null;
  return [replace({ start: open.endIndex, end: close.endIndex }, `${file.eol}${lines[1]}${file.eol}${indent})${cause}`)];
}

/** The line length: the project's (configured or learnt), else the limit this file keeps to. */
/**
 * Whether a cause would show: not for `SystemExit` (the interpreter prints its message,
 * never a traceback) nor for a raise that carries the traceback itself
 * (`raise Error().with_traceback(e.__traceback__)`: both would print it twice).
 */
function causeShows(raised: SyntaxNode): boolean {
  const callee = raised.type === 'call' ? raised.childForFieldName('function') : raised;
  if (callee && /(^|\.)SystemExit$/.test(callee.text)) return false;
  return !/\.with_traceback\s*\(/.test(raised.text);
}

/** Whether the module imports `logging` (or the project's logging module, as its idiom does). */
function importsLogging(file: SourceFile, idiomImport: string | undefined): boolean {
  if (moduleImport(file, 'logging') || moduleImport(file, 'oslo_log.log')) return true;
  return !!idiomImport && file.text.split(/\r?\n/).some((line) => line.trim() === idiomImport.trim());
}

/** Whether a handler's body raises, re-raises through a `with`, or reads the exception from `sys`. */
function passesOn(block: SyntaxNode): boolean {
  return block.descendantsOfType(['raise_statement', 'with_statement']).length > 0 || /\bexc_info\s*\(|\bsys\.exception\s*\(/.test(block.text);
}

/** `e`, `exc`, `err`, `error`, `ke`, `parse_error`, `socketError`: a name that reads as an exception. */
const EXCEPTION_NAME = /^(?:[a-z]?e|ex|exc|exception|err|error|failure|cause)\d*$|(?:_|^)(?:e|ex|exc|err|error|exception|failure)\d*$|(?:Error|Exception|Exc|Err)\d*$/;

/**
 * Whether `from alias` says what it means: the alias reads as an exception (`from key`
 * would read as chaining from a key: the binding wants a better name first), and the
 * raised value is not made by a function the exception is handed to (`raise
 * self.error(token, e)` may return `e` itself, which would become its own cause).
 */
function chainReads(raised: SyntaxNode, alias: string): boolean {
  if (!EXCEPTION_NAME.test(alias)) return false;
  if (raised.type !== 'call') return true;
  const callee = raised.childForFieldName('function')?.text.split('.').pop() ?? '';
  const handedOver = (raised.childForFieldName('arguments')?.namedChildren ?? []).some((argument) => argument.text === alias);
  return !(handedOver && !/^_*[A-Z]/.test(callee));
}

function conventionLineLength(conventions: Conventions, file: SourceFile): number {
  return conventions.data.lineLength.origin === 'default' ? apparentLineLength(file) ?? conventions.lineLength : conventions.lineLength;
}

export default defineTransform({
  id: 'exception-handling',
  summary: 'Narrow bare except, log swallowed exceptions (or use contextlib.suppress), keep the cause of re-raised ones',
  suggestion: 7,
  safety: 'unsafe',
  scope: 'file',
  conventions: ['lineLength', 'bareExcept', 'logging', 'raiseFrom', 'tests'],
  options: {
    'bare-except': { type: 'enum', choices: ['exception', 'base-exception', 'leave'], default: 'exception', description: 'what a bare `except:` becomes' },
    mode: { type: 'enum', choices: ['log', 'suppress'], default: 'log', description: 'swallowing handlers: log the exception, or use contextlib.suppress where the try is one statement' },
    'log-level': { type: 'enum', choices: ['debug', 'info', 'warning', 'error', 'exception'], default: 'debug', description: 'level of the added log call (exception: LOG.exception)' },
    'logger-name': { type: 'string', default: 'LOG', description: 'name of the module logger created when there is none' },
    'create-logger': { type: 'boolean', default: true, description: 'create a module logger when there is none (otherwise such findings have no fix)' },
    'import-logging': { type: 'boolean', default: false, description: "to create that logger, also add `import logging` (or the project's logging import) to a module that has none; by default such a module's findings have no fix" },
    'chain-cause': { type: 'boolean', default: true, description: 'add `from e` to a new exception raised in `except ... as e`' },
    'respect-comments': { type: 'boolean', default: true, description: 'leave alone handlers with a comment inside' },
    ignore: { type: 'list', default: DEFAULT_IGNORE, description: 'exception types whose swallowing handlers are left alone' },
    'skip-tests': { type: 'boolean', default: true, description: 'leave test code alone (the project conventions say which files are tests): a test often swallows the very exception it expects' },
    'narrow-handlers': {
      type: 'enum',
      choices: ['leave', 'log'],
      default: 'leave',
      description: 'swallowing handlers of a narrow type (`except KeyError: pass`), nearly always deliberate control flow: leave them, or log them too',
    },
  },
  docs: {
    before: ['import logging', 'import os', '', '', 'def cleanup(path):', '    try:', '        os.remove(path)', '    except:', '        pass', ''].join('\n'),
    after: [
      'import logging',
      'import os',
      '',
      'LOG = logging.getLogger(__name__)',
      '',
      '',
      'def cleanup(path):',
      '    try:',
      '        os.remove(path)',
      '    except Exception as e:',
      '        LOG.debug("Could not remove path: %s; continuing", e)',
      '',
    ].join('\n'),
  },
  // Every finding is an `except` clause.
  mayFind: (text) => text.includes('except'),
  *find(file, context): Generator<Finding> {
    const { options } = context;
    const { conventions } = context;
    if (options['skip-tests'] && conventions.isTestFile(file.path)) return;
    // A project whose modules never log gets no logging: narrowing and `from e` only.
    const { logs, importStatement, loggerName, factory } = conventions.logging;
    const idiom = importStatement && loggerName ? { importStatement, loggerName, factory } : undefined;
    let traceback: boolean | undefined;
    let lineLimit: number | undefined;
    const ignored = new Set(options.ignore);
    for (const clause of file.root.descendantsOfType(['except_clause', 'except_group_clause'])) {
      const handler = handlerOf(clause);
      if (!handler) continue;
      if (options['respect-comments'] && clause.descendantsOfType('comment').length) continue;
      if (inFinalizer(clause)) continue;
      const statements = handler.block.namedChildren.filter((child) => child.type !== 'comment');
      const last = statements[statements.length - 1];
      const reraises = last?.type === 'raise_statement' && last.namedChildCount === 0;

      // A project whose bare `except:` is an idiom (its linter lets it be) keeps it.
      if (!handler.types && options['bare-except'] !== 'leave' && !conventions.bareExcept) {
        // `Exception` changes what the handler catches: only for one that swallows. One that
        // raises, re-raises through a context manager (`with util.safe_reraise():`) or hands
        // the exception on (`sys.exc_info()`) keeps catching everything, said explicitly.
        const base = reraises || passesOn(handler.block) || options['bare-except'] === 'base-exception';
        yield {
          message: reraises ? 'bare `except:` that re-raises: say that it means every exception' : 'bare `except:` also catches KeyboardInterrupt and SystemExit',
          kind: 'bare-except',
          at: handler.keyword,
          fix: () => ({ title: base ? 'Catch `BaseException` explicitly' : 'Catch `Exception` instead', edits: [insertAt(handler.keyword.endIndex, base ? ' BaseException' : ' Exception')] }),
        };
      }

      const names = typeNames(handler.types);
      const allIgnored = names.length > 0 && names.every((name) => ignored.has(name));
      const swallows = statements.length > 0 && statements.every(isFiller);
      const unusedAlias = !!handler.alias && !usesName(handler.block, handler.alias.text) && !handles(handler.block);
      // Expected control flow stays as written: a narrow type (a lookup that falls back, a
      // not-found the code then handles), or a handler a comment right after explains.
      const deliberate = (options.mode === 'log' && options['narrow-handlers'] === 'leave' && !catchesAnything(handler)) || (options['respect-comments'] && explainedAfter(file, handler));
      const logsHere = logs || options.mode === 'suppress';
      if (!allIgnored && !deliberate && logsHere && (swallows || unusedAlias)) {
        const what = handler.types ? `\`except ${handler.types.text}${handler.alias ? ` as ${handler.alias.text}` : ''}\`` : 'this handler';
        if (options.mode === 'suppress' && swallows && suppressible(handler)) {
          const statement = clause.parent as SyntaxNode;
          yield {
            message: `${what} silently swallows the exception`,
            kind: 'swallowed',
            at: handler.keyword,
            fix: () => {
              const suppress = suppressEdits(file);
              // Module-level code that runs before the import would not find the name.
              if (!suppress || (runsAtImport(statement) && suppress.boundAt > statement.startIndex)) return null;
              const body = statement.childForFieldName('body')?.namedChildren[0] as SyntaxNode;
              const indent = file.startsLine(body.startIndex) ? file.indentAt(body.startIndex) : `${file.indentAt(statement.startIndex)}    `;
              const types = names.join(', ');
              return { title: `Use ${suppress.name}(${types})`, edits: [...suppress.edits, replace(statement, `with ${suppress.name}(${types}):${file.eol}${indent}${body.text}`)] };
            },
          };
        } else {
          yield {
            message: swallows ? `${what} silently swallows the exception` : `${what}: the exception is bound but neither used, logged, re-raised nor returned`,
            kind: swallows ? 'swallowed' : 'unused-exception',
            at: handler.keyword,
            fix: () => {
              const setup = loggerSetup(file, options['logger-name'], idiom);
              if (setup && setup.edits.length > 0 && !options['create-logger']) return null;
              // A logger is made only where the module already imports what makes it: an
              // import added for one log line lands where the project's import order does
              // not want it, in a module its authors kept free of logging.
              if (setup && setup.edits.length > 0 && !options['import-logging'] && !importsLogging(file, idiom?.importStatement)) return null;
              // Module-level code that runs before the logger is bound cannot log through it.
              if (!setup || (runsAtImport(handler.clause) && setup.boundAt > handler.clause.startIndex)) return null;
              traceback ??= logsTracebacks(file);
              // The exception is formatted into the message, so it needs a name: a bare
              // `except:` becomes `except Exception as e:` in the same fix.
              const bareWithoutName = !handler.types && options['bare-except'] !== 'exception';
              const formatted = !traceback && !bareWithoutName && options['log-level'] !== 'exception';
              const alias = handler.alias?.text ?? (formatted ? freshAlias(handler) : '');
              const naming: Edit[] = formatted && !handler.alias ? [insertAt(handler.types?.endIndex ?? handler.keyword.endIndex, `${handler.types ? '' : ' Exception'} as ${alias}`)] : [];
              const call = logCall(setup.name, options['log-level'], logMessage(handler, importedNames(file)), { traceback: !formatted, alias });
              const kept = swallows ? statements.filter((statement) => statement.type !== 'pass_statement' && !(statement.namedChildren[0]?.type === 'ellipsis')).map((statement) => statement.text) : statements.map((statement) => statement.text);
              const continueAt = kept.indexOf('continue');
              const body = continueAt === -1 ? (swallows ? [...kept, call] : [call, ...kept]) : [...kept.slice(0, continueAt), call, ...kept.slice(continueAt)];
              return { title: `Log it with ${setup.name}.${options['log-level']}`, edits: [...setup.edits, ...naming, replaceBody(file, handler, body)] };
            },
          };
        }
      }

      if (options['chain-cause'] && handler.alias && conventions.raiseFrom) {
        const alias = handler.alias.text;
        for (const node of ownNodes(handler.block)) {
          if (node.type !== 'raise_statement' || node.childForFieldName('cause') || node.namedChildCount === 0) continue;
          const raised = node.namedChildren[0] as SyntaxNode;
          if (raised.text === alias || innermostHandler(node) !== handler.clause) continue;
          if (!causeShows(raised) || !chainReads(raised, alias)) continue;
          yield {
            message: `raising a new exception inside \`except ... as ${alias}\` without \`from ${alias}\` hides the cause`,
            kind: 'unchained',
            at: node,
            fix: () => {
              const edits = chainEdits(file, raised, alias, lineLimit ??= context.lineLength ?? conventionLineLength(conventions, file));
              return edits && { title: `Chain it with \`from ${alias}\``, edits };
            },
          };
        }
      }
    }
  },
});
