// The per-file half of parameter renames, run in the workers: every abbreviated
// parameter that callers may pass by keyword, with this file's edits (the parameter, its
// uses, its docstring entries) or the reason the file alone gives to refuse; and every
// call with the keywords it passes, so the project phase can rewrite or refuse them.
import type { SyntaxNode } from '../engine/syntax-tree.js';
import type { SourceFile } from '../engine/source.js';
import { docstringParameterSpans } from '../python/docstrings/docstring-parameters.js';
import { fillsTemplatesFromLocals } from '../python/scopes/dynamic-names.js';
import { decoratorName, definitionOf, isProperty, isPropertyAccessor, moduleExports, parametersNotPassedByName, type Definition } from '../python/summaries/functions.js';
import { analyzeScopes, describeScope, type Scope } from '../python/scopes/scopes.js';
import { isTestFile, isTestName } from '../python/conventions/tests.js';
import { renamedNodes, renameRefusal } from '../python/scopes/variable-renames.js';
import { expandIdentifier, isDunder } from '../python/words/words.js';
import type { Span } from './collect.js';
import type { RenameEdit } from './rename.js';

export interface CallRecord {
  /**
   * The called name: `f` in `f(...)`, `method` in `obj.method(...)`; empty when the callee
   * is computed (`getattr(obj, name)(...)`, `handlers[kind](...)`) and may be anything.
   */
  name: string;
  /** Where that name is written: the span the index records for a reference to it. */
  span: Span;
  line: number;
  keywords: Array<{ name: string; span: Span }>;
  /** A `**mapping` argument: keywords nobody can see. */
  doubleStar: boolean;
}

export interface ParameterCandidate {
  /** The function, as the project index records its definition. */
  functionName: string;
  classPath: string[];
  definitionSpan: Span;
  parameter: string;
  newName: string;
  at: Span;
  /** This file's edits: the parameter, every use of it, its docstring entries. */
  edits: RenameEdit[];
  /** Why not, when this file alone says so. */
  refusal?: string;
  /**
   * Who may name the parameter: nobody (a property's getter, setter or deleter, reached
   * as an attribute); calls in this file alone, already among `edits` (a function nested
   * in another); or calls anywhere, for the project index to find.
   */
  callers: 'none' | 'file' | 'project';
  /**
   * Whether code outside the project may call it, as far as this file tells: no `_` on
   * it or its classes, listed in `__all__` if the module has one, not in test code.
   */
  public: boolean;
}

export interface ParameterFacts {
  calls: CallRecord[];
  candidates: ParameterCandidate[];
}

/** Decorators that neither call the function by keyword nor read its signature. */
const PLAIN_DECORATORS = new Set(['staticmethod', 'classmethod', 'property', 'cached_property', 'abstractmethod', 'setter', 'deleter', 'cache', 'lru_cache', 'contextmanager', 'asynccontextmanager', 'override', 'wraps']);

function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Why a framework, not a caller, decides the parameter names of `definition`, or null. */
function frameworkRefusal(path: string, definition: Definition): string | null {
  if (isDunder(definition.name)) return `\`${definition.name}\` is a special method: Python and its protocols call it with these names`;
  const names = definition.decorators.map(decoratorName);
  if (names.includes('fixture')) return 'it is a pytest fixture: pytest passes its parameters by name';
  if (definition.decorators.some((decorator) => /^click\./.test(decorator)) || names.some((name) => name === 'option' || name === 'argument')) {
    return 'click passes its options and arguments by parameter name';
  }
  if (/^pytest_/.test(definition.name) || /(^|[\\/])conftest\.py$/.test(path)) return 'pytest calls hooks and conftest functions with arguments by name';
  if (isTestFile(path) && isTestName(definition.name, 'function_definition')) return 'it is a test function: pytest passes fixtures to it by parameter name';
  const other = definition.decorators.find((decorator) => !PLAIN_DECORATORS.has(decoratorName(decorator)));
  if (other) return `it is decorated with \`@${other}\`, which may call it by keyword or read its signature`;
  return null;
}

/** Whether no function encloses `scope`: the index records only such definitions. */
function atModuleOrClassLevel(scope: Scope): boolean {
  for (let outer = scope.parent; outer; outer = outer.parent) if (outer.kind !== 'class' && outer.kind !== 'module') return false;
  return true;
}

/**
 * A function nested in another is called where its enclosing function can see it: the
 * keyword edits at every such call, or why they cannot all be found.
 */
