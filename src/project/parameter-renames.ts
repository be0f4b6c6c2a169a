// The project half of parameter renames: a parameter callers may pass by keyword is
// renamed together with the keyword at every call the project index resolves to its
// function, or not at all. Anything the index cannot follow (the function passed as a
// value, `**mapping`, an unresolved call that may reach it, an override) is a refusal.
import type { FileIndex, Span } from './collect.js';
import { ProjectGate } from '../engine/project-gate.js';
import { ProjectIndex } from './index.js';
import type { CallRecord, ParameterCandidate, ParameterFacts } from './parameter-facts.js';
import { referencesTo, type SymbolReferences } from './references.js';
import type { RenameEdit } from './rename.js';
import type { FileRenames } from './rename-findings.js';

export interface ParameterFileData {
  index: FileIndex;
  facts: ParameterFacts;
}

export interface ParameterRenameOptions {
  /** Public functions: callers outside the project may pass the old keyword; refuse, or rename anyway. */
  publicCallers: 'refuse' | 'ignore';
}

/** Bases that define no method a subclass could override by accident. */
const NEUTRAL_BASES = new Set(['object', 'ABC', 'abc.ABC']);

type Planned = { edits: Map<string, RenameEdit[]> } | { refusal: string };

function where(path: string, line: number): string {
  return `${path}:${line}`;
}

class ParameterPlanner {
  private readonly callsByName = new Map<string, Array<{ path: string; call: CallRecord }>>();
  private readonly callAt = new Map<string, CallRecord>();
  /** Project functions and methods by their own name. */
  private readonly symbolsByName = new Map<string, string[]>();
  /** The calls and other references the index resolves to a symbol, as `path:start`. */
  private readonly resolvedReferences = new Map<string, Set<string>>();

  constructor(
    private readonly index: ProjectIndex,
    files: ReadonlyArray<{ path: string; data: ParameterFileData }>,
    private readonly options: ParameterRenameOptions,
  ) {
    for (const { path, data } of files) {
      for (const call of data.facts.calls) {
        const sameName = this.callsByName.get(call.name);
        if (sameName) sameName.push({ path, call });
        else this.callsByName.set(call.name, [{ path, call }]);
        // A computed callee can start where a named one does (`f(1)(2)`): only names count.
        if (call.name) this.callAt.set(`${path}:${call.span.start}`, call);
      }
    }
    for (const symbol of index.symbols.values()) {
      const sameName = this.symbolsByName.get(symbol.definition.name);
      if (sameName) sameName.push(symbol.qualified);
      else this.symbolsByName.set(symbol.definition.name, [symbol.qualified]);
    }
  }

  private referencesOf(qualified: string): SymbolReferences {
    const symbol = this.index.symbols.get(qualified)!;
    const ownerClass = symbol.classPath.length ? this.index.classAt(symbol.path, symbol.classPath) : null;
    return referencesTo(this.index, [qualified], symbol.definition.name, ownerClass);
  }

  /**
   * Whether the index resolves the call to some project symbol: then it cannot reach
   * another one (and renaming that symbol's keywords must not change our verdict).
   */
  private resolvesToSomeSymbol(path: string, call: CallRecord): boolean {
    const key = `${path}:${call.span.start}`;
    return (this.symbolsByName.get(call.name) ?? []).some((qualified) => {
      let resolved = this.resolvedReferences.get(qualified);
      if (!resolved) {
        resolved = new Set(this.referencesOf(qualified).hits.map((hit) => `${hit.path}:${hit.span.start}`));
        this.resolvedReferences.set(qualified, resolved);
      }
      return resolved.has(key);
    });
  }

  /** Why overriding matters here: a method of the same name elsewhere in its hierarchy, or a base we cannot see. */
  private hierarchyRefusal(ownerClass: string, name: string, qualified: string): string | null {
    const family = [...this.index.hierarchy(ownerClass)].map((cls) => `${cls}.${name}`).filter((member) => member !== qualified && this.index.symbols.has(member));
    if (family.length) return `it overrides or is overridden (${family.slice(0, 3).join(', ')}), and callers of either may name the parameter`;
    for (const cls of this.index.hierarchy(ownerClass)) {
      const symbol = this.index.symbols.get(cls);
      if (!symbol) continue;
      if (symbol.definition.opaqueBases) return `${cls} has a computed base, whose method of that name it may override`;
      const outside = symbol.definition.bases.find((base) => !NEUTRAL_BASES.has(base) && this.index.symbols.get(this.index.resolveDotted(symbol.path, base.split('.')) ?? '')?.kind !== 'class');
      if (outside) return `${cls} has a base outside the project (${outside}), whose method of that name it may override`;
    }
    return null;
  }

