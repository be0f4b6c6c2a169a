// The per-file half of the project index, run in the workers: what a file defines
// (functions, classes, methods), what it imports, and every place that may refer to a
// project symbol (names, attributes, self./cls./super() members, strings). Plain data.
import type { SyntaxNode } from '../engine/syntax-tree.js';
import type { SourceFile } from '../engine/source.js';
import { moduleExports } from '../python/summaries/functions.js';
import { analyzeScopes, STATEMENT_CONTAINERS, type Scope } from '../python/scopes/scopes.js';

export interface Span {
  start: number;
  end: number;
}

export interface DefinitionRecord {
  kind: 'function' | 'class';
  name: string;
  /** Enclosing classes, outermost first (`['Outer', 'Inner']` for a method of Inner). */
  classPath: string[];
  span: Span;
  line: number;
  decorators: string[];
  /** For classes: the base expressions as dotted names (others are left out). */
  bases: string[];
  /** For classes: bases that are not plain dotted names (calls, subscripts). */
  opaqueBases: boolean;
}

export interface ImportRecord {
  /** The name bound in this module. */
  local: string;
  /** `import a.b as c`: module a.b; `from m import x`: m with name x; relative: level > 0. */
  module: string;
  level: number;
  name?: string;
  /** Where the imported name is written (`x` in `from m import x as y`), to rename it. */
  nameSpan?: Span;
  /** Whether the imported name is also the local name (no `as`). */
  unaliased: boolean;
  /** An import inside a function or class body: it binds a local name, not a global. */
  nested?: true;
  /** For a nested import: every identifier of the enclosing function or class (a new name must avoid them). */
  scopeNames?: string[];
  /** `from module import *`: `local` is `*`, and the module's exported names are bound. */
  star?: true;
}

export type ReferenceRecord =
  /** A name resolving to a module-level binding of this file. */
  | { kind: 'global'; name: string; span: Span }
  /** A name resolving to a binding in a class body (a method used by a later decorator). */
  | { kind: 'class-local'; classPath: string[]; name: string; span: Span }
  /** `a.b.name` whose leftmost part is a module-level binding. */
  | { kind: 'attribute'; base: string[]; name: string; span: Span }
  /** `self.name`, `cls.name` and `super().name` inside a method of `classPath`. */
  | { kind: 'member'; via: 'self' | 'super'; classPath: string[]; name: string; span: Span }
  /** `obj.name` where obj was assigned from `Class(...)` in the same function. */
  | { kind: 'instance'; base: string[]; name: string; span: Span }
  /**
   * A name bound by an import inside a function (`import subprocess`, `from m import f`),
   * used as `f` (base empty, name the local name) or `subprocess.name` (base from the
   * local name on); `record` is the index of that import in the file's imports.
   */
  | { kind: 'imported'; record: number; base: string[]; name: string; span: Span };

export interface StringRecord {
  /** The string's value (simple strings only: no escapes, no interpolation). */
  value: string;
  /** Where the value is written, between the quotes. */
  span: Span;
  line: number;
  /** How it is used: `__all__`, a `mock.patch` target, `patch.object`/`getattr` attribute. */
  context: 'all' | 'patch' | 'attribute-of' | 'other';
  /** For `attribute-of`: the object, as a dotted name, `self` / `cls` inside a class, or an instance. */
  target?: { kind: 'global'; base: string[] } | { kind: 'member'; classPath: string[] } | { kind: 'instance'; base: string[] };
}

/**
 * Where names occur, compactly (there are hundreds of thousands): name -> flat pairs of
 * start index and line. The span of each is `start .. start + name.length`.
 */
export type PlacesByName = Record<string, number[]>;

/** One place of a `PlacesByName`. */
export interface UnknownAttribute {
  name: string;
  span: Span;
  line: number;
}

export interface LocalMethod {
  name: string;
  span: Span;
  line: number;
  /** The bases of its class, as dotted names written in the file. */
  bases: string[];
}

