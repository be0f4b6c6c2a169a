// Applying a rename plan to the project index: for each entry, every place that refers
// to the symbol (or its override family), across files, or a refusal with its reason.
// Never half done: an entry is either renamed everywhere the index found it, or not at all.
import { PlanError } from '../engine/errors.js';
import { newNameProblem } from '../python/syntax/identifiers.js';
import { BUILTIN_NAMES } from '../python/scopes/builtins.js';
import type { Span } from './collect.js';
import type { ProjectIndex } from './index.js';
import { referencesTo } from './references.js';

export interface RenameEdit extends Span {
  text: string;
}

export interface PlannedRename {
  qualified: string;
  oldName: string;
  newName: string;
  /** Every symbol renamed: the target and the overrides renamed with it. */
  family: string[];
  edits: Map<string, RenameEdit[]>;
  /**
   * The name in comments and docstrings: renamed with it where the line stays within the
   * limit, left where it would not (a stale mention is no reason to refuse the rename).
   */
  proseEdits: Map<string, RenameEdit[]>;
  /** References that cannot be followed (computed getattr), for the user to check. */
  warnings: string[];
}

export interface RenameRefusal {
  qualified: string;
  newName: string;
  reason: string;
  /** Where the definition is, to report the refusal there. */
  path: string;
  span: Span;
}

export interface RenameOptions {
  /** Rename overriding and overridden methods together, or refuse. */
  family: 'rename' | 'refuse';
  /** A string literal equal to the old name that is not a known reference: refuse or ignore. */
  strings: 'refuse' | 'ignore';
  /**
   * For a method, `x.name` on objects of unknown class and overrides in classes made
   * inside functions: refuse the rename (default), or rename them too (as Rope's
   * "unsure" occurrences).
   */
  unsure?: 'refuse' | 'rename';
  /**
   * Whether a test method may be renamed although its class has a base outside the
   * project (test-names knows unittest finds tests by prefix, not by exact name).
   */
  renameTests?: boolean;
}

const FRAMEWORK_METHODS = new Set(['setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule', 'asyncSetUp', 'asyncTearDown', 'runTest', 'run', 'main']);

/** A method name that looks like a hook a base class calls by name (do_*, visit_*, handle_*, on_*; a test's). */
function isHookName(name: string, options: RenameOptions): boolean {
  return /^(do|visit|handle|on)_/.test(name) || (/^test/.test(name) && !options.renameTests);
}

/**
 * Whether a rename of a method of this name is refused when any class of its hierarchy
 * has a base outside the project (which may call it by name): only then do the classes
 * that neither define nor use the name, nor the new one, change the verdict.
 */
export function calledByName(name: string, options: RenameOptions): boolean {
  return FRAMEWORK_METHODS.has(name) || isHookName(name, options);
}

function add(edits: Map<string, RenameEdit[]>, path: string, span: Span, text: string): void {
  const list = edits.get(path) ?? [];
  if (!list.some((edit) => edit.start === span.start && edit.end === span.end)) list.push({ ...span, text });
  edits.set(path, list);
}

/** A name no comment would spell but for the code it names: several words, in snake_case or camelCase. */
function distinctive(name: string): boolean {
  const bare = name.replace(/^_+/, '');
  return bare.length >= 8 && /_[A-Za-z0-9]|[a-z][A-Z]/.test(bare);
}

