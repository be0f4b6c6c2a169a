// The module's logger: found when the module assigns one from logging.getLogger,
// oslo_log's log.getLogger or structlog.get_logger; otherwise the edits that create one
// after the imports (with `import logging` when needed), identical for every fix.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import type { Edit } from '../../engine/types.js';
import { addImportEdit, endOfImports, moduleImport } from './imports.js';

const PREFERRED = ['LOG', 'logger', 'log', '_LOG', '_logger', 'LOGGER', '_log'];
const LOGGER_FACTORY = /(^|\.)(getLogger|get_logger)$/;

/** Logger names that, imported from another module, are that package's logger (`from .log import logger`). */
const IMPORTED_LOGGER = new Set(['LOG', 'logger', '_LOG', '_logger', 'LOGGER']);

/**
 * The best of the module's loggers, and where it is bound: top-level names assigned from a
 * logger factory call (under a conventional name, or for `__name__`: `log_foo =
 * logging.getLogger('foo')` in a test is a fixture, not the module's logger), or imported
 * under a conventional name (asyncio's `from .log import logger`).
 */
function existingLogger(file: SourceFile): { name: string; boundAt: number } | null {
  const found: Array<{ name: string; boundAt: number }> = [];
  for (const statement of file.root.namedChildren) {
    if (statement.type === 'import_from_statement') {
      for (const imported of statement.childrenForFieldName('name')) {
        const bound = imported.type === 'aliased_import' ? imported.childForFieldName('alias')?.text : imported.text;
        if (bound && IMPORTED_LOGGER.has(bound)) found.push({ name: bound, boundAt: statement.endIndex });
      }
      continue;
    }
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    const callee = right?.type === 'call' ? right.childForFieldName('function')?.text : undefined;
    if (left?.type !== 'identifier' || !callee || !LOGGER_FACTORY.test(callee)) continue;
    const argument = right?.childForFieldName('arguments')?.namedChildren[0]?.text;
    if (PREFERRED.includes(left.text) || argument === undefined || argument === '__name__') found.push({ name: left.text, boundAt: statement.endIndex });
  }
  return found.sort((a, b) => rank(a.name) - rank(b.name))[0] ?? null;
}

/** The name of the module's logger: a top-level name assigned from a logger factory call. */
export function moduleLogger(file: SourceFile): string | null {
  return existingLogger(file)?.name ?? null;
}

function rank(name: string): number {
  const position = PREFERRED.indexOf(name);
  return position === -1 ? PREFERRED.length : position;
}

function bindsTopLevel(file: SourceFile, name: string): boolean {
  const binds = (node: SyntaxNode): boolean => {
    if (node.type === 'identifier') return node.text === name;
    return node.namedChildren.some(binds);
  };
  return file.root.namedChildren.some((statement) => {
    if (statement.type === 'function_definition' || statement.type === 'class_definition') return statement.childForFieldName('name')?.text === name;
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    return (!!left && binds(left)) || ((statement.type === 'import_statement' || statement.type === 'import_from_statement') && statement.text.split(/[\s,()]+/).includes(name));
  });
}

export interface LoggerSetup {
  /** The name to call (`LOG.debug(...)`). */
  name: string;
  /** Edits that create the logger; empty when the module has one. */
  edits: Edit[];
  /** Where the logger is (or will be) bound: module-level code before it cannot log. */
  boundAt: number;
}

/**
 * Modules that Python imports at start-up, or that `import logging` imports before the
 * logging module is complete (CPython 3.8 to 3.13, from `sys.modules` after
 * `python3 -I -S -X frozen_modules=off -c 'import logging'`), plus `ntpath` (os.path on
 * Windows). `import logging` in one of them is circular; any codec under `encodings` counts.
 */
const LOGGING_NEEDS = new Set([
  '_collections_abc', '_colorize', '_weakrefset', 'abc', 'codecs', 'collections', 'collections.abc', 'contextlib',
  'copyreg', 'encodings', 'enum', 'functools', 'genericpath', 'heapq', 'importlib._bootstrap',
  'importlib._bootstrap_external', 'io', 'keyword', 'linecache', 'ntpath', 'operator', 'os', 'posixpath', 're',
  're._casefix', 're._compiler', 're._constants', 're._parser', 'reprlib', 'sre_compile', 'sre_constants',
  'sre_parse', 'stat', 'string', 'textwrap', 'threading', 'token', 'tokenize', 'traceback', 'types', 'warnings',
  'weakref', 'zipimport',
]);

/**
 * Modules the interpreter imports at start-up besides those (`site` and what it loads):
 * `import logging` there would load logging, threading and traceback into every process.
 */
const START_UP = new Set([
  'site', '_sitebuiltins', 'sitecustomize', 'usercustomize', 'importlib', 'importlib._abc', 'importlib.machinery',
  'importlib.util',
]);

/**
 * Modules `import contextlib` imports (CPython 3.8 to 3.13, from `sys.modules` after
 * `python3 -I -S -X frozen_modules=off -c 'import contextlib'`), plus `ntpath`: a
 * `contextlib.suppress` there would make the import circular (`functools` could no longer
 * be imported, nor anything that needs it).
 */
const CONTEXTLIB_NEEDS = new Set([
  '_collections_abc', 'abc', 'codecs', 'collections', 'collections.abc', 'contextlib', 'encodings', 'functools',
  'genericpath', 'io', 'keyword', 'ntpath', 'operator', 'os', 'posixpath', 'reprlib', 'stat', 'types', 'zipimport',
  'importlib._bootstrap', 'importlib._bootstrap_external',
]);