export interface FileIndex {
  definitions: DefinitionRecord[];
  imports: ImportRecord[];
  references: ReferenceRecord[];
  strings: StringRecord[];
  /** Names bound at module level (assignments, defs, imports). */
  globals: string[];
  /** `getattr(obj, <computed>)` calls: names that cannot be followed. */
  dynamicAttributes: Array<{ line: number }>;
  /**
   * `x.name` where nothing tells what `x` is (a parameter, a local, a call's result,
   * `self.a.name`): a method of that name may be meant, or may not.
   */
  unknownAttributes: PlacesByName;
  /** Methods of classes defined inside functions, which the symbols leave out. */
  localMethods: LocalMethod[];
  /** Names in the examples of docstrings (`>>> f(x)` and `... ` lines): doctests run them. */
  doctestNames: PlacesByName;
  /**
   * Names spelled in comments and docstrings, those that can only be code (`snake_case`
   * or camelCase, not a file or module path): a rename of the one definition they name
   * updates them.
   */
  commentNames?: PlacesByName;
  starImport: boolean;
  /** The module's `__all__`, when it is a literal list or tuple of strings. */
  exports?: string[];
  /**
   * The dotted module name from the run's full paths (the file's own): the project phase
   * sees paths relative to the working directory, which lose the top package when the
   * run starts inside it (`cd twisted; pycodemod .` would make `twisted.trial` `trial`).
   */
  module?: string;
  /** To check, in the rewrite phase, that the text is still the one indexed. */
  fingerprint: string;
  /**
   * An outline collected for a run that may ask for the file again (`partial`): the
   * places of no name are in it, and these are the names it spells that may be asked
   * about. The index asks for the file (`need`) when it is asked for one of them.
   */
  spelled?: string[];
}

