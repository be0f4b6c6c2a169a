// The transform contract: what a transform declares, what it reports, and the
// plain-data edits the engine's single arbiter applies.
import type { SyntaxNode } from './syntax-tree.js';
import type { OptionSchema, OptionValues } from './options.js';
import type { SourceFile } from './source.js';
import type { ProjectGate } from './project-gate.js';
import type { ConventionName, Conventions } from './conventions.js';

export type Safety = 'safe' | 'unsafe';

/**
 * `ast`: identical AST; `ast-without-docstrings`: identical once docstrings are removed;
 * `alpha`: identical up to a consistent renaming of identifiers; `alpha-without-docstrings`:
 * both relaxations (a rename that also updates docstrings); `parse`: still parses.
 */
export type Invariant = 'ast' | 'ast-without-docstrings' | 'alpha' | 'alpha-without-docstrings' | 'parse';

/** A half-open range of JS string indices (UTF-16 code units), as tree-sitter gives them. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `text[start, end)` with `text`; an insertion has `start === end`. */
export interface Edit extends Span {
  text: string;
}

/** One coherent change: its edits never overlap each other. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** Defaults to the transform's own safety. */
  safety?: Safety;
  /**
   * Whether the fix was computed from the project index (and so describes the text as
   * first read: the arbiter takes such fixes alone, in the first pass). Defaults to
   * whether the transform has `scope: 'project'`.
   */
  projectWide?: boolean;
  /**
   * The text the fix's meaning depends on beyond its own edits: a rename of a local
   * variable spans its whole function. A fix of another transform with an edit inside
   * it (a `raise ... from e` that names the old `e`, a docstring that names the old
   * parameter) waits for the next pass and is computed again on the renamed text.
   */
  extent?: { start: number; end: number };
}

/** What a transform reports. The fix is built lazily and may give up (return null). */
export interface Finding {
  message: string;
  /**
   * A short, stable name for this kind of finding (`collision`, `no-docstring`...): the
   * summary groups findings without a fix by it. Optional.
   */
  kind?: string;
  /** Where the problem is: a node or a span of the current text. */
  at: SyntaxNode | Span;
  fix?: () => Fix | null;
  /**
   * Computed from the text as first read (the project index), so later passes of the
   * fix loop cannot repeat it: reported from the first pass even when the file changes.
   */
  firstPassOnly?: boolean;
}

/** A Python file being transformed, with the project-wide data of the first phase. */
export interface TransformContext<Options, Project = unknown> {
  options: Options;
  /** Combined project data; only for transforms with `scope: 'project'`. */
  project: Project;
  /** Renames requested with `--plan` or `--rename` (qualified name -> new name). */
  renames: ReadonlyMap<string, string>;
  /**
   * The project's conventions (line length, docstring style, quotes, logging idiom...),
   * detected once per run; the defaults when the caller gave none.
   */
  conventions: Conventions;
  /** Report something that is not a finding (a fallback, a skipped part). */
  warn(message: string): void;
  /**
   * The line gate's limit for this file (null: no gate). A fix that would push a line
   * within it past it is dropped as `line-too-long`: re-wrap the text to fit instead
   * (src/python/syntax/wrap.ts).
   */
  lineLength?: number | null;
}

