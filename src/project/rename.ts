// Applying a rename plan to the project index: for each entry, every place that refers
// to the symbol (or its override family), across files, or a refusal with its reason.
// Never half done: an entry is either renamed everywhere the index found it, or not at all.
import { PlanError } from '../engine/errors.js';
import { BUILTIN_NAMES } from '../python/builtins.js';
import type { Span } from './collect.js';
import type { ProjectIndex } from './index.js';

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
}

const FRAMEWORK_METHODS = new Set(['setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule', 'asyncSetUp', 'asyncTearDown', 'runTest', 'run', 'main']);

function add(edits: Map<string, RenameEdit[]>, path: string, span: Span, text: string): void {
  const list = edits.get(path) ?? [];
  if (!list.some((edit) => edit.start === span.start && edit.end === span.end)) list.push({ ...span, text });
  edits.set(path, list);
}

/** The last component (`name`) of a dotted string such as `pkg.mod.name`, inside the quotes. */
function lastComponent(span: Span, name: string): Span {
  return { start: span.end - name.length, end: span.end };
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
  if (/^__.*__$/.test(oldName)) return refuse(`${oldName} is a special method that Python calls by name`);

  // The family: for a method, every class related by inheritance that defines the name.
  const ownerClass = symbol.classPath.length ? [symbol.module, ...symbol.classPath].join('.') : null;
  const related = ownerClass ? index.hierarchy(ownerClass) : new Set<string>();
  const family = ownerClass ? [...related].map((cls) => `${cls}.${oldName}`).filter((name) => index.symbols.has(name)) : [symbol.qualified];
  if (family.length > 1 && options.family === 'refuse') {
    return refuse(`it overrides or is overridden (${family.filter((name) => name !== symbol.qualified).join(', ')}); set family=rename to rename them together`);
  }
  if (ownerClass && FRAMEWORK_METHODS.has(oldName) && [...related].some((cls) => index.externalBases.has(cls))) {
    return refuse(`${oldName} may override a method of a base class outside the project, which calls it by name`);
  }
  if (ownerClass && [...related].some((cls) => index.externalBases.has(cls)) && index.files.get(symbol.path)) {
    // A method of a class with an outside base may override something we cannot see;
    // names that look like hooks (do_*, visit_*, handle_*, on_*) almost always do.
    if (/^(do|visit|handle|on|test)_/.test(oldName) || /^test/.test(oldName)) return refuse(`${oldName} looks like a hook that a base class outside the project calls by name`);
  }
  const familySet = new Set(family);

  // Collisions: the new name must be free wherever the old one is seen.
  if (ownerClass) {
    for (const cls of related) {
      if (index.symbols.has(`${cls}.${newName}`)) return refuse(`${newName} already exists in ${cls}, in the class hierarchy`);
    }
  } else {
    const moduleIndex = index.files.get(symbol.path);
    if (moduleIndex?.globals.includes(newName)) return refuse(`${newName} is already bound in ${symbol.module}`);
    if (BUILTIN_NAMES.has(newName) && moduleIndex?.references.some((reference) => reference.kind === 'global' && reference.name === newName)) {
      return refuse(`${newName} would shadow the builtin used in ${symbol.module}`);
    }
  }

  const edits = new Map<string, RenameEdit[]>();
  const warnings: string[] = [];
  const unrecognised: string[] = [];
  for (const member of family) {
    const definition = index.symbols.get(member);
    if (definition) add(edits, definition.path, definition.definition.span, newName);
  }
  const isTarget = (resolved: string | null) => !!resolved && familySet.has(index.canonical(resolved));
  const memberOf = (cls: string | null, name: string) => !!cls && name === oldName && (related.has(cls) || familySet.has(index.lookupMember(cls, name) ?? ''));

  for (const [path, file] of index.files) {
    let touchesTarget = false;
    for (const record of file.imports) {
      const target = index.importTarget(path, record);
      if (record.name === oldName && record.nameSpan && isTarget(target)) {
        if (record.unaliased && file.globals.includes(newName)) return refuse(`${newName} is already bound in ${index.moduleOfPath.get(path) ?? path}, which imports ${oldName}`);
        add(edits, path, record.nameSpan, newName);
        touchesTarget = true;
      }
    }
    for (const reference of file.references) {
      if (reference.name !== oldName) continue;
      let hit = false;
      switch (reference.kind) {
        case 'global':
          hit = isTarget(index.resolveName(path, reference.name));
          break;
        case 'class-local':
          hit = familySet.has(`${index.classAt(path, reference.classPath)}.${reference.name}`);
          break;
        case 'attribute': {
          const base = index.resolveDotted(path, reference.base);
          hit = !!base && (isTarget(`${base}.${reference.name}`) || memberOf(index.symbols.get(base)?.kind === 'class' ? base : null, reference.name));
          break;
        }
        case 'member': {
          const cls = index.classAt(path, reference.classPath);
          hit = reference.via === 'self' ? memberOf(cls, reference.name) : !!cls && (index.bases.get(cls) ?? []).some((base) => memberOf(base, reference.name));
          break;
        }
        case 'instance': {
          const cls = index.resolveDotted(path, reference.base);
          hit = memberOf(cls && index.symbols.get(cls)?.kind === 'class' ? cls : null, reference.name);
          break;
        }
      }
      if (hit) {
        add(edits, path, reference.span, newName);
        touchesTarget = true;
      }
    }
    for (const literal of file.strings) {
      const value = literal.value;
      if (value !== oldName && !value.endsWith(`.${oldName}`)) continue;
      let hit = false;
      // `__all__` lists names of its own module, defined there or re-exported.
      if (literal.context === 'all') hit = !ownerClass && value === oldName && isTarget(index.resolveName(path, value));
      else if (literal.context === 'patch') hit = isTarget(value);
      else if (literal.context === 'attribute-of' && literal.target && value === oldName) {
        const target = literal.target;
        if (target.kind === 'member') hit = memberOf(index.classAt(path, target.classPath), oldName);
        else {
          const base = index.resolveDotted(path, target.base);
          hit = !!base && (isTarget(`${base}.${oldName}`) || memberOf(index.symbols.get(base)?.kind === 'class' ? base : null, oldName));
        }
      }
      if (hit) {
        add(edits, path, lastComponent(literal.span, oldName), newName);
        touchesTarget = true;
      } else if (literal.context !== 'all' || value === oldName) {
        unrecognised.push(`${path}:${literal.line}`);
      }
    }
    if (touchesTarget && file.dynamicAttributes.length) {
      warnings.push(...file.dynamicAttributes.map(({ line }) => `${path}:${line}: getattr with a computed name may refer to ${oldName}; check it by hand`));
    }
  }
  if (unrecognised.length && options.strings === 'refuse') {
    return refuse(`'${oldName}' also appears in strings that are not recognised references (${unrecognised.slice(0, 5).join(', ')}${unrecognised.length > 5 ? ', ...' : ''}); set strings=ignore to rename anyway`);
  }
  return { qualified: symbol.qualified, oldName, newName, family, edits, warnings };
}
