// The project index, combined on the main thread from every file's FileIndex: module
// names, symbols (functions, classes, methods), imports resolved across modules and
// re-exports, and the class hierarchy.
import { moduleNames, resolveRelativeModule } from '../engine/module-names.js';
import { placesOf, type DefinitionRecord, type FileIndex, type ImportRecord, type LocalMethod, type ReferenceRecord, type StringRecord, type UnknownAttribute } from './collect.js';

/** Everything in the project that spells one name, so a rename never scans every file. */
export interface NameOccurrences {
  imports: Array<{ path: string; record: ImportRecord }>;
  references: Array<{ path: string; reference: ReferenceRecord }>;
  /** Strings whose value is the name or ends with `.name`. */
  strings: Array<{ path: string; literal: StringRecord }>;
  /** `x.name` on objects nothing tells the class of. */
  unknown: Array<{ path: string; attribute: UnknownAttribute }>;
  /** Methods of that name in classes defined inside functions. */
  localMethods: Array<{ path: string; method: LocalMethod }>;
  /** The name in the examples of docstrings. */
  doctests: Array<{ path: string; name: UnknownAttribute; attribute: boolean }>;
  /** Comments that spell the name as code (`# see _maybe_add_error_listener`): a rename of the one definition updates them. */
  comments: Array<{ path: string; name: UnknownAttribute }>;
}

export interface ProjectSymbol {
  qualified: string;
  kind: 'function' | 'class';
  /** The file that defines it. */
  path: string;
  module: string;
  classPath: string[];
  definition: DefinitionRecord;
}

/** The files a rename's index put off (`defer`): their modules, and how to ask for one. */
export interface DeferredFiles {
  deferred: ReadonlyMap<string, { module?: string }>;
  need(path: string): void;
}

/** A map that reports each key it was asked for and does not hold (`get`, `has`). */
class WatchedMap<K, V> extends Map<K, V> {
  constructor(
    entries: Iterable<readonly [K, V]>,
    private readonly missed?: (key: K) => void,
  ) {
    super(entries);
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value === undefined) this.missed?.(key);
    return value;
  }

  override has(key: K): boolean {
    const found = super.has(key);
    if (!found) this.missed?.(key);
    return found;
  }
}

export class ProjectIndex {
  readonly files: Map<string, FileIndex>;
  readonly moduleOfPath = new Map<string, string>();
  readonly pathOfModule = new Map<string, string>();
  readonly symbols: Map<string, ProjectSymbol>;
  private byName: Map<string, NameOccurrences> | undefined;
  private readonly placesRead = new Set<string>();
  private readonly ancestorCache = new Map<string, string[]>();
  private readonly basesCache = new Map<string, { project: string[]; external: boolean }>();
  private subclasses: Map<string, string[]> | undefined;
  /** Each name the outlines of the files collected in part spell (`FileIndex.spelled`), with those files; and how to ask for one. */
  private readonly spelledIn = new Map<string, string[]>();
  private readonly needPlaces: ((path: string) => void) | undefined;

