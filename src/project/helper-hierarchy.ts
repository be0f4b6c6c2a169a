// split-functions' project phase: a helper method's name must be free in its class's
// whole hierarchy. A name the class, a base or a subclass already has, or that a helper
// made in the same run for another class of the hierarchy takes, changes which method
// `self.name()` runs (a base's setUp calling a subclass's helper of the same name ran
// its fixtures twice). Where the hierarchy cannot be known (a base outside the project,
// a public class that users subclass), the helper is class-private (`__name`, mangled
// with the class's name) or refused, with the reason.
import type { SourceFile } from '../engine/source.js';
import { isTestFile, isTestName } from '../python/conventions/tests.js';
import { BUILTIN_NAMES } from '../python/scopes/builtins.js';
import type { Scope } from '../python/scopes/scope-model.js';
import { analyzeScopes } from '../python/scopes/scopes.js';
import { collectFileIndex, type FileIndex } from './collect.js';
import { ProjectIndex } from './index.js';

export interface HelperFileData {
  /** The file's definitions, imports and name strings (what resolves bases and lookups). */
  index: FileIndex;
  /** Class (its class path joined by dots) -> names bound in its body or set on `self` in its methods. */
  members: Record<string, string[]>;
  /** Class -> names of the helpers split-functions proposes for its methods. */
  proposals: Record<string, string[]>;
}

/** The name to give, with why it is class-private when it is. */
export type HelperDecision = { name: string; note?: string; moduleFunction?: string } | { refusal: string };

export interface HelperProject {
  /** Path -> class -> proposed name -> the name to use, or why no helper may be added. */
  decisions: Record<string, Record<string, Record<string, HelperDecision>>>;
}

/**
 * Bases outside the project whose members are known: the standard library's test cases
 * (their private members as Python 3.11-3.13 list them; helper names are snake_case, so
 * only snake_case ones can collide) and the builtins (no private members).
 */
const KNOWN_BASES: ReadonlyMap<string, readonly string[]> = new Map(
  ['unittest.TestCase', 'unittest.case.TestCase', 'unittest.IsolatedAsyncioTestCase', 'unittest.async_case.IsolatedAsyncioTestCase'].map((base) => [
    base,
    ['_deprecate', '_class_cleanups', '_cleanups', '_outcome', '_subtest', '_type_equality_funcs'],
  ]),
);
const NEUTRAL_BASES = new Set(['abc.ABC', 'typing.Generic', 'typing.Protocol', 'typing.NamedTuple', 'enum.Enum', 'enum.IntEnum']);

/** The dotted class path of a method's class (`Outer.Inner`), classes inside functions included by name. */
export function classKey(scope: Scope): string {
  const path: string[] = [];
  for (let current: Scope | null = scope; current; current = current.parent) {
    if (current.kind === 'class' && current.name) path.unshift(current.name);
  }
  return path.join('.');
}

/** Names a class body binds, and attributes its methods set on their first parameter. */
function membersOf(scope: Scope): string[] {
  const names = new Set(scope.bindings.keys());
  for (const method of scope.children) {
    if (method.kind !== 'function') continue;
    const receiver = method.node.childForFieldName('parameters')?.namedChildren[0];
    if (receiver?.type !== 'identifier') continue;
    for (const target of method.node.descendantsOfType(['assignment', 'augmented_assignment'])) {
      const left = target.childForFieldName('left');
      for (const attribute of left?.type === 'attribute' ? [left] : (left?.descendantsOfType('attribute') ?? [])) {
        if (attribute.childForFieldName('object')?.text === receiver.text) names.add(attribute.childForFieldName('attribute')?.text ?? '');
      }
    }
  }
  names.delete('');
  return [...names];
}

/** What the phase keeps of a file: classes, their members, and the helpers `propose` would add. */
export function collectHelperData(file: SourceFile, proposals: ReadonlyArray<{ scope: Scope; name: string }>): HelperFileData {
  const full = collectFileIndex(file);
  // Only what resolves bases and lookups crosses threads: references stay behind.
  const index: FileIndex = { ...full, references: [], unknownAttributes: {}, doctestNames: {}, commentNames: {}, dynamicAttributes: [] };
  const members: Record<string, string[]> = {};
  for (const scope of analyzeScopes(file.root).scopes) if (scope.kind === 'class') members[classKey(scope)] = membersOf(scope);
  const proposed: Record<string, string[]> = {};
  for (const { scope, name } of proposals) {
    if (scope.parent?.kind === 'class') (proposed[classKey(scope.parent)] ??= []).push(name);
  }
  return { index, members, proposals: proposed };
}

/** Why a class's bases cannot all be known, or the members its known outside bases add. */
function outsideBases(index: ProjectIndex, cls: string): { unknown?: string; members: string[] } {
  const symbol = index.symbols.get(cls);
  if (!symbol) return { unknown: `${cls.split('.').pop()} is defined inside a function`, members: [] };
  if (symbol.definition.opaqueBases) return { unknown: `a base of ${symbol.definition.name} is computed`, members: [] };
  const members: string[] = [];
  for (const base of symbol.definition.bases) {
    const resolved = index.resolveDotted(symbol.path, base.split('.'));
    if (resolved && index.symbols.get(resolved)?.kind === 'class') continue;
    if (!resolved && BUILTIN_NAMES.has(base)) continue;
    const known = resolved ? KNOWN_BASES.get(resolved) : undefined;
    if (known) members.push(...known);
    else if (!resolved || !NEUTRAL_BASES.has(resolved)) return { unknown: `${symbol.definition.name} has a base outside the project (${base})`, members };
  }
  return { members };
}