/** A short hash of a text: its length and an FNV-1a digest. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** `a.b.c` as ['a', 'b', 'c'], or null for anything that is not a plain dotted name. */
export function dottedParts(node: SyntaxNode | null): string[] | null {
  if (!node) return null;
  if (node.type === 'identifier') return [node.text];
  if (node.type === 'attribute') {
    const object = dottedParts(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute');
    return object && attribute ? [...object, attribute.text] : null;
  }
  return null;
}

/** The value of a plain string literal, or null (f-strings, escapes, concatenations). */
function simpleString(node: SyntaxNode): { value: string; span: Span } | null {
  if (node.type !== 'string') return null;
  // An f-string: its prefix (which `string_start` holds with the quotes) has an f.
  if (/^[a-zA-Z]*[fF]/.test(node.firstChild?.text ?? '')) return null;
  // What lies between the quotes (every string is read: no list of its children is made).
  let first: SyntaxNode | null = null;
  let part: SyntaxNode | null = null;
  let parts = 0;
  for (const child of node.children) {
    if (!child.isNamed) continue;
    first ??= child;
    if (child.type === 'string_start' || child.type === 'string_end') continue;
    part ??= child;
    parts++;
  }
  if (parts === 0) {
    const start = first?.endIndex ?? node.startIndex;
    return { value: '', span: { start, end: start } };
  }
  if (parts !== 1 || part?.type !== 'string_content') return null;
  return { value: part.text, span: spanOf(part) };
}

function classPathOf(scope: Scope): string[] {
  const path: string[] = [];
  for (let current: Scope | null = scope; current; current = current.parent) {
    if (current.kind === 'class' && current.name) path.unshift(current.name);
  }
  return path;
}

/** Whether no function encloses `scope`: module-level code and class bodies. */
function outsideFunctions(scope: Scope): boolean {
  for (let current: Scope | null = scope; current; current = current.parent) if (current.kind !== 'class' && current.kind !== 'module') return false;
  return true;
}

/** The class whose method `scope` is (directly), or null. */
function methodClass(scope: Scope): Scope | null {
  let function_: Scope | null = scope;
  while (function_ && function_.kind !== 'function') function_ = function_.parent;
  return function_?.parent?.kind === 'class' ? function_.parent : null;
}

function decoratorsOf(definition: SyntaxNode): string[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren.filter((child) => child.type === 'decorator').map((decorator) => decorator.text.replace(/^@\s*/, ''));
}

// function-names and test-names both index every file in the project phase: once is enough.
const indexed = new WeakMap<SourceFile, FileIndex>();

/** The file's full index, if a transform of the run built it already (`collectFileIndex`). */
export function builtFileIndex(file: SourceFile): FileIndex | undefined {
  return indexed.get(file);
}

/** The file's definitions, imports and references, made once per parsed file. */
export function collectFileIndex(file: SourceFile): FileIndex {
  let index = indexed.get(file);
  if (!index) indexed.set(file, (index = buildFileIndex(file, true)));
  return index;
}

/**
 * The file's index as a rename of `names` reads it: all that resolves names (definitions,
 * imports, module-level names) and the places that spell one of `names` (the rest of a
 * large module's places is most of what would cross to the main thread):
 * `indexForNames(collectFileIndex(file), names)`. Only the function bodies that spell one
 * of `names` are analysed (or declare `global` or `nonlocal`, which bind names outside
 * them): a large test module's other thousand methods cannot refer to them.
 */
export function collectFileIndexFor(file: SourceFile, names: ReadonlySet<string>): FileIndex {
  return indexForNames(indexed.get(file) ?? buildFileIndex(file, true, names), names);
}

/** The places of `names` alone (`name` and `.name` keys). */
function placesNamed(places: PlacesByName, names: ReadonlySet<string>): PlacesByName {
  const kept = Object.create(null) as PlacesByName;
  for (const key of Object.keys(places)) if (names.has(key.startsWith('.') ? key.slice(1) : key)) kept[key] = places[key] as number[];
  return kept;
}

/** A file's index with only the places that spell one of `names`, and all that resolves names. */
export function indexForNames(index: FileIndex, names: ReadonlySet<string>): FileIndex {
  const lastName = (value: string) => value.slice(value.lastIndexOf('.') + 1);
  return {
    ...index,
    references: index.references.filter((reference) => names.has(reference.name)),
    strings: index.strings.filter((literal) => names.has(lastName(literal.value))),
    unknownAttributes: placesNamed(index.unknownAttributes, names),
    localMethods: index.localMethods.filter((method) => names.has(method.name)),
    doctestNames: placesNamed(index.doctestNames, names),
    ...(index.commentNames ? { commentNames: placesNamed(index.commentNames, names) } : {}),
  };
}

const definitionsIndexed = new WeakMap<SourceFile, FileIndex>();

/**
 * What resolves names and bases across modules (definitions, imports, module-level
 * names, `__all__`), without the places that refer to symbols (references, strings,
 * unknown attributes, doctest names: most of an index's size and of its making), for a
 * transform that reads the class hierarchy but renames nothing. Only the outline is
 * walked: function bodies (their imports, their `global` names) are not. The whole index when a
 * renaming transform has already made it for this file.
 */
export function collectDefinitionIndex(file: SourceFile): FileIndex {
  let index = indexed.get(file) ?? definitionsIndexed.get(file);
  if (!index) definitionsIndexed.set(file, (index = buildFileIndex(file, false)));
  return index;
}

function exportsOf(root: SyntaxNode): { exports?: string[] } {
  const exports = moduleExports(root);
  return exports ? { exports: [...exports] } : {};
}

/** The sorted starts of every occurrence of `words` in `text`, as text (inside longer words too). */
export function textOccurrences(text: string, words: Iterable<string>): number[] {
  const starts: number[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) starts.push(at);
  }
  return starts.sort((a, b) => a - b);
}

/** Whether one of the sorted `starts` lies in the node's text. */
export function spelledIn(starts: readonly number[], node: SyntaxNode): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) < node.startIndex) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && (starts[low] as number) < node.endIndex;
}

/**
 * The file's index; without `places`, only definitions, imports and module-level names;
 * with `names`, the places of those names alone (see collectFileIndexFor).
 */