  /**
   * With `deferred`, files the project phase put off: their modules are the project's,
   * and a look-up that needs what one defines or binds asks for it (`need`), so that the
   * index answers only once every file it read is there.
   */
  constructor(files: ReadonlyArray<{ path: string; data: FileIndex }>, deferred?: DeferredFiles) {
    const putOff = deferred?.deferred ?? new Map<string, { module?: string }>();
    const need = deferred && putOff.size > 0 ? (path: string) => deferred.need(path) : undefined;
    // A file collected in part holds the places of no name: asked for one it spells, the index asks for the file.
    for (const { path, data } of files) {
      for (const name of data.spelled ?? []) {
        const paths = this.spelledIn.get(name);
        if (paths) paths.push(path);
        else this.spelledIn.set(name, [path]);
      }
    }
    if (deferred && this.spelledIn.size > 0) this.needPlaces = (path) => deferred.need(path);
    const entries = files.map(({ path, data }) => [path, data] as const);
    this.files = need ? new WatchedMap(entries, (path) => putOff.has(path) && need(path)) : new Map(entries);
    // A file's own module name (from the run's full paths) wins over one from the paths given here.
    const fromPaths = moduleNames([...this.files.keys(), ...putOff.keys()]);
    const modules = [...[...this.files].map(([path, data]) => [path, data.module] as const), ...[...putOff].map(([path, file]) => [path, file.module] as const)];
    for (const [path, own] of modules) {
      const module = own ?? fromPaths.get(path);
      if (!module) continue;
      this.moduleOfPath.set(path, module);
      this.pathOfModule.set(module, path);
    }
    // A name in a put-off module (`pkg.mod.name`, `pkg.mod.Class.method`) asks for its file.
    const missedSymbol = (qualified: string): void => {
      for (let cut = qualified.lastIndexOf('.'); cut > 0; cut = qualified.lastIndexOf('.', cut - 1)) {
        const path = this.pathOfModule.get(qualified.slice(0, cut));
        if (path !== undefined) {
          if (putOff.has(path)) need?.(path);
          return;
        }
      }
    };
    const symbols: Array<[string, ProjectSymbol]> = [];
    const seen = new Set<string>();
    for (const [path, index] of this.files) {
      const module = this.moduleOfPath.get(path);
      if (!module) continue;
      for (const definition of index.definitions) {
        const qualified = [module, ...definition.classPath, definition.name].join('.');
        if (seen.has(qualified)) continue;
        seen.add(qualified);
        symbols.push([qualified, { qualified, kind: definition.kind, path, module, classPath: definition.classPath, definition }]);
      }
    }
    this.symbols = need ? new WatchedMap(symbols, missedSymbol) : new Map(symbols);
  }

  /** A class's bases that resolve to project classes, and whether any is outside the project (or cannot be followed). */
  private basesOfClass(cls: string): { project: string[]; external: boolean } {
    let known = this.basesCache.get(cls);
    if (!known) {
      const symbol = this.symbols.get(cls);
      if (symbol?.kind !== 'class') known = { project: [], external: false };
      else {
        const resolved = symbol.definition.bases.map((base) => this.resolveDotted(symbol.path, base.split('.')));
        const project = resolved.filter((base): base is string => !!base && this.symbols.get(base)?.kind === 'class');
        known = { project, external: project.length !== symbol.definition.bases.length || symbol.definition.opaqueBases };
      }
      this.basesCache.set(cls, known);
    }
    return known;
  }

  /** A class's bases resolved to project classes. */
  basesOf(cls: string): string[] {
    return this.basesOfClass(cls).project;
  }

  /** Whether a project class has a base outside the project (or one we cannot follow). */
  hasExternalBase(cls: string): boolean {
    return this.basesOfClass(cls).external;
  }

  private isPackagePath(path: string): boolean {
    return /(^|[\\/])__init__\.pyi?$/.test(path);
  }

  /** Where a name is spelled: imports, references and strings, built once on first use. */
  occurrencesOf(name: string): NameOccurrences {
    for (const path of this.spelledIn.get(name) ?? []) this.needPlaces?.(path);
    if (!this.byName) {
      const byName = new Map<string, NameOccurrences>();
      const entry = (key: string) => {
        let found = byName.get(key);
        if (!found) byName.set(key, (found = { imports: [], references: [], strings: [], unknown: [], localMethods: [], doctests: [], comments: [] }));
        return found;
      };
      for (const [path, file] of this.files) {
        for (const record of file.imports) if (record.name) entry(record.name).imports.push({ path, record });
        for (const reference of file.references) entry(reference.name).references.push({ path, reference });
        for (const literal of file.strings) entry(literal.value.slice(literal.value.lastIndexOf('.') + 1)).strings.push({ path, literal });
        for (const method of file.localMethods) entry(method.name).localMethods.push({ path, method });
      }
      this.byName = byName;
    }
    const found = this.byName.get(name) ?? { imports: [], references: [], strings: [], unknown: [], localMethods: [], doctests: [], comments: [] };
    this.byName.set(name, found);
    // Unknown attributes and doctest names are kept per file, compactly; read for this name once.
    if (!this.placesRead.has(name)) {
      this.placesRead.add(name);
      for (const [path, file] of this.files) {
        for (const attribute of placesOf(file.unknownAttributes, name)) found.unknown.push({ path, attribute });
        for (const doctest of placesOf(file.doctestNames, name)) found.doctests.push({ path, name: doctest, attribute: false });
        for (const doctest of placesOf(file.doctestNames, `.${name}`)) found.doctests.push({ path, name: { name, span: { start: doctest.span.start + 1, end: doctest.span.end }, line: doctest.line }, attribute: true });
        for (const comment of placesOf(file.commentNames ?? {}, name)) found.comments.push({ path, name: comment });
      }
    }
    return found;
  }