/** The first phase of a project-wide transform, run in the workers over every file. */
export interface ProjectPhase<Options, FileData, Project> {
  /**
   * Whether these options need the phase at all (default: always). When no selected
   * transform needs it, files are not indexed and `find` sees no project data.
   */
  wanted?(options: Options): boolean;
  /** Runs on every file; the result crosses threads, so it must be plain data. */
  collect(file: SourceFile, options: Options, context: CollectContext): FileData;
  /**
   * Whether `collect` reads only the file's outline (module level, class bodies, the
   * headers of definitions), or little more, with these options, for this text: its tree
   * is then read lazily, not copied, when every phase of the run says so (syntax-tree.ts).
   */
  outline?(options: Options, context: CollectContext & { text: string }): boolean;
  /**
   * Whether `find` reports nothing in the file at `path` (as the project phase names it)
   * with this project data: a file every transform of the run is quiet on, and that the
   * project phase parsed, is not parsed again (a rename touches a few files of many).
   */
  quiet?(path: string, project: Project, options: Options): boolean;
  /**
   * Whether `find` reports the same in this file whatever the combined project data, as
   * its own collected `data` shows (no method another file's docstring could cover, say).
   * A file every transform of the run says so of is transformed in the project phase,
   * from the tree `collect` read: it is not parsed a second time. `find` then sees no
   * project data for it.
   */
  settled?(data: FileData, options: Options): boolean;
  /**
   * Whether `find` reports in the file at `path` with this combined data what it reports
   * with none, as for a settled file (no method of the file overrides a documented one,
   * say). A file that only such transforms, and `quiet` ones, leave unsettled is
   * transformed in the project phase too, provisionally: the result holds when each says
   * so (each `quiet` one, that it is quiet); else the run phase transforms the file again.
   */
  unaffected?(path: string, project: Project, options: Options): boolean;
  /**
   * Whether `collect` may wait for this file, as its text shows: a note (plain data, kept
   * for `combine`) to put it off, null to collect it now. A rename's index needs a file
   * that spells none of the old names only if a name is resolved through it. A file every
   * transform of the run puts off is not parsed in the project phase: `combine` sees it in
   * `context.deferred` and asks for the ones it reads with `context.need(path)`; they are
   * collected, and `combine` runs again from the start, with a gate of its own. A put-off
   * file that no `combine` asked for is not parsed by the run either when every transform
   * is `quiet` on it. The runner defers; the in-memory `runSources` collects every file,
   * and the results must be the same.
   */
  defer?(options: Options, context: CollectContext & { text: string }): unknown;
  /**
   * Whether `collect` may wait for this file, as its tree shows, and `find` reports the
   * same in it whatever the combined data (`settled`): a note (as `defer`'s) to set it
   * aside, null to collect it now. docstrings needs a file that documents no override
   * only if a class of another file derives from one of its classes. A file every
   * transform of the run sets aside is transformed at once from that tree, and collected
   * only if a `combine` asks for it (`need`, as for a put-off file), parsed again then.
   */
  aside?(file: SourceFile, options: Options, context: CollectContext): unknown;
  /**
   * Runs on the main thread, once (again for each round that asked for a put-off file);
   * the result crosses threads too. A change that spans files (a rename) is made whole
   * or not at all, so the fix loop cannot gate it file by file: ask
   * `gate.admit(editsByPath)` for each, in the order they are planned, and turn a refusal
   * into a finding of its kind (`line-too-long`, `outside-changes`).
   */
  combine(
    files: Array<{ path: string; data: FileData }>,
    options: Options,
    renames: ReadonlyMap<string, string>,
    gate: ProjectGate,
    context?: CombineContext,
  ): Project;
  /**
   * Asynchronous work on the combined data, once, on the main thread, before any file is
   * transformed (network requests, made concurrently), so that `find` stays synchronous.
   * The runner calls it; the in-memory `runSources` does not.
   */
  prepare?(project: Project, options: Options, context: PrepareContext): Promise<Project>;
}

/** The files `defer` put off, for `combine`. */
export interface CombineContext {
  /** Path (as `combine`'s files name them) -> its module and the note `defer` gave. */
  deferred: ReadonlyMap<string, { module?: string; note: unknown }>;
  /** Asks for a put-off file's data: `combine` runs again once it is collected (what it returned meanwhile is dropped, and so is what it threw). */
  need(path: string): void;
}

/** What every file's `collect` may know of the run: the renames asked (`--rename`, a plan), by qualified name. */
export interface CollectContext {
  renames: ReadonlyMap<string, string>;
  /**
   * `combine` may ask for this file again (`need`, as for a put-off file): `collect` may
   * leave out what only some combined data needs, if its data tells the index so (a
   * `FileIndex`'s `spelled`). Set in the runner's first round; never in the in-memory
   * `runSources`, nor for a file asked for.
   */
  partial?: boolean;
}

/** What `prepare` may report: progress (a bar in the CLI) and warnings (one line each). */
export interface PrepareContext {
  /** The directory of the run (for a cache). */
  cwd: string;
  conventions: Conventions;
  progress(done: number, total: number): void;
  warn(message: string): void;
}