function buildFileIndex(file: SourceFile, places: boolean, names?: ReadonlySet<string>): FileIndex {
  const spelled = names ? textOccurrences(file.text, names) : null;
  // A body that binds outside itself is analysed too: `global x` adds to the module's
  // names, `nonlocal x` to the sites of an enclosing function's `x`.
  const declarations = spelled ? textOccurrences(file.text, ['global', 'nonlocal']) : [];
  const walkBody = spelled ? (definition: SyntaxNode) => spelledIn(spelled, definition) || spelledIn(declarations, definition) : null;
  // Without places, the outline is enough: what no function encloses.
  const analysis = analyzeScopes(file.root, !places ? { outline: true } : walkBody ? { walkBody } : {});
  const index: FileIndex = {
    definitions: [],
    imports: [],
    references: [],
    strings: [],
    globals: [...analysis.module.bindings.keys()],
    dynamicAttributes: [],
    unknownAttributes: Object.create(null) as PlacesByName,
    localMethods: [],
    doctestNames: Object.create(null) as PlacesByName,
    starImport: analysis.module.starImport,
    ...exportsOf(file.root),
    ...(file.module ? { module: file.module } : {}),
    fingerprint: fingerprintOf(file.text),
  };

  const importAt = collectImports(file.root, index, places);
  if (!places) {
    for (const scope of analysis.scopes) addDefinition(scope, index);
    return index;
  }

  // The first parameter of every method, unless it is a staticmethod: `self` or `cls`.
  const receivers = new Set<number>();
  const instances = new Map<number, string[]>();
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'function' || scope.parent?.kind !== 'class') continue;
    if (decoratorsOf(scope.node).some((decorator) => decorator === 'staticmethod')) continue;
    const first = scope.parameters()[0];
    if (first) for (const reference of first.references) receivers.add(reference.node.startIndex);
  }

  for (const scope of analysis.scopes) {
    // A method of a class defined in a function (`def make(): class Child(Base): ...`).
    if (scope.kind === 'function' && scope.parent?.kind === 'class' && !outsideFunctions(scope.parent)) {
      const name = scope.node.childForFieldName('name');
      const superclasses = scope.parent.node.childForFieldName('superclasses');
      const bases = (superclasses?.namedChildren ?? []).map((base) => dottedParts(base)).filter((parts): parts is string[] => !!parts);
      if (name) index.localMethods.push({ name: name.text, span: spanOf(name), line: name.startPosition.row + 1, bases: bases.map((parts) => parts.join('.')) });
    }
    addDefinition(scope, index);
    // Locals assigned once from a call of a global name: `server = Server(...)`.
    if (scope.kind === 'function') {
      for (const binding of scope.bindings.values()) {
        const site = binding.sites.length === 1 ? binding.sites[0] : undefined;
        const assignment = site?.kind === 'assignment' ? site.node.parent : null;
        if (!site || assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.startIndex !== site.node.startIndex) continue;
        const value = assignment.childForFieldName('right');
        const calleeNode = value?.type === 'call' ? value.childForFieldName('function') : null;
        const callee = dottedParts(calleeNode);
        const leftmost = calleeNode?.type === 'identifier' ? calleeNode : calleeNode?.descendantsOfType('identifier')[0];
        if (!callee || !leftmost || analysis.bindingAt(leftmost)?.scope.kind !== 'module') continue;
        for (const reference of binding.references) instances.set(reference.node.startIndex, callee);
      }
    }
    for (const reference of scope.references) {
      const node = reference.node;
      const owner = reference.binding?.scope;
      const parent = node.parent;
      const isObjectOfAttribute = parent?.type === 'attribute' && parent.childForFieldName('object')?.startIndex === node.startIndex;
      // A name that only a nested import binds refers to what that import names.
      const sites = reference.binding?.sites ?? [];
      const importRecord = owner && owner.kind !== 'module' && sites.length === 1 && sites[0]?.kind === 'import' ? importAt.get(sites[0].node.startIndex) : undefined;
      // A name no binding explains in a module with `import *` may come from that import.
      const fromStar = !reference.binding && !reference.builtin && analysis.module.starImport;
      if (owner?.kind === 'module' || fromStar) index.references.push({ kind: 'global', name: node.text, span: spanOf(node) });
      else if (importRecord !== undefined) index.references.push({ kind: 'imported', record: importRecord, base: [], name: node.text, span: spanOf(node) });
      else if (owner?.kind === 'class') index.references.push({ kind: 'class-local', classPath: classPathOf(owner), name: node.text, span: spanOf(node) });
      if (!isObjectOfAttribute || !parent) continue;
      // Follow the attribute chain up from its leftmost name: a.b.c -> base [a, b], name c.
      let chainNode: SyntaxNode = parent;
      const parts = [node.text];
      while (chainNode.type === 'attribute') {
        const attribute = chainNode.childForFieldName('attribute');
        if (!attribute) break;
        if (owner?.kind === 'module' || fromStar) index.references.push({ kind: 'attribute', base: [...parts], name: attribute.text, span: spanOf(attribute) });
        else if (importRecord !== undefined) index.references.push({ kind: 'imported', record: importRecord, base: [...parts], name: attribute.text, span: spanOf(attribute) });
        else if (receivers.has(node.startIndex) && parts.length === 1) {
          // The method that binds `self`, not the scope that reads it: a closure's `self`
          // (`def callback(): self._helper()`) is its enclosing method's.
          const cls = methodClass(owner ?? scope);
          if (cls) index.references.push({ kind: 'member', via: 'self', classPath: classPathOf(cls), name: attribute.text, span: spanOf(attribute) });
        } else if (instances.has(node.startIndex) && parts.length === 1) {
          index.references.push({ kind: 'instance', base: instances.get(node.startIndex) as string[], name: attribute.text, span: spanOf(attribute) });
        }
        parts.push(attribute.text);
        if (chainNode.parent?.type !== 'attribute' || chainNode.parent.childForFieldName('object')?.startIndex !== chainNode.startIndex) break;
        chainNode = chainNode.parent;
      }
    }
  }

  // With names, a function's body can hold one of their places, or a getattr() with a
  // computed name (kept whatever it names), only if it spells one of them or the getattr.
  const lookups = spelled ? textOccurrences(file.text, ATTRIBUTE_FUNCTIONS) : [];
  const walksInto = spelled ? (definition: SyntaxNode) => spelledIn(spelled, definition) || spelledIn(lookups, definition) : undefined;
  collectSuperAndStrings(file.root, file.text, analysis, index, receivers, walksInto);
  collectUnknownAttributes(file.root, index, spelled && names ? { starts: spelled, names } : undefined);
  index.commentNames = commentNames(file.root, spelled ?? undefined);
  return index;
}