  /** The absolute name an import refers to: a module, or `module.name`. */
  importTarget(path: string, record: ImportRecord): string | null {
    let module = record.module;
    if (record.level > 0) {
      const current = this.moduleOfPath.get(path);
      if (!current) return null;
      const resolved = resolveRelativeModule(current, this.isPackagePath(path), record.level, record.module);
      if (!resolved) return null;
      module = resolved;
    }
    if (record.name === undefined) return record.unaliased ? module.split('.')[0] ?? module : module;
    return module ? `${module}.${record.name}` : record.name;
  }

  /** Follows a qualified name through modules and re-exports to a symbol or module. */
  canonical(qualified: string, seen = new Set<string>()): string {
    if (this.symbols.has(qualified) || this.pathOfModule.has(qualified) || seen.has(qualified)) return qualified;
    seen.add(qualified);
    const parts = qualified.split('.');
    for (let split = parts.length - 1; split >= 1; split--) {
      const module = parts.slice(0, split).join('.');
      const path = this.pathOfModule.get(module);
      if (!path) continue;
      const [first, ...rest] = parts.slice(split);
      const target = this.resolveName(path, first as string, seen);
      return target ? this.canonical([target, ...rest].join('.'), seen) : qualified;
    }
    // A member of a class inherited from a base: Class.method -> Base.method.
    const owner = parts.slice(0, -1).join('.');
    if (this.symbols.get(owner)?.kind === 'class') return this.lookupMember(owner, parts[parts.length - 1] as string) ?? qualified;
    return qualified;
  }

  /** What a module-level name of the file at `path` refers to (symbol or module), or null. */
  resolveName(path: string, name: string, seen = new Set<string>()): string | null {
    const module = this.moduleOfPath.get(path);
    if (!module) return null;
    const local = `${module}.${name}`;
    if (this.symbols.has(local)) return local;
    const index = this.files.get(path);
    const record = index?.imports.filter((item) => item.local === name && !item.nested).pop();
    if (record) {
      const target = this.importTarget(path, record);
      return target ? this.canonical(target, seen) : null;
    }
    if (index?.globals.includes(name)) return null;
    // `from m import *` of a project module binds what m exports; the last one wins.
    for (const star of (index?.imports ?? []).filter((item) => item.star && !item.nested).reverse()) {
      const source = this.importTarget(path, star);
      const sourcePath = source ? this.pathOfModule.get(source) : undefined;
      const exported = sourcePath ? this.files.get(sourcePath) : undefined;
      if (!source || !sourcePath || !exported) continue;
      const exports = exported.exports ?? (name.startsWith('_') ? [] : exported.globals);
      if (exports.includes(name)) return this.canonical(`${source}.${name}`, seen);
      // Without `__all__`, what m itself star-imports is among its public names too
      // (`networkx` -> `algorithms` -> `shortest_paths` -> `unweighted`).
      const key = `* ${sourcePath} ${name}`;
      if (!exported.exports && !name.startsWith('_') && exported.starImport && !seen.has(key)) {
        seen.add(key);
        const through = this.resolveName(sourcePath, name, seen);
        if (through) return through;
      }
    }
    return null;
  }

  /**
   * Resolves `a.b.c` (`parts`; empty for the bound name itself) where `a` is bound by the
   * nested import `record` (an index into the file's imports).
   */
  resolveImported(path: string, record: number, parts: readonly string[]): string | null {
    const imported = this.files.get(path)?.imports[record];
    const target = imported ? this.importTarget(path, imported) : null;
    if (!target) return null;
    let current = this.canonical(target);
    for (const part of parts.slice(1)) current = this.canonical(`${current}.${part}`);
    return current;
  }