/** One proposed rename of a plan written by `pycodemod suggest`. */
export interface RenameSuggestion {
  /** The qualified name of the symbol (`pkg.mod.Class.method`). */
  qualified: string;
  newName: string;
  /** A line for the reviewer: the old name, reference count, why. */
  note?: string;
}

export interface TransformDocs {
  before: string;
  after: string;
  /** Options for the documented example, if not the defaults. */
  options?: Record<string, unknown>;
}

export interface Transform<S extends OptionSchema = OptionSchema, FileData = unknown, Project = unknown> {
  id: string;
  summary: string;
  /** Which point of the code review this serves (1-8). */
  suggestion: number;
  safety: Safety;
  /**
   * What Python's `ast` must find unchanged after this transform's fixes (checked by
   * the fixture harness, the corpus run and `--verify`). Defaults to `ast` for safe
   * transforms and `parse` for unsafe ones.
   */
  invariant?: Invariant;
  scope: 'file' | 'project';
  options: S;
  docs: TransformDocs;
  project?: ProjectPhase<OptionValues<S>, FileData, Project>;
  /**
   * The conventions this transform reads (`context.conventions`; `isTestFile` is `tests`);
   * absent: every one. A run learns the project's vocabulary (a third of the scan of the
   * code), its exception habits (`logging`, `raiseFrom`, `bareExcept`) and the habits
   * read token by token (quotes, docstrings, trailing commas) only when a transform of
   * the run reads them (`scanPartsFor`); the line length and the tests, always.
   */
  conventions?: readonly ConventionName[];
  /**
   * Whether one pass is enough: once every fix it made in a pass is applied (with those of
   * other one-pass transforms), it finds nothing new in the result, and reports the same
   * findings without a fix. The fix loop then does not run it again, unless a fix of a
   * transform that does not say so is applied after; when no transform is left to run,
   * the pass that applied the fixes is the last (the rewrite is still parsed and
   * checked). The fixtures' second run and the corpus test hold it to that.
   */
  onePass?: boolean;
  /**
   * For a transform that is not `onePass`: asked right after `find` of the same file,
   * true when it found nothing there and fixes of one-pass transforms cannot give it
   * anything either (variable-names in a file with no name its dictionary expands: those
   * fixes bind no name). The fix loop then runs it again only after a fix of a transform
   * that is not one-pass. Absent: it runs after every pass that applies a fix.
   */
  settles?(file: SourceFile, context: TransformContext<OptionValues<S>, Project>): boolean;
  /**
   * A test of the text alone, before any parse: false when `find` can find nothing in
   * it, whatever its tree (exception-handling in a file that never writes `except`). A
   * file that every transform of the run rules out so, that names no transform in a
   * pycodemod comment and that no review plan targets, is reported unchanged without
   * being parsed: a syntax error in it goes unreported, as nothing in it could be found
   * or changed. Absent: anything may be
   * found. The fixture harness and a test over the standard library hold it to that.
   */
  mayFind?(text: string, context: TextContext<OptionValues<S>>): boolean;
  find(file: SourceFile, context: TransformContext<OptionValues<S>, Project>): Iterable<Finding>;
  /** Proposes a rename plan from the project data (`pycodemod suggest`). */
  suggest?(project: Project, options: OptionValues<S>): RenameSuggestion[];
  /**
   * Checks the options against the files of the run before any work: a message saying what
   * is wrong and how to fix it (the run stops with it, exit status 2), or null.
   */
  checkFiles?(options: OptionValues<S>, files: readonly string[]): string | null;
}

/** What `mayFind` knows besides the text. */
export interface TextContext<Options> {
  options: Options;
  conventions: Conventions;
}

/** A registry entry with its type parameters erased. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTransform = Transform<OptionSchema, any, any>;

/** Declares a transform, checking its options type against its schema. */
export function defineTransform<const S extends OptionSchema, FileData = unknown, Project = unknown>(
  transform: Transform<S, FileData, Project>,
): Transform<S, FileData, Project> {
  return transform;
}

export function invariantOf(transform: AnyTransform): Invariant {
  return transform.invariant ?? (transform.safety === 'safe' ? 'ast' : 'parse');
}