/** Records a function or class that no function encloses (module level, class bodies). */
function addDefinition(scope: Scope, index: FileIndex): void {
  if ((scope.kind !== 'function' && scope.kind !== 'class') || !scope.parent || !outsideFunctions(scope.parent)) return;
  const name = scope.node.childForFieldName('name');
  if (!name) return;
  const superclasses = scope.node.childForFieldName('superclasses');
  const baseNodes = superclasses?.namedChildren.filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment') ?? [];
  const bases = baseNodes.map((base) => dottedParts(base)).filter((parts): parts is string[] => !!parts);
  index.definitions.push({
    kind: scope.kind === 'class' ? 'class' : 'function',
    name: name.text,
    classPath: classPathOf(scope.parent),
    span: spanOf(name),
    line: name.startPosition.row + 1,
    decorators: decoratorsOf(scope.node),
    bases: bases.map((parts) => parts.join('.')),
    opaqueBases: bases.length !== baseNodes.length,
  });
}

/**
 * An example line with its string literals and comment blanked out: the words left are
 * code (`sympy.test("sympy/core/tests/test_basic.py")  # doctest: +SKIP` keeps `sympy.test`).
 */
export function exampleCode(line: string): string {
  let code = '';
  let quote: string | null = null;
  for (let position = 0; position < line.length; position++) {
    const char = line[position] as string;
    if (quote) {
      if (char === '\\') {
        code += '  ';
        position++;
      } else if (line.startsWith(quote, position)) {
        code += ' '.repeat(quote.length);
        position += quote.length - 1;
        quote = null;
      } else code += ' ';
    } else if (char === '#') {
      return code + ' '.repeat(line.length - position);
    } else if (char === '"' || char === "'") {
      quote = line.startsWith(char.repeat(3), position) ? char.repeat(3) : char;
      code += ' '.repeat(quote.length);
      position += quote.length - 1;
    } else code += char;
  }
  return code.slice(0, line.length);
}

/**
 * The identifiers of the example lines of a string (`>>> nx.utils.arbitrary_element(s)`),
 * outside the example's own strings and comments; an attribute (`.name`) under `.name`.
 */