/**
 * Whether code outside the project may subclass the class: any class outside the tests
 * that its name and module make public (a user's subclass of Django's ChangeList, which no
 * module exports or subclasses, is documented use).
 */
function subclassedOutside(index: ProjectIndex, cls: string): boolean {
  const symbol = index.symbols.get(cls);
  if (!symbol || isTestFile(symbol.path) || isTestName(symbol.definition.name, 'class_definition')) return false;
  return ![...symbol.classPath, symbol.definition.name].some((part) => part.startsWith('_')) && !symbol.module.split('.').some((part) => part.startsWith('_') && part !== '__init__');
}

/** Decides every proposed helper name of the project at once, so that helpers of one run never collide. */
export function combineHelperData(files: ReadonlyArray<{ path: string; data: HelperFileData }>): HelperProject {
  const index = new ProjectIndex(files.map(({ path, data }) => ({ path, data: data.index })));
  const lookups = new Set<string>();
  for (const { data } of files) for (const literal of data.index.strings) lookups.add(literal.value.slice(literal.value.lastIndexOf('.') + 1));
  const members = new Map<string, Set<string>>();
  const proposed = new Map<string, string[]>();
  for (const { path, data } of files) {
    for (const [key, names] of Object.entries(data.members)) {
      const cls = index.classAt(path, key.split('.'));
      if (cls) members.set(cls, new Set([...(members.get(cls) ?? []), ...names]));
    }
    for (const [key, names] of Object.entries(data.proposals)) {
      const cls = index.classAt(path, key.split('.'));
      if (cls) proposed.set(cls, [...(proposed.get(cls) ?? []), ...names]);
    }
  }
  // Classes defined inside functions: their methods override those of their bases.
  const localMethods = files.flatMap(({ path, data }) => data.index.localMethods.map((method) => ({ method, bases: method.bases.map((base) => index.resolveDotted(path, base.split('.'))) })));

  const decisions: HelperProject['decisions'] = {};
  for (const { path, data } of files) {
    for (const [key, names] of Object.entries(data.proposals)) {
      const cls = index.classAt(path, key.split('.'));
      const own = (decisions[path] ??= {})[key] ??= {};
      for (const name of new Set(names)) own[name] = cls ? decide(cls, name) : { refusal: `the class of ${name} is not in the project index` };
    }
  }
  return { decisions };

  function decide(cls: string, name: string): HelperDecision {
    // Every class whose methods an instance of this class, or of a subclass, may run.
    const related = new Set<string>([cls, ...index.ancestors(cls)]);
    for (const descendant of index.descendants(cls)) for (const other of [descendant, ...index.ancestors(descendant)]) related.add(other);
    const taken = new Set<string>();
    let unknown: string | undefined;
    for (const other of related) {
      for (const member of members.get(other) ?? []) taken.add(member);
      const outside = outsideBases(index, other);
      unknown ??= outside.unknown;
      for (const member of outside.members) taken.add(member);
    }
    for (const { method, bases } of localMethods) if (bases.some((base) => base && related.has(base))) taken.add(method.name);
    // A name the hierarchy has: a second method of that name beside it, even a
    // class-private one, would read as the same thing.
    if (taken.has(name)) return { refusal: `${name} is already a name in the class hierarchy of ${cls.split('.').pop()}` };
    if (lookups.has(name)) return { refusal: `${name} is a string in the project, which may look it up by name` };
    const sharer = [...related].find((other) => other !== cls && proposed.get(other)?.includes(name));
    const why = unknown
      ?? (subclassedOutside(index, cls) ? `${cls.split('.').pop()} is a public class that code outside the project may subclass` : undefined)
      ?? (sharer ? `${sharer.split('.').pop()} in the same hierarchy gets a helper ${name} too` : undefined);
    if (!why) return { name };
    // A class-private name is mangled with the class's own name: no other class can
    // reach it by accident, unless one of the hierarchy has the same name.
    const bare = cls.split('.').pop() as string;
    const stripped = bare.replace(/^_+/, '');
    const privateName = `__${name.replace(/^_+/, '')}`;
    const sameName = [...related].filter((other) => other !== cls && other.split('.').pop()?.replace(/^_+/, '') === stripped);
    if (!stripped) return { refusal: `${why}, and a class-private name is not mangled in a class named ${bare}` };
    if (sameName.length > 0) return { refusal: `${why}, and ${sameName[0]} in the same hierarchy has the same name, so a class-private name could collide` };
    if (taken.has(privateName) || lookups.has(`_${stripped}${privateName}`)) return { refusal: `${why}, and ${privateName} is taken too` };
    // A block that needs no receiver can leave the class altogether: a private module function.
    return { name: privateName, note: `class-private: ${why}`, ...(sharer ? {} : { moduleFunction: name }) };
  }
}

/**
 * The decision for a helper that a method of `scope`'s class would get, from the project
 * data. A helper the phase did not see (a heading another transform wrote earlier in this
 * run) is class-private: mangled with its class's name, it can meet no helper of the run.
 */
export function helperDecision(project: HelperProject | undefined, path: string, methodScope: Scope, name: string): HelperDecision {
  const cls = methodScope.parent;
  if (cls?.kind !== 'class') return { name };
  const decision = project?.decisions[path]?.[classKey(cls)]?.[name];
  if (decision) return decision;
  const bare = (cls.name ?? '').replace(/^_+/, '');
  if (!bare) return { refusal: `${name} was not among the helpers checked against the class hierarchy, and a class-private name is not mangled in a class named ${cls.name}` };
  return { name: `__${name.replace(/^_+/, '')}`, note: 'class-private: the heading was written in this run, after the class hierarchy was checked' };
}