function nestedCallEdits(scope: Scope, parameter: string, newName: string): RenameEdit[] | string {
  const outer = scope.parent;
  const binding = scope.name && outer?.kind === 'function' ? outer.bindings.get(scope.name) : undefined;
  if (!binding || !outer) return 'it is defined in a class inside a function, whose calls are not followed';
  if (binding.sites.length !== 1) return `\`${binding.name}\` is bound more than once in ${describeScope(outer)}`;
  const edits: RenameEdit[] = [];
  for (const reference of binding.references) {
    const call = reference.node.parent;
    const line = reference.node.startPosition.row + 1;
    if (call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== reference.node.startIndex) {
      return `it is used as a value, not called, on line ${line}, so its callers cannot all be found`;
    }
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
      if (argument.type === 'dictionary_splat') return `it is called with \`**mapping\`, whose keys cannot be seen, on line ${line}`;
      const keyword = argument.type === 'keyword_argument' ? argument.childForFieldName('name') : null;
      if (keyword?.text === newName) return `a call already passes \`${newName}=\` on line ${line}`;
      if (keyword?.text === parameter) edits.push({ ...spanOf(keyword), text: newName });
    }
  }
  return edits;
}

function classPathOf(scope: Scope): string[] {
  const path: string[] = [];
  for (let outer = scope.parent; outer; outer = outer.parent) if (outer.kind === 'class' && outer.name) path.unshift(outer.name);
  return path;
}

function collectCalls(root: SyntaxNode): CallRecord[] {
  return root.descendantsOfType('call').flatMap((call) => {
    const callee = call.childForFieldName('function');
    const nameNode = callee?.type === 'identifier' ? callee : callee?.type === 'attribute' ? callee.childForFieldName('attribute') : null;
    const argumentList = call.childForFieldName('arguments');
    if (!callee || argumentList?.type !== 'argument_list') return [];
    const keywords = argumentList.namedChildren.flatMap((argument) => {
      const name = argument.type === 'keyword_argument' ? argument.childForFieldName('name') : null;
      return name ? [{ name: name.text, span: spanOf(name) }] : [];
    });
    const doubleStar = argumentList.namedChildren.some((argument) => argument.type === 'dictionary_splat');
    const named = nameNode ?? callee;
    return [{ name: nameNode?.text ?? '', span: spanOf(named), line: call.startPosition.row + 1, keywords, doubleStar }];
  });
}

export function collectParameterFacts(file: SourceFile, dictionary: ReadonlyMap<string, string>): ParameterFacts {
  const analysis = analyzeScopes(file.root);
  const templatesFromLocals = fillsTemplatesFromLocals(file.root);
  const exports = moduleExports(file.root);
  const candidates: ParameterCandidate[] = [];
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'function') continue;
    const definition = definitionOf(scope.node);
    const nameNode = scope.node.childForFieldName('name');
    const notByName = parametersNotPassedByName(scope.node);
    const framework = frameworkRefusal(file.path, definition);
    const classPath = classPathOf(scope);
    const topLevelName = classPath[0] ?? definition.name;
    const isPublic =
      !isTestFile(file.path) && [...classPath, definition.name].every((name) => !name.startsWith('_') || isDunder(name)) && (!exports || exports.has(topLevelName));
    for (const binding of scope.parameters()) {
      if (notByName.has(binding.name) || !nameNode) continue;
      const newName = expandIdentifier(binding.name, dictionary);
      if (!newName || newName === binding.name) continue;
      const nested = atModuleOrClassLevel(scope) ? [] : nestedCallEdits(scope, binding.name, newName);
      const refusal = framework ?? (typeof nested === 'string' ? nested : null) ?? renameRefusal(binding, newName, templatesFromLocals);
      const uses = renamedNodes(binding).map((node) => ({ ...spanOf(node), text: newName }));
      const entries = docstringParameterSpans(scope.node, binding.name).map((span) => ({ ...span, text: newName }));
      const accessor = isProperty(definition) || isPropertyAccessor(definition);
      candidates.push({
        functionName: nameNode.text,
        classPath,
        definitionSpan: spanOf(nameNode),
        parameter: binding.name,
        newName,
        at: spanOf(binding.sites[0]!.node),
        edits: [...uses, ...entries, ...(typeof nested === 'string' ? [] : nested)],
        ...(refusal ? { refusal } : {}),
        callers: accessor ? 'none' : atModuleOrClassLevel(scope) ? 'project' : 'file',
        public: isPublic,
      });
    }
  }
  return { calls: collectCalls(file.root), candidates };
}