function collectDoctestNames(node: SyntaxNode, index: FileIndex): void {
  const line = node.startPosition.row + 1;
  let offset = 0;
  for (const text of node.text.split('\n')) {
    const prompt = /^\s*(?:>>>|\.\.\.) /.exec(text);
    if (prompt) {
      const code = exampleCode(text.slice(prompt[0].length));
      for (const match of code.matchAll(/[A-Za-z_]\w{2,}/g)) {
        const start = node.startIndex + offset + prompt[0].length + match.index;
        // An attribute is kept as `.name` from its dot: the span still ends at the name's end.
        if (code[match.index - 1] === '.') (index.doctestNames[`.${match[0]}`] ??= []).push(start - 1, line);
        else (index.doctestNames[match[0]] ??= []).push(start, line);
      }
    }
    offset += text.length + 1;
  }
}

/**
 * Where the file's comments and docstrings (strings standing alone as statements) spell a
 * name as code would (snake_case or camelCase, not a path): see FileIndex.commentNames.
 */
function commentNames(root: SyntaxNode, spelled?: readonly number[]): PlacesByName {
  const places: PlacesByName = Object.create(null) as PlacesByName;
  const isProse = (node: SyntaxNode) => node.type === 'comment' || (node.type === 'string' && node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1);
  const prose = spelled ? proseAround(root, spelled, isProse) : root.descendantsOfType(['comment', 'string']).filter(isProse);
  for (const node of prose) {
    let offset = node.startIndex;
    let row = node.startPosition.row;
    // A docstring's examples (`>>>` and the output below, to a blank line) are code and
    // data that doctests run: the doctest names cover their code, their data stays.
    let example = false;
    for (const text of node.text.split('\n')) {
      const trimmed = text.trim();
      if (trimmed.startsWith('>>>')) example = true;
      else if (trimmed === '') example = false;
      if (!example) {
        for (const match of text.matchAll(/(?<![\w/\\-])_*[A-Za-z]\w*(?:_[A-Za-z0-9]|[a-z][A-Z])\w*(?!\w|\.\w|\/|-\w)/g)) {
          (places[match[0]] ??= []).push(offset + match.index, row + 1);
        }
      }
      offset += text.length + 1;
      row++;
    }
  }
  return places;
}

/** The places of `name` in a `PlacesByName`. */
export function placesOf(places: PlacesByName, name: string): UnknownAttribute[] {
  const flat = Object.hasOwn(places, name) ? (places[name] as number[]) : [];
  const found: UnknownAttribute[] = [];
  for (let index = 0; index < flat.length; index += 2) {
    const start = flat[index] as number;
    found.push({ name, span: { start, end: start + name.length }, line: flat[index + 1] as number });
  }
  return found;
}

