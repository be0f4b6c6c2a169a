// Finding every place in the project that refers to a symbol (or its override family):
// imports, names, attributes, self./cls./super() members, instances, and the strings that
// name it (`__all__`, mock.patch targets, getattr keys). Shared by the renames of
// functions and of their parameters.
import type { ImportRecord, ReferenceRecord, Span, StringRecord } from './collect.js';
import type { ProjectIndex } from './index.js';

export type ReferenceHit =
  | { via: 'import'; path: string; span: Span; record: ImportRecord }
  | { via: 'reference'; path: string; span: Span; reference: ReferenceRecord }
  /** The span is the last component of the string's value: the symbol's own name. */
  | { via: 'string'; path: string; span: Span; literal: StringRecord }
  /** The name in a docstring's example (`>>> old_name(x)`), renamed as text. */
  | { via: 'doctest'; path: string; span: Span };

export interface SymbolReferences {
  hits: ReferenceHit[];
  /** Strings spelling the name that are not recognised references to the symbol. */
  unrecognised: Array<{ path: string; literal: StringRecord }>;
  /** Imports and attributes spelling the name on a project module that binds it only at run time. */
  unresolved: Array<{ path: string; what: string }>;
  /**
   * For a method: places that may or may not refer to it, `x.name` on an object whose
   * class is unknown, and methods of that name in classes defined inside functions that
   * derive from the family or from what cannot be followed.
   */
  unsure: Array<{ path: string; span: Span; what: string }>;
}

/** The last component (`name`) of a dotted string such as `pkg.mod.name`, inside the quotes. */
function lastComponent(span: Span, name: string): Span {
  return { start: span.end - name.length, end: span.end };
}

/**
 * Every reference to `family`: symbols that share the name `oldName`, defined in the
 * classes related to `ownerClass` (or one module-level symbol). `related` are the classes
 * whose `self.oldName` means the family; `reach` every class of their hierarchy, where a
 * class made inside a function may override it.
 */
export function referencesTo(
  index: ProjectIndex,
  family: readonly string[],
  oldName: string,
  ownerClass: string | null,
  related: ReadonlySet<string> = ownerClass ? index.hierarchy(ownerClass) : new Set<string>(),
  reach: ReadonlySet<string> = related,
): SymbolReferences {
  const familySet = new Set(family);
  const isTarget = (resolved: string | null) => !!resolved && familySet.has(index.canonical(resolved));
  const memberOf = (cls: string | null, name: string) => !!cls && name === oldName && (related.has(cls) || familySet.has(index.lookupMember(cls, name) ?? ''));
  const classOrNull = (qualified: string | null) => (qualified && index.symbols.get(qualified)?.kind === 'class' ? qualified : null);
  const result: SymbolReferences = { hits: [], unrecognised: [], unresolved: [], unsure: [] };
  // An object of a project value that is neither a module nor a class (`conf = Conf()`
  // imported elsewhere), or a module-level variable: its class is unknown.
  const unknownObject = (base: string | null) => base === null || (index.inProject(base) && !index.pathOfModule.has(base) && !index.symbols.has(base));

  const occurrences = index.occurrencesOf(oldName);
  for (const { path, record } of occurrences.imports) {
    const target = index.importTarget(path, record);
    if (record.nameSpan && isTarget(target)) result.hits.push({ via: 'import', path, span: record.nameSpan, record });
    else if (target && !ownerClass && record.name === oldName && index.boundOnlyAtRunTime(target)) {
      result.unresolved.push({ path, what: `from ${'.'.repeat(record.level)}${record.module} import ${oldName}` });
    }
  }
  for (const { path, reference } of occurrences.references) {
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
        hit = !!base && (isTarget(`${base}.${reference.name}`) || memberOf(classOrNull(base), reference.name));
        if (!hit && base && !ownerClass && index.boundOnlyAtRunTime(`${base}.${reference.name}`)) result.unresolved.push({ path, what: `${reference.base.join('.')}.${reference.name}` });
        if (!hit && ownerClass && unknownObject(base)) result.unsure.push({ path, span: reference.span, what: `${reference.base.join('.')}.${reference.name}` });
        break;
      }
      case 'imported': {
        if (reference.base.length === 0) {
          hit = isTarget(index.resolveImported(path, reference.record, []));
          break;
        }
        const base = index.resolveImported(path, reference.record, reference.base);
        hit = !!base && (isTarget(`${base}.${reference.name}`) || memberOf(classOrNull(base), reference.name));
        break;
      }
      case 'member': {
        const cls = index.classAt(path, reference.classPath);
        hit = reference.via === 'self' ? memberOf(cls, reference.name) : !!cls && index.basesOf(cls).some((base) => memberOf(base, reference.name));
        break;
      }
      case 'instance': {
        const made = index.resolveDotted(path, reference.base);
        hit = memberOf(classOrNull(made), reference.name);
        // `conf = make_conf()`: a project function made it, of a class we cannot tell.
        if (!hit && ownerClass && made && index.symbols.get(made)?.kind === 'function') result.unsure.push({ path, span: reference.span, what: `${reference.base.join('.')}(...).${reference.name}` });
        break;
      }
    }
    if (hit) result.hits.push({ via: 'reference', path, span: reference.span, reference });
  }
  // Doctests run their examples: a stale name there fails `python -m doctest`.
  // A method is reached there as an attribute (`>>> obj.method()`); a bare word is another name.
  for (const { path, name, attribute } of occurrences.doctests) if (attribute || !ownerClass) result.hits.push({ via: 'doctest', path, span: name.span });
  if (ownerClass) {
    for (const { path, attribute } of occurrences.unknown) result.unsure.push({ path, span: attribute.span, what: `.${oldName} at line ${attribute.line}` });
    for (const { path, method } of occurrences.localMethods) {
      // A class made inside a function may override the method: its bases decide.
      const bases = method.bases.map((base) => index.resolveDotted(path, base.split('.')));
      if (bases.some((base) => base === null ? false : reach.has(base) || (index.inProject(base) && !index.symbols.has(base)))) {
        result.unsure.push({ path, span: method.span, what: `def ${oldName} at line ${method.line}, in a class defined inside a function` });
      }
    }
  }
  for (const { path, literal } of occurrences.strings) {
    const value = literal.value;
    let hit = false;
    // `__all__` lists names of its own module, defined there or re-exported.
    if (literal.context === 'all') hit = !ownerClass && value === oldName && isTarget(index.resolveName(path, value));
    else if (literal.context === 'patch') hit = isTarget(value);
    else if (literal.context === 'attribute-of' && literal.target && value === oldName) {
      const target = literal.target;
      if (target.kind === 'member') hit = memberOf(index.classAt(path, target.classPath), oldName);
      else {
        const base = index.resolveDotted(path, target.base);
        hit = !!base && (isTarget(`${base}.${oldName}`) || memberOf(classOrNull(base), oldName));
      }
    }
    if (hit) result.hits.push({ via: 'string', path, span: lastComponent(literal.span, oldName), literal });
    else if (literal.context !== 'all' || value === oldName) result.unrecognised.push({ path, literal });
  }
  return result;
}