/** Null when the plan entry is already applied (the new name stands where the old one was). */
export function planRename(index: ProjectIndex, qualified: string, newName: string, options: RenameOptions): PlannedRename | RenameRefusal | null {
  const symbol = index.symbols.get(qualified) ?? index.symbols.get(index.canonical(qualified));
  const renamed = `${qualified.slice(0, qualified.lastIndexOf('.') + 1)}${newName}`;
  if (!symbol && (index.symbols.has(renamed) || index.symbols.has(index.canonical(renamed)))) return null;
  if (!symbol) throw new PlanError(`the rename plan names '${qualified}', which is not a function, class or method of the project (names look like pkg.module.Class.method)`);
  const oldName = symbol.definition.name;
  const refuse = (reason: string): RenameRefusal => ({ qualified, newName, reason, path: symbol.path, span: symbol.definition.span });
  if (newName === oldName) return refuse('the new name is the old one');
  const problem = newNameProblem(newName);
  if (problem) return refuse(problem);
  if (/^__.*__$/.test(oldName)) return refuse(`${oldName} is a special method that Python calls by name`);

  // The family: for a method, every class related by inheritance that defines the name.
  const ownerClass = symbol.classPath.length ? [symbol.module, ...symbol.classPath].join('.') : null;
  const { related, reach } = ownerClass ? index.methodHierarchy(ownerClass, oldName) : { related: new Set<string>(), reach: new Set<string>() };
  const family = ownerClass ? [...related].map((cls) => `${cls}.${oldName}`).filter((name) => index.symbols.has(name)) : [symbol.qualified];
  if (family.length > 1 && options.family === 'refuse') {
    return refuse(`it overrides or is overridden (${family.filter((name) => name !== symbol.qualified).join(', ')}); set family=rename to rename them together`);
  }
  if (ownerClass && FRAMEWORK_METHODS.has(oldName) && [...reach].some((cls) => index.hasExternalBase(cls))) {
    return refuse(`${oldName} may override a method of a base class outside the project, which calls it by name`);
  }
  if (ownerClass && [...reach].some((cls) => index.hasExternalBase(cls)) && index.files.get(symbol.path)) {
    // A method of a class with an outside base may override something we cannot see;
    // names that look like hooks (do_*, visit_*, handle_*, on_*) almost always do.
    const hook = isHookName(oldName, options);
    if (hook) return refuse(`${oldName} looks like a hook that a base class outside the project calls by name`);
  }

  // Collisions: the new name must be free wherever the old one is seen.
  if (ownerClass) {
    for (const cls of reach) {
      if (index.symbols.has(`${cls}.${newName}`)) return refuse(`${newName} already exists in ${cls}, in the class hierarchy`);
    }
  } else {
    const moduleIndex = index.files.get(symbol.path);
    if (moduleIndex?.globals.includes(newName)) return refuse(`${newName} is already bound in ${symbol.module}`);
    // A module-level name that is a builtin's hides it from the module and from every
    // module that imports it by name or by star; a method's name does not.
    if (BUILTIN_NAMES.has(newName)) return refuse(`${newName} would shadow the builtin of that name in ${symbol.module}`);
    // A module that star-imports this one would get the new name among its own.
    for (const [path, file] of index.files) {
      const starImports = file.imports.some((record) => record.star && !record.nested && index.importTarget(path, record) === symbol.module);
      if (starImports && file.globals.includes(newName)) return refuse(`${newName} is already bound in ${index.moduleOfPath.get(path) ?? path}, which imports * from ${symbol.module}`);
    }
  }

  const edits = new Map<string, RenameEdit[]>();
  const warnings: string[] = [];
  const unrecognised: string[] = [];
  for (const member of family) {
    const definition = index.symbols.get(member);
    if (definition) add(edits, definition.path, definition.definition.span, newName);
  }
  const touched = new Set<string>();
  const found = referencesTo(index, family, oldName, ownerClass, related, reach);
  for (const hit of found.hits) {
    if (hit.via === 'import' && hit.record.unaliased && (hit.record.nested ? hit.record.scopeNames ?? [] : index.files.get(hit.path)?.globals ?? []).includes(newName)) {
      const where = index.moduleOfPath.get(hit.path) ?? hit.path;
      return refuse(hit.record.nested ? `${newName} is already used in a function of ${where} that imports ${oldName} there` : `${newName} is already bound in ${where}, which imports ${oldName}`);
    }
    add(edits, hit.path, hit.span, newName);
    touched.add(hit.path);
  }
  if (found.unsure.length && options.unsure !== 'rename') {
    const places = found.unsure.slice(0, 3).map(({ path, what }) => `${what} in ${path}`).join(', ');
    return refuse(
      `${found.unsure.length} place${found.unsure.length === 1 ? '' : 's'} may refer to it where the index cannot tell the class (${places}${found.unsure.length > 3 ? ', ...' : ''}); rename by hand, or set unsure=rename to rename every one`,
    );
  }
  for (const { path, span } of found.unsure) {
    add(edits, path, span, newName);
    touched.add(path);
  }
  // Comments that spell the name go stale with it (Tornado's grader found one left). Only
  // where the comment can mean nothing else: the project defines the name once (this
  // family), and it reads as code (`_maybe_add_error_listener`, not `run` or `setup`).
  const proseEdits = new Map<string, RenameEdit[]>();
  if (distinctive(oldName) && [...index.symbols.values()].filter((other) => other.definition.name === oldName).length === family.length) {
    for (const { path, name } of index.occurrencesOf(oldName).comments) {
      // A doctest's example is code, already renamed above.
      if (!edits.get(path)?.some((edit) => edit.start === name.span.start)) add(proseEdits, path, name.span, newName);
    }
  }
  unrecognised.push(...found.unrecognised.map(({ path, literal }) => `${path}:${literal.line}`));
  if (found.unresolved.length) {
    const places = found.unresolved.slice(0, 3).map(({ path, what }) => `${what} in ${path}`).join(', ');
    return refuse(`${places}${found.unresolved.length > 3 ? ', ...' : ''} names a module attribute that is only set at run time, which may be ${oldName}`);
  }
  for (const path of touched) {
    const dynamic = index.files.get(path)?.dynamicAttributes ?? [];
    warnings.push(...dynamic.map(({ line }) => `${path}:${line}: getattr with a computed name may refer to ${oldName}; check it by hand`));
  }
  if (unrecognised.length && options.strings === 'refuse') {
    return refuse(`'${oldName}' also appears in strings that are not recognised references (${unrecognised.slice(0, 5).join(', ')}${unrecognised.length > 5 ? ', ...' : ''}); set strings=ignore to rename anyway`);
  }
  return { qualified: symbol.qualified, oldName, newName, family, edits, proseEdits, warnings };
}