/** The comments and strings that hold one of the `spelled` places and pass `keep`, in document order. */
function proseAround(root: SyntaxNode, spelled: readonly number[], keep: (node: SyntaxNode) => boolean): SyntaxNode[] {
  const found = new Map<number, SyntaxNode>();
  for (const start of spelled) {
    for (let node: SyntaxNode | null = root.descendantForIndex(start, start + 1); node; node = node.parent) {
      if ((node.type === 'comment' || node.type === 'string') && keep(node)) found.set(node.startIndex, node);
    }
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * The attributes (`x.name`) that end in one of `names`, found from where the text spells
 * them, in the order a search of the tree meets them (an outer attribute before the one
 * it holds).
 */
function attributesNamed(root: SyntaxNode, starts: readonly number[], names: ReadonlySet<string>): SyntaxNode[] {
  const found = new Map<number, SyntaxNode>();
  for (const start of starts) {
    const node = root.descendantForIndex(start, start + 1);
    const attribute = node.parent;
    if (node.type !== 'identifier' || node.startIndex !== start || !names.has(node.text) || attribute?.type !== 'attribute') continue;
    if (attribute.childForFieldName('attribute')?.startIndex === start) found.set(start, attribute);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
}

/**
 * Every `x.name` whose name no reference record accounts for: the object is unknown. With
 * `only`, those whose name is one of `only.names` (spelled at `only.starts`).
 */
function collectUnknownAttributes(root: SyntaxNode, index: FileIndex, only?: { starts: readonly number[]; names: ReadonlySet<string> }): void {
  const known = new Set(index.references.map((reference) => reference.span.start));
  for (const attribute of only ? attributesNamed(root, only.starts, only.names) : root.descendantsOfType('attribute')) {
    const name = attribute.childForFieldName('attribute');
    if (name && !known.has(name.startIndex)) (index.unknownAttributes[name.text] ??= []).push(name.startIndex, name.startPosition.row + 1);
  }
}

/** The innermost function or class a statement stands in, or null at module level. */
function enclosingDefinition(statement: SyntaxNode): SyntaxNode | null {
  for (let parent = statement.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'class_definition') return parent;
  }
  return null;
}

/**
 * The import statements outside functions, each with the class whose body holds it (null
 * at module level), in document order: a walk of the outline, never of a function body.
 */
function* outlineImports(node: SyntaxNode, owner: SyntaxNode | null): Generator<[SyntaxNode, SyntaxNode | null]> {
  for (const child of node.namedChildren) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (child.type === 'import_statement' || child.type === 'import_from_statement') yield [child, owner];
    else if (definition?.type === 'class_definition') {
      const body = definition.childForFieldName('body');
      if (body) yield* outlineImports(body, definition);
    } else if (STATEMENT_CONTAINERS.has(child.type)) yield* outlineImports(child, owner);
  }
}

/**
 * Every import of the file into `index.imports`. Returns, for each import, the start of the
 * identifier it binds (the scope analysis' binding site) -> the record's index.
 */
function collectImports(root: SyntaxNode, index: FileIndex, insideFunctions = true): Map<number, number> {
  const importAt = new Map<number, number>();
  const add = (record: ImportRecord, bound: SyntaxNode | null | undefined) => {
    if (bound) importAt.set(bound.startIndex, index.imports.length);
    index.imports.push(record);
  };
  const namesIn = new Map<SyntaxNode, string[]>();
  const statements = insideFunctions
    ? root.descendantsOfType(['import_statement', 'import_from_statement']).map((statement): [SyntaxNode, SyntaxNode | null] => [statement, enclosingDefinition(statement)])
    : outlineImports(root, null);
  for (const [statement, definition] of statements) {
    let scopeNames = definition ? namesIn.get(definition) : undefined;
    if (definition && !scopeNames) namesIn.set(definition, (scopeNames = [...new Set(definition.descendantsOfType('identifier').map((node) => node.text))]));
    const nested = scopeNames ? ({ nested: true, scopeNames } as const) : {};
    if (statement.type === 'import_statement') {
      for (const name of statement.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
          const alias = name.childForFieldName('alias');
          const module = name.childForFieldName('name')?.text;
          if (alias && module) add({ local: alias.text, module, level: 0, unaliased: false, ...nested }, alias);
        } else {
          // `import a.b` binds `a`, the package.
          const first = name.namedChild(0);
          add({ local: first?.text ?? name.text, module: name.text, level: 0, unaliased: true, ...nested }, first ?? name);
        }
      }
      continue;
    }
    const moduleNode = statement.childForFieldName('module_name');
    let level = 0;
    let module = '';
    if (moduleNode?.type === 'relative_import') {
      level = moduleNode.namedChildren.find((child) => child.type === 'import_prefix')?.text.length ?? 0;
      module = moduleNode.namedChildren.find((child) => child.type === 'dotted_name')?.text ?? '';
    } else module = moduleNode?.text ?? '';
    if (statement.namedChildren.some((child) => child.type === 'wildcard_import')) {
      add({ local: '*', module, level, unaliased: false, star: true, ...nested }, null);
      continue;
    }
    for (const name of statement.childrenForFieldName('name')) {
      const imported = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias') : null;
      if (!imported) continue;
      const bound = alias ?? (imported.type === 'dotted_name' ? imported.namedChild(0) : imported);
      add({ local: (alias ?? imported).text, module, level, name: imported.text, nameSpan: spanOf(imported), unaliased: !alias, ...nested }, bound);
    }
  }
  return importAt;
}

const PATCH_CALLEES = /(^|\.)patch$/;
const PATCH_OBJECT_CALLEES = /(^|\.)patch\.object$/;
const ATTRIBUTE_FUNCTIONS = new Set(['getattr', 'setattr', 'hasattr', 'delattr']);
/** How every callee the walk below reads ends: `super`, `x.patch`, `x.patch.object`, `getattr`... */
const CALLEE_ENDINGS = ['super', 'patch', 'patch.object', ...ATTRIBUTE_FUNCTIONS];