/** Whether `import contextlib` in this module would be circular, or load it at start-up. */
export function cannotImportContextlib(file: SourceFile): boolean {
  if (!file.module) return false;
  return CONTEXTLIB_NEEDS.has(file.module) || START_UP.has(file.module) || file.module.startsWith('encodings.');
}

/**
 * Whether the module cannot get a logger of its own: it implements logging (it defines
 * `getLogger`/`get_logger`, like oslo_log's `log`, or it is or lives in a module named
 * `logging`), where a log call in a handler's error path can recurse into the handler; or
 * `logging` itself imports it, so that `import logging` there is circular; or Python
 * imports it at start-up.
 */
function cannotLog(file: SourceFile): boolean {
  if (bindsTopLevel(file, 'getLogger') || bindsTopLevel(file, 'get_logger')) return true;
  if (!file.module) return false;
  return file.module.split('.').includes('logging') || LOGGING_NEEDS.has(file.module) || START_UP.has(file.module) || file.module.startsWith('encodings.');
}

/** The project's logging idiom (project conventions): the import its modules use, the logger's name. */
export interface LoggingIdiom {
  importStatement: string;
  loggerName: string;
  /** The call that makes the logger as the project writes it (`logging.getLogger(__name__)`). */
  factory: string | null;
}

/** The name an import statement binds: `from oslo_log import log as logging` -> `logging`. */
function boundName(importStatement: string): string | null {
  const match = /^(?:from\s+\S+\s+)?import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(importStatement.trim());
  if (!match) return null;
  return match[2] ?? (importStatement.trim().startsWith('from') ? (match[1] as string) : (match[1] as string).split('.')[0]!);
}

/**
 * The logger made through the project's own idiom: its import after the module's imports
 * (never above them), then `LOG = <module>.getLogger(__name__)` unless the import binds
 * the logger itself (`from myproject.log import LOG`).
 */
function idiomSetup(file: SourceFile, idiom: LoggingIdiom): LoggerSetup | null {
  const bound = boundName(idiom.importStatement);
  if (!bound || bindsTopLevel(file, idiom.loggerName)) return null;
  const present = file.text.split(/\r?\n/).some((line) => line.trim() === idiom.importStatement.trim());
  if (!present && bindsTopLevel(file, bound)) return null;
  const at = endOfImports(file);
  const importLine = present ? '' : `${idiom.importStatement.trim()}${file.eol}`;
  // The idiom imports the logger itself (Twisted's `from twisted.python import log`): an
  // object whose methods are its own (no `debug`, no %-formatting), and a module that the
  // logging package may itself import (an import cycle). Only a logger made by a factory
  // has the standard methods.
  if (bound === idiom.loggerName) return null;
  const factory = idiom.factory?.startsWith(`${bound}.`) && idiom.factory.includes("__name__") ? idiom.factory : `${bound}.${/structlog/.test(idiom.importStatement) ? 'get_logger' : 'getLogger'}(__name__)`;
  const following = file.text.slice(at);
  const wanted = following.trim() === '' ? 0 : /^(?:[ \t]*\r?\n)*(?:def |class |async def |@)/.test(following) ? 2 : 1;
  const blankLines = (/^(?:[ \t]*\r?\n)*/.exec(following)?.[0].match(/\n/g) ?? []).length;
  const creation = `${file.eol}${idiom.loggerName} = ${factory}${file.eol}${file.eol.repeat(Math.max(0, wanted - blankLines))}`;
  return { name: idiom.loggerName, edits: [{ start: at, end: at, text: importLine + creation }], boundAt: at };
}

/**
 * The module's logger, or how to create one (through the project's idiom when known, else
 * `newName` from the standard `logging`); null when that name is taken or the module cannot log.
 */
export function loggerSetup(file: SourceFile, newName: string, idiom?: LoggingIdiom): LoggerSetup | null {
  const existing = existingLogger(file);
  if (existing) return { name: existing.name, edits: [], boundAt: existing.boundAt };
  if (cannotLog(file)) return null;
  if (idiom) return idiomSetup(file, idiom);
  if (bindsTopLevel(file, newName)) return null;
  const loggingImport = moduleImport(file, 'logging') ?? moduleImport(file, 'oslo_log.log');
  const loggingModule = loggingImport?.name;
  // After the import block, and after the import of logging wherever it stands.
  const at = Math.max(endOfImports(file), loggingImport ? file.nextLineStart(loggingImport.boundAt) : 0);
  // PEP 8: two blank lines before a top-level definition, one before other code.
  const following = file.text.slice(at);
  const blankLines = (/^(?:[ \t]*\r?\n)*/.exec(following)?.[0].match(/\n/g) ?? []).length;
  const wanted = following.trim() === '' ? 0 : /^(?:[ \t]*\r?\n)*(?:def |class |async def |@)/.test(following) ? 2 : 1;
  const trailingBlank = file.eol.repeat(Math.max(0, wanted - blankLines));
  const creation = `${file.eol}${newName} = ${loggingModule ?? 'logging'}.getLogger(__name__)${file.eol}${trailingBlank}`;
  if (loggingModule) return { name: newName, edits: [{ start: at, end: at, text: creation }], boundAt: at };
  const addImport = addImportEdit(file, 'logging');
  // Two insertions at one place would conflict in the arbiter: make them one edit.
  if (addImport.start === at) {
    const importLine = addImport.text.endsWith(file.eol + file.eol) ? addImport.text.slice(0, -file.eol.length) : addImport.text;
    return { name: newName, edits: [{ start: at, end: at, text: importLine + creation }], boundAt: at };
  }
  return { name: newName, edits: [addImport, { start: at, end: at, text: creation }], boundAt: at };
}