  plan(path: string, candidate: ParameterCandidate): Planned {
    // A property's getter, setter and deleter (one name, reached as an attribute) have no
    // callers that name parameters; a nested function's calls are all in its file.
    if (candidate.callers !== 'project') return { edits: new Map([[path, [...candidate.edits]]]) };
    const module = this.index.moduleOfPath.get(path);
    const qualified = module ? [module, ...candidate.classPath, candidate.functionName].join('.') : '';
    const symbol = this.index.symbols.get(qualified);
    if (!module || !symbol || symbol.path !== path || symbol.definition.span.start !== candidate.definitionSpan.start) {
      return { refusal: `\`${candidate.functionName}\` is defined more than once there, so its calls cannot be told apart` };
    }
    // A module's leading `_` is no promise: `decimal` re-exports all of `_pydecimal`.
    if (candidate.public && this.options.publicCallers === 'refuse') {
      return { refusal: `${qualified} is public: code outside the project may pass \`${candidate.parameter}=\` (set public-callers=ignore when the project is all its callers)` };
    }
    const ownerClass = candidate.classPath.length ? this.index.classAt(path, candidate.classPath) : null;
    const hierarchy = ownerClass ? this.hierarchyRefusal(ownerClass, candidate.functionName, qualified) : null;
    if (hierarchy) return { refusal: hierarchy };
    const edits = new Map<string, RenameEdit[]>([[path, [...candidate.edits]]]);

    const references = this.referencesOf(qualified);
    const resolvedCalls = new Set<string>();
    for (const hit of references.hits) {
      if (hit.via === 'import') {
        if (!hit.record.unaliased) return { refusal: `${hit.path} imports it as \`${hit.record.local}\`, and calls under that name are not followed` };
        continue;
      }
      if (hit.via === 'doctest') return { refusal: `a docstring example in ${hit.path} uses it, and examples are not rewritten` };
      if (hit.via === 'string') {
        if (hit.literal.context === 'all') continue;
        return { refusal: `a string names it at ${where(hit.path, hit.literal.line)} (mock.patch or getattr), so it is used as a value there` };
      }
      const call = this.callAt.get(`${hit.path}:${hit.span.start}`);
      if (!call) return { refusal: `it is used as a value, not called, in ${hit.path} (a callback, a partial, an alias), so its callers cannot all be found` };
      resolvedCalls.add(`${hit.path}:${hit.span.start}`);
      const problem = this.callRefusal(call, candidate);
      if (problem) return { refusal: `${problem} at ${where(hit.path, call.line)}` };
      for (const keyword of call.keywords) {
        if (keyword.name === candidate.parameter) edits.set(hit.path, [...(edits.get(hit.path) ?? []), { ...keyword.span, text: candidate.newName }]);
      }
    }
    for (const { path: callPath, call } of this.callsByName.get(candidate.functionName) ?? []) {
      if (resolvedCalls.has(`${callPath}:${call.span.start}`) || this.resolvesToSomeSymbol(callPath, call)) continue;
      if (call.doubleStar || call.keywords.some((keyword) => keyword.name === candidate.parameter)) {
        return { refusal: `the call at ${where(callPath, call.line)} may reach it with \`${call.doubleStar ? '**' : candidate.parameter}\` and cannot be resolved` };
      }
    }
    // A computed callee (`getattr(self, 'do_' + name)(...)`) may be any function; one that
    // passes the old keyword is reason enough to stop (`**` there is too common to mean much).
    for (const { path: callPath, call } of this.callsByName.get('') ?? []) {
      if (call.keywords.some((keyword) => keyword.name === candidate.parameter)) {
        return { refusal: `the call at ${where(callPath, call.line)} has a computed callee and passes \`${candidate.parameter}=\`` };
      }
    }
    return { edits };
  }

  private callRefusal(call: CallRecord, candidate: ParameterCandidate): string | null {
    if (call.doubleStar) return 'it is called with `**mapping`, whose keys cannot be seen,';
    if (call.keywords.some((keyword) => keyword.name === candidate.newName)) return `a call already passes \`${candidate.newName}=\``;
    return null;
  }
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/** Every parameter rename of the project, as the per-file renames and refusals the workers apply. */
export function planParameterRenames(
  files: ReadonlyArray<{ path: string; data: ParameterFileData }>,
  options: ParameterRenameOptions,
  gate = new ProjectGate(),
): Record<string, FileRenames> {
  const index = new ProjectIndex(files.map(({ path, data }) => ({ path, data: data.index })));
  const planner = new ParameterPlanner(index, files, options);
  const result: Record<string, FileRenames> = {};
  const entry = (path: string): FileRenames => (result[path] ??= { fingerprint: index.files.get(path)?.fingerprint ?? '', renames: [], refusals: [] });
  const taken = new Map<string, RenameEdit[]>();
  for (const { path, data } of files) {
    for (const candidate of data.facts.candidates) {
      const subject = `\`${candidate.parameter}\` (a parameter of \`${candidate.functionName}\`)`;
      const planned: Planned = candidate.refusal ? { refusal: candidate.refusal } : planner.plan(path, candidate);
      const clash = 'edits' in planned && [...planned.edits].some(([file, edits]) => overlaps(edits, taken.get(file) ?? []));
      const gated = 'edits' in planned && !clash ? gate.admit(planned.edits, 'variable-names') : null;
      if ('refusal' in planned || clash || gated) {
        const reason = 'refusal' in planned ? planned.refusal : (gated?.reason ?? 'another rename changes the same places');
        entry(path).refusals.push({ message: `${subject} not renamed to \`${candidate.newName}\`: ${reason}`, kind: gated?.kind ?? 'refused', at: candidate.at });
        continue;
      }
      const total = [...planned.edits.values()].reduce((sum, edits) => sum + edits.length, 0);
      for (const [file, edits] of planned.edits) {
        taken.set(file, [...(taken.get(file) ?? []), ...edits]);
        const sorted = [...edits].sort((a, b) => a.start - b.start);
        const elsewhere = file === path ? '' : ` (defined in ${path})`;
        entry(file).renames.push({
          title: `Rename parameter \`${candidate.parameter}\` to \`${candidate.newName}\``,
          message: `${subject} is an abbreviation: renamed to \`${candidate.newName}\` with its keyword arguments${elsewhere}: ${edits.length} of ${total} places in ${planned.edits.size} file${planned.edits.size === 1 ? '' : 's'} are here`,
          at: file === path ? candidate.at : (sorted[0] as Span),
          edits: sorted,
        });
      }
    }
  }
  return result;
}