/** Whether the text ending at `end` ends with one of CALLEE_ENDINGS (read in place: most callees end otherwise). */
function endsLikeCallee(text: string, end: number): boolean {
  return CALLEE_ENDINGS.some((ending) => text.startsWith(ending, end - ending.length));
}

function collectSuperAndStrings(
  root: SyntaxNode,
  text: string,
  analysis: ReturnType<typeof analyzeScopes>,
  index: FileIndex,
  receivers: Set<number>,
  /** Whether to walk a function (by default, every one). */
  walksInto: (definition: SyntaxNode) => boolean = () => true,
): void {
  const targetOf = (node: SyntaxNode | null | undefined): StringRecord['target'] => {
    const parts = dottedParts(node ?? null);
    if (!node || !parts) return undefined;
    if (parts.length === 1 && receivers.has(node.startIndex)) {
      const cls = methodClass(analysis.scopeOf(node));
      return cls ? { kind: 'member', classPath: classPathOf(cls) } : undefined;
    }
    const first = node.type === 'identifier' ? node : node.descendantsOfType('identifier')[0];
    const binding = first ? analysis.bindingAt(first) : null;
    return binding?.scope.kind === 'module' ? { kind: 'global', base: parts } : undefined;
  };
  const walk = (node: SyntaxNode) => {
    // Only callees of a few names matter; the others' text and arguments are not made.
    const callee = node.type === 'call' ? node.childForFieldName('function') : null;
    if (callee && endsLikeCallee(text, callee.endIndex)) {
      const calleeText = callee.text;
      const args = node.childForFieldName('arguments')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
      // super().name inside a method.
      const outer = node.parent;
      if (calleeText === 'super' && outer?.type === 'attribute') {
        const attribute = outer.childForFieldName('attribute');
        const cls = methodClass(analysis.scopeOf(node));
        if (attribute && cls) index.references.push({ kind: 'member', via: 'super', classPath: classPathOf(cls), name: attribute.text, span: spanOf(attribute) });
      }
      if (PATCH_OBJECT_CALLEES.test(calleeText) || ATTRIBUTE_FUNCTIONS.has(calleeText)) {
        const literal = args[1] ? simpleString(args[1]) : null;
        if (literal && args[1]) index.strings.push({ ...literal, line: args[1].startPosition.row + 1, context: 'attribute-of', target: targetOf(args[0]) });
        else if (ATTRIBUTE_FUNCTIONS.has(calleeText) && args[1] && args[1].type !== 'string') index.dynamicAttributes.push({ line: node.startPosition.row + 1 });
        for (const argument of args.slice(2)) walk(argument);
        if (args[0]) walk(args[0]);
        return;
      }
      if (PATCH_CALLEES.test(calleeText) && args[0]) {
        const literal = simpleString(args[0]);
        if (literal) {
          index.strings.push({ ...literal, line: args[0].startPosition.row + 1, context: 'patch' });
          for (const argument of args.slice(1)) walk(argument);
          return;
        }
      }
    }
    if (node.type === 'assignment' && node.childForFieldName('left')?.text === '__all__' && node.parent?.parent?.type === 'module') {
      for (const item of node.childForFieldName('right')?.namedChildren ?? []) {
        const literal = simpleString(item);
        if (literal) index.strings.push({ ...literal, line: item.startPosition.row + 1, context: 'all' });
      }
      return;
    }
    if (node.type === 'string') {
      if (node.text.includes('>>>')) collectDoctestNames(node, index);
      const literal = simpleString(node);
      // Docstrings and prose are not names; only identifier-like strings can be references.
      if (literal && /^[A-Za-z_][\w.]*$/.test(literal.value)) index.strings.push({ ...literal, line: node.startPosition.row + 1, context: 'other' });
      for (const child of node.namedChildren) if (child.type === 'interpolation') walk(child);
      return;
    }
    if (node.type === 'function_definition' && !walksInto(node)) return;
    // The named children, without a list of them for every node of the file.
    for (const child of node.children) if (child.isNamed) walk(child);
  };
  walk(root);
}
