// Running transforms over a set of files held in memory: the project phase (collect on
// every file, combine once) followed by the fix loop on each file. The runner does the
// same across worker threads; this form serves the library API and the tests.
import { moduleNames } from './module-names.js';
import { resolveOptions } from './options.js';
import { firstSyntaxError, parsePython } from './parse.js';
import { SourceFile } from './source.js';
import type { SyntaxTree } from './syntax-tree.js';
import { runFile, type FileOutcome, type SelectedTransform } from './fix-loop.js';
import { lineFactsOf, ProjectGate, type LineFacts } from './project-gate.js';
import type { AnyTransform, CombineContext } from './types.js';
import { conventionsOf, defaultConventions, type Conventions, type ConventionsData } from './conventions.js';

export interface TransformRequest {
  transform: AnyTransform;
  /** Raw option overrides (command-line strings or config values). */
  options?: Readonly<Record<string, unknown>>;
}

export interface SourceRunOptions {
  allowUnsafe?: boolean | ((transformId: string) => boolean);
  renames?: ReadonlyMap<string, string>;
  maxPasses?: number;
  /** The line gate's limit, or a file's limit from its text (default: none, the gate is off). */
  lineLength?: number | ((text: string) => number | null);
  /** The project's conventions (default: PEP 8 and the common habits). */
  conventions?: Conventions | ConventionsData;
  /** As `--since` gives them: changed lines per path, `'all'` for a new file. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number> | 'all'>;
}

/** Resolves each transform's options; throws OptionError on a bad one. */
export function selectTransforms(requests: readonly TransformRequest[]): SelectedTransform[] {
  return requests.map(({ transform, options }) => ({
    transform,
    options: resolveOptions(transform.id, transform.options, options ?? {}),
  }));
}

function wantsProject({ transform, options }: SelectedTransform): boolean {
  return !!transform.project && (transform.project.wanted?.(options) ?? true);
}

/** Whether any selected transform, with its options, needs the project phase. */
export function needsProjectPhase(selected: readonly SelectedTransform[]): boolean {
  return selected.some(wantsProject);
}

/** Collects one file's data for every project-scope transform that wants it (null for the others). */
export function collectFile(path: string, text: string, selected: readonly SelectedTransform[], module?: string, renames: ReadonlyMap<string, string> = new Map()): unknown[] | null {
  const collected = collectParsed(path, text, selected, module, renames);
  return collected && 'data' in collected ? collected.data : null;
}

/** What the project phase read of one file: each transform's data, and the tree it came from. */
export interface CollectedData {
  data: unknown[];
  /** The tree `collect` read: the run may start from it (see `unsettledBy`). */
  tree: SyntaxTree;
}

/**
 * A file every transform that wanted the project phase put off (`defer`, before the parse)
 * or set aside (`aside`, after it): each one's note, null for the others; and the tree of
 * a file set aside, settled for every transform, to transform it from.
 */
export interface DeferredData {
  notes: unknown[];
  tree?: SyntaxTree;
}

/**
 * `collectFile`, keeping the tree; null when no transform needs the phase or the file
 * does not parse. With `deferrable`, a file every such transform puts off is not parsed,
 * and one every such transform sets aside once parsed is not collected: its notes instead.
 */
export function collectParsed(
  path: string,
  text: string,
  selected: readonly SelectedTransform[],
  module?: string,
  renames: ReadonlyMap<string, string> = new Map(),
  deferrable = false,
): CollectedData | DeferredData | null {
  if (!needsProjectPhase(selected)) return null;
  const contextOf = (selection: SelectedTransform) => ({ renames: selection.renames ?? renames, ...(deferrable ? { partial: true } : {}) });
  if (deferrable) {
    const noteOf = (selection: SelectedTransform): unknown => selection.transform.project!.defer?.(selection.options, { ...contextOf(selection), text }) ?? null;
    const notes = selected.map((selection) => (wantsProject(selection) ? noteOf(selection) : null));
    if (selected.every((selection, index) => !wantsProject(selection) || notes[index] !== null)) return { notes };
  }
  const readsOutline = (selection: SelectedTransform): boolean => selection.transform.project!.outline?.(selection.options, { ...contextOf(selection), text }) === true;
  const outlines = selected.map((selection) => wantsProject(selection) && readsOutline(selection));
  const outline = selected.every((selection, index) => !wantsProject(selection) || outlines[index]);
  const tree = parsePython(text, undefined, outline ? 'lazy' : undefined);
  if (firstSyntaxError(tree.rootNode)) return null;
  const file = new SourceFile(path, text, tree, module);
  if (deferrable) {
    const noteOf = (selection: SelectedTransform): unknown => selection.transform.project!.aside?.(file, selection.options, contextOf(selection)) ?? null;
    const notes = selected.map((selection) => (wantsProject(selection) ? noteOf(selection) : null));
    if (selected.every((selection, index) => !wantsProject(selection) || notes[index] !== null)) return { notes, tree };
  }
  // Those that read the whole file first: one that reads its outline may then take what
  // they built of it (a file's index holds its outline).
  const data: unknown[] = selected.map(() => null);
  for (const wholeFile of [true, false]) {
    selected.forEach((selection, index) => {
      if (!wantsProject(selection) || outlines[index] === wholeFile) return;
      data[index] = selection.transform.project!.collect(file, selection.options, contextOf(selection));
    });
  }
  return { data, tree };
}

/**
 * The transforms that wanted the project phase and whose findings in this file may depend
 * on the combined data (not `settled`), each with how it could wait for that data: run
 * without it (`unaffected`), left out (`quiet`), or not at all (null). A file that only
 * transforms that can wait leave unsettled may be transformed at once, provisionally
 * (`confirms`).
 */
export function unsettledBy(selected: readonly SelectedTransform[], data: readonly unknown[]): Array<{ id: string; waits: 'unaffected' | 'quiet' | null }> {
  return selected.flatMap((selection, index) => {
    const phase = selection.transform.project;
    if (!wantsProject(selection) || phase!.settled?.(data[index], selection.options) === true) return [];
    return [{ id: selection.transform.id, waits: phase!.unaffected ? 'unaffected' : phase!.quiet ? 'quiet' : null }];
  });
}

/** Whether the transform finds nothing in the file at `path` (as the project phase names it) with its combined data (`quiet`). */
export function quietOn(path: string, { transform, options, project }: SelectedTransform): boolean {
  return transform.project?.quiet?.(path, project, options) === true;
}

/**
 * Whether the combined data confirms a result made before it for the file at `path`: the
 * transform finds there what it found without the data (`unaffected`), or nothing at all
 * (`quiet`) when it was left out.
 */
export function confirms(path: string, selected: SelectedTransform): boolean {
  const { transform, options, project } = selected;
  return transform.project?.unaffected ? transform.project.unaffected(path, project, options) : quietOn(path, selected);
}

/** A put-off file as `combineProject` takes it: its path, module and each transform's note. */
export interface DeferredFile {
  path: string;
  module?: string;
  notes: unknown[];
}

/**
 * Combines the collected data into each transform's project data. One gate serves every
 * transform, so that renames of two transforms on one line are measured together. The
 * put-off files' paths a `combine` asked for (`context.need`) are added to `needed`.
 */
export function combineProject(
  selected: readonly SelectedTransform[],
  collected: ReadonlyArray<{ path: string; data: unknown[] | null }>,
  renames: ReadonlyMap<string, string>,
  gate = new ProjectGate(),
  deferred: readonly DeferredFile[] = [],
  needed = new Set<string>(),
): SelectedTransform[] {
  return selected.map((selection, index) => {
    const phase = selection.transform.project;
    if (!phase || !wantsProject(selection)) return selection;
    const files = collected.flatMap(({ path, data }) => (data ? [{ path, data: data[index] }] : []));
    const context: CombineContext = {
      deferred: new Map(deferred.map(({ path, module, notes }) => [path, { ...(module ? { module } : {}), note: notes[index] }])),
      need: (path) => needed.add(path),
    };
    return { ...selection, project: phase.combine(files, selection.options, selection.renames ?? renames, gate, context) };
  });
}

export function runSources(
  files: ReadonlyMap<string, string>,
  requests: readonly TransformRequest[],
  options: SourceRunOptions = {},
): Map<string, FileOutcome> {
  const renames = options.renames ?? new Map<string, string>();
  const allow = options.allowUnsafe ?? false;
  const allowUnsafe = typeof allow === 'function' ? allow : () => allow;
  const limitOf = (text: string) => (typeof options.lineLength === 'function' ? options.lineLength(text) : (options.lineLength ?? null));
  let selected = selectTransforms(requests);
  const modules = moduleNames([...files.keys()]);
  if (needsProjectPhase(selected)) {
    const collected = [...files].map(([path, text]) => ({ path, data: collectFile(path, text, selected, modules.get(path), renames) }));
    const lines = new Map<string, LineFacts>([...files].map(([path, text]) => [path, lineFactsOf(text, limitOf(text))]));
    selected = combineProject(selected, collected, renames, new ProjectGate({ lines, changedLines: options.changedLines }));
  }
  const outcomes = new Map<string, FileOutcome>();
  const given = options.conventions;
  const conventions = given === undefined ? defaultConventions() : 'data' in given ? given : conventionsOf(given);
  for (const [path, text] of files) {
    const changed = options.changedLines ? (options.changedLines.get(path) ?? new Set<number>()) : undefined;
    outcomes.set(
      path,
      runFile(path, text, {
        transforms: selected,
        allowUnsafe,
        renames,
        maxPasses: options.maxPasses,
        module: modules.get(path),
        lineLength: limitOf(text),
        conventions,
        ...(changed && changed !== 'all' ? { changedLines: changed } : {}),
      }),
    );
  }
  return outcomes;
}