  /**
   * Whether `module.name` names a project module's attribute that nothing in the module
   * binds where we can see it (no definition, assignment, import or star import): it can
   * only be set at run time (`setattr(sys.modules[__name__], ...)`), so a rename cannot
   * know whether it is the symbol.
   */
  boundOnlyAtRunTime(qualified: string): boolean {
    const resolved = this.canonical(qualified);
    if (this.symbols.has(resolved) || this.pathOfModule.has(resolved)) return false;
    const cut = resolved.lastIndexOf('.');
    const path = this.pathOfModule.get(resolved.slice(0, cut));
    const file = path ? this.files.get(path) : undefined;
    return !!file && !file.globals.includes(resolved.slice(cut + 1));
  }

  /** Whether a qualified name lies in a project module (`pkg.mod.x`), not in an outside one (`os.path`). */
  inProject(qualified: string): boolean {
    const parts = qualified.split('.');
    for (let length = parts.length; length >= 1; length--) if (this.pathOfModule.has(parts.slice(0, length).join('.'))) return true;
    return false;
  }

  /** Resolves `a.b.c` as written in the file at `path`. */
  resolveDotted(path: string, parts: readonly string[]): string | null {
    const [first, ...rest] = parts;
    if (!first) return null;
    let current = this.resolveName(path, first);
    if (!current) return null;
    for (const part of rest) current = this.canonical(`${current}.${part}`);
    return current;
  }

  /** The qualified name of the class at `classPath` in the file at `path`. */
  classAt(path: string, classPath: readonly string[]): string | null {
    const module = this.moduleOfPath.get(path);
    return module && classPath.length ? [module, ...classPath].join('.') : null;
  }

  /** Method resolution order over project classes (depth-first, left to right, no repeats). */
  ancestors(qualified: string): string[] {
    const cached = this.ancestorCache.get(qualified);
    if (cached) return cached;
    const order: string[] = [];
    const visit = (cls: string) => {
      for (const base of this.basesOf(cls)) {
        if (order.includes(base)) continue;
        order.push(base);
        visit(base);
      }
    };
    visit(qualified);
    this.ancestorCache.set(qualified, order);
    return order;
  }

  descendants(qualified: string): string[] {
    if (!this.subclasses) {
      this.subclasses = new Map();
      for (const symbol of this.symbols.values()) {
        if (symbol.kind !== 'class') continue;
        const cls = symbol.qualified;
        for (const ancestor of this.ancestors(cls)) this.subclasses.set(ancestor, [...(this.subclasses.get(ancestor) ?? []), cls]);
      }
    }
    return this.subclasses.get(qualified) ?? [];
  }

  /** Where `name` is defined for instances of `cls`: the class itself or the nearest base. */
  lookupMember(cls: string, name: string): string | null {
    for (const candidate of [cls, ...this.ancestors(cls)]) {
      if (this.symbols.has(`${candidate}.${name}`)) return `${candidate}.${name}`;
    }
    return null;
  }

  /**
   * The classes that share the method `name` of `cls`: those that define it or read it
   * through `self`/`cls`/`super()`, reached from `cls` through ancestors and descendants
   * that do (`related`), and every ancestor and descendant of those (`reach`, where a new
   * name would collide). Two test classes of one base that each define `test_simple`
   * share nothing: the base neither defines nor calls it.
   */
  methodHierarchy(cls: string, name: string): { related: Set<string>; reach: Set<string> } {
    const users = new Set<string>();
    for (const { path, reference } of this.occurrencesOf(name).references) {
      if (reference.kind !== 'member' && reference.kind !== 'class-local') continue;
      const owner = this.classAt(path, reference.classPath);
      if (owner) users.add(owner);
    }
    const shares = (other: string) => users.has(other) || this.symbols.has(`${other}.${name}`);
    const related = new Set<string>([cls]);
    // A Set visits what is added while it is iterated: this walks to the closure.
    for (const member of related) {
      for (const other of [...this.ancestors(member), ...this.descendants(member)]) if (shares(other)) related.add(other);
    }
    const reach = new Set<string>(related);
    for (const member of related) for (const other of [...this.ancestors(member), ...this.descendants(member)]) reach.add(other);
    return { related, reach };
  }

  /** Every class connected to `cls` by inheritance: ancestors, descendants, and theirs. */
  hierarchy(cls: string): Set<string> {
    const related = new Set<string>([cls]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const member of [...related]) {
        for (const other of [...this.ancestors(member), ...this.descendants(member)]) {
          if (!related.has(other)) {
            related.add(other);
            grew = true;
          }
        }
      }
    }
    return related;
  }
}
