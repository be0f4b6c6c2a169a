// The fix loop: parse once per pass, run every selected transform on the same tree,
// let the arbiter apply what does not overlap, and repeat until nothing changes.
// Suppression comments and the caller's fix filter (--interactive) are honoured here, so
// that they apply to every transform alike.
import { applyEdits, arbitrate, checkFix, type Arbitration, type CandidateFix } from './arbiter.js';
import { lineOverflow, overflowingBlocks } from './line-gate.js';
import { describeSyntaxError, firstSyntaxError, indentationDepth, parsePython, PARSER_DEPTH_LIMIT } from './parse.js';
import { SourceFile } from './source.js';
import { syntaxTreeFrom, type SyntaxTree } from './syntax-tree.js';
import { Suppressions, transformsNamedIn } from './suppression.js';
import { defaultConventions, type Conventions } from './conventions.js';
import type { OptionSchema, OptionValues } from './options.js';
import type { AnyTransform, Edit, Finding, Fix, Safety, Span } from './types.js';

/** A transform chosen for a run, with its resolved options and project data. */
export interface SelectedTransform {
  transform: AnyTransform;
  options: OptionValues<OptionSchema>;
  project?: unknown;
  /**
   * Limits the transform to parts of a file (a `pycodemod review` plan names the functions,
   * handlers or lines a reviewer pointed at): the spans of the file as read that its
   * findings must lie in, and the targets that named something no longer there. Absent:
   * the whole file.
   */
  within?: (file: SourceFile) => TargetSpans;
  /** Renames for this transform alone (a review plan's), instead of the run's. */
  renames?: ReadonlyMap<string, string>;
}

/** Where a targeted transform may act in one file, and what it was asked for but cannot find. */
export interface TargetSpans {
  spans: Span[];
  missing: string[];
}

/** A fix about to be applied, as the caller's filter sees it. */
export interface ProposedFix {
  transform: string;
  title: string;
  message: string;
  /** Where its edits fall in the text the file had before the first pass. */
  origin: Span;
}

export interface FileRunOptions {
  transforms: SelectedTransform[];
  /** The text's tree, when it was parsed already (the project phase's): not parsed again. */
  parsed?: SyntaxTree;
  /** Whether unsafe fixes of this transform may be applied. */
  allowUnsafe: (transformId: string) => boolean;
  renames?: ReadonlyMap<string, string>;
  /** At most this many passes (default 10). */
  maxPasses?: number;
  /**
   * Decides, fix by fix, which fixes may be applied (the others are reported as
   * `declined`); used by --interactive to re-run a file with only the accepted fixes.
   */
  allowFix?: (fix: ProposedFix) => boolean;
  /** Ignore suppression comments (default: honour them). */
  ignoreSuppressions?: boolean;
  /** The file's dotted module name, when the caller knows the files around it. */
  module?: string;
  /**
   * The line gate's limit: a fix that would leave a line longer than this when it was
   * within it is dropped (`line-too-long`). A function is asked once, with the file as
   * read; null turns the gate off. Not given: the conventions' line length, when the
   * caller gives conventions; else no gate. Project-wide fixes are gated
   * whole, in the project phase (see project-gate.ts), never here.
   */
  lineLength?: number | null | ((file: SourceFile) => number | null);
  /**
   * `--since`: the lines (1-based, of the text as read) added or changed since a
   * revision; only fixes with an edit on one of them are applied. Absent: every line.
   * Project-wide fixes were chosen whole in the project phase and are applied as given.
   */
  changedLines?: ReadonlySet<number>;
  /** The project's conventions (default: PEP 8 and the common habits). */
  conventions?: Conventions;
}

/**
 * A finding as reported to the user: plain data. Lines and columns refer to the text the
 * file had when it was read (findings of later passes are mapped back through the edits).
 */
export interface FindingReport {
  transform: string;
  message: string;
  /** A short, stable name for the kind of finding, when the transform gives one. */
  kind?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  safety: Safety;
  /** The fix's title when there is one. */
  fixTitle?: string;
  /** Whether the fix was applied (or would be, in a dry run). */
  applied: boolean;
  /**
   * Why a fix was not applied: it needs --unsafe, there is none, a later pass dropped it,
   * a suppression comment covers the finding, the caller's filter declined it, the line
   * gate dropped it (it would push a line past the limit), or it lies outside the lines
   * changed since the `--since` revision.
   */
  notApplied?: 'unsafe' | 'no-fix' | 'conflict' | 'suppressed' | 'declined' | 'line-too-long' | 'outside-changes';
  /** The line of the suppression comment, when suppressed. */
  suppressedBy?: number;
  /** For an applied fix: where its edits fall in the text as read. */
  fixOrigin?: Span;
  /**
   * With `--since`: an applied project-wide fix (a rename) with edits outside the changed
   * lines; a rename is made whole or not at all.
   */
  beyondChanges?: boolean;
}

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

export interface FileOutcome {
  status: FileStatus;
  /** Why the file was skipped or failed. */
  reason?: string;
  /** True when a `# pycodemod: skip-file` comment skipped the whole file. */
  skippedByComment?: boolean;
  /** The rewritten text, when changed. */
  output?: string;
  findings: FindingReport[];
  warnings: string[];
  passes: number;
}

const DEFAULT_MAX_PASSES = 10;

function spanOf(at: Finding['at']): Span {
  return 'startIndex' in at ? { start: at.startIndex, end: at.endIndex } : at;
}

function dedupeEdits(fix: Fix): Fix {
  const edits: Edit[] = [];
  for (const edit of fix.edits) {
    if (!edits.some((other) => other.start === edit.start && other.end === edit.end && other.text === edit.text)) edits.push(edit);
  }
  return edits.length === fix.edits.length ? fix : { ...fix, edits };
}

/**
 * Maps indices of the current pass's text back to the text as read, through the edits
 * of every earlier pass. An index inside inserted text maps to where the insertion was.
 */
class OriginMap {
  /** The edits applied by each pass, sorted, in the coordinates of that pass's input. */
  private readonly passes: Edit[][] = [];

  record(edits: Edit[]): void {
    this.passes.push(edits);
  }

  private static back(edits: readonly Edit[], index: number, side: 'start' | 'end'): number {
    let delta = 0;
    for (const edit of edits) {
      const newStart = edit.start + delta;
      const newEnd = newStart + edit.text.length;
      if (index <= newStart) return index - delta;
      if (index < newEnd) return side === 'start' ? edit.start : edit.end;
      delta += edit.text.length - (edit.end - edit.start);
    }
    return index - delta;
  }

  map(span: Span): Span {
    let { start, end } = span;
    for (let pass = this.passes.length - 1; pass >= 0; pass--) {
      const edits = this.passes[pass] as Edit[];
      start = OriginMap.back(edits, start, 'start');
      end = Math.max(start, OriginMap.back(edits, end, 'end'));
    }
    return { start, end };
  }
}

function unionSpan(edits: readonly Edit[]): Span {
  return { start: Math.min(...edits.map((edit) => edit.start)), end: Math.max(...edits.map((edit) => edit.end)) };
}

interface PassResult {
  candidates: CandidateFix[];
  /** Each finding, with the order of its transform among the selected. */
  reports: Array<{ order: number; report: FindingReport; candidate?: CandidateFix; firstPassOnly?: boolean }>;
  /** The transforms (by order) that are not one-pass but settle with this pass (`settles`). */
  settling: Set<number>;
}

interface PassContext {
  options: FileRunOptions;
  /** Per selected transform (by order), the spans of the text as read it is limited to. */
  targets: Map<number, Span[]>;
  warnings: string[];
  original: SourceFile;
  origins: OriginMap;
  /** The line gate's limit for this file, or null when off. */
  limit: number | null;
}

/** Whether any of `edits` (in the current text) falls on a line changed since --since's revision. */
function touchesChangedLines(edits: readonly Edit[], pass: PassContext, changed: ReadonlySet<number>): boolean {
  return edits.some((edit) => {
    const origin = pass.origins.map(edit);
    const first = pass.original.position(origin.start).line;
    const last = pass.original.position(origin.end).line;
    for (let line = first; line <= last; line++) if (changed.has(line)) return true;
    return false;
  });
}

/** The gate's verdict in words, for the finding's message. */
function overflowMessage(pass: PassContext, at: number, length: number): string {
  const line = pass.original.position(pass.origins.map({ start: at, end: at }).start).line;
  return `not applied: line ${line} would be ${length} characters, over the limit of ${pass.limit}`;
}

/** Runs every selected transform but those `settled` (by order) on the file. */
function runPass(file: SourceFile, pass: PassContext, settled: ReadonlySet<number>): PassResult {
  const { options, warnings, original, origins, targets, limit } = pass;
  const candidates: CandidateFix[] = [];
  const reports: PassResult['reports'] = [];
  const settling = new Set<number>();
  const suppressions = options.ignoreSuppressions ? null : new Suppressions(file);
  options.transforms.forEach(({ transform, options: transformOptions, project, renames }, order) => {
    if (settled.has(order) || suppressions?.skipsFile(transform.id)) return;
    try {
      const context = {
        options: transformOptions,
        project,
        renames: renames ?? options.renames ?? new Map<string, string>(),
        lineLength: limit,
        conventions: options.conventions ?? defaultConventions(),
        warn: (message: string) => {
          // A finding deferred to a later pass says the same thing again.
          const warning = `${transform.id}: ${message}`;
          if (!warnings.includes(warning)) warnings.push(warning);
        },
      };
      // A line of this pass's text, as a line of the original (an earlier fix may have
      // moved it): what the reports name.
      const originalLine = (line: number): number => {
        let index = 0;
        for (let row = 1; row < line && index !== -1; row++) index = file.text.indexOf('\n', index) + 1 || -1;
        if (index === -1) return line;
        return original.position(origins.map({ start: index, end: index }).start).line;
      };
      for (const finding of transform.find(file, context)) {
        const span = spanOf(finding.at);
        const origin = origins.map(span);
        const allowed = targets.get(order);
        if (allowed && !allowed.some((target) => origin.start >= target.start && origin.end <= target.end)) continue;
        const start = original.position(origin.start);
        const end = original.position(origin.end);
        const report: FindingReport = {
          transform: transform.id,
          message: finding.message,
          ...(finding.kind ? { kind: finding.kind } : {}),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          safety: transform.safety,
          applied: false,
          notApplied: 'no-fix',
        };
        const suppressedBy = suppressions && !suppressions.isEmpty ? suppressions.suppressing(transform.id, span) : 0;
        if (suppressedBy) {
          // The fix is never built: a suppressed finding costs nothing more.
          report.notApplied = 'suppressed';
          report.suppressedBy = originalLine(suppressedBy);
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const built = finding.fix?.();
        if (!built || built.edits.length === 0) {
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const fix = dedupeEdits(built);
        checkFix(fix, file.text.length);
        report.safety = fix.safety ?? transform.safety;
        report.fixTitle = fix.title;
        const projectWide = fix.projectWide ?? transform.scope === 'project';
        if (options.changedLines && !projectWide && !touchesChangedLines(fix.edits, pass, options.changedLines)) {
          report.notApplied = 'outside-changes';
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        if (report.safety === 'unsafe' && !options.allowUnsafe(transform.id)) {
          report.notApplied = 'unsafe';
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const overflow = limit !== null && !projectWide ? lineOverflow(file, fix.edits, limit) : null;
        if (overflow) {
          report.notApplied = 'line-too-long';
          report.kind = 'line-too-long';
          report.message = `${finding.message} (${overflowMessage(pass, overflow.at, overflow.length)})`;
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const fixOrigin = origins.map(unionSpan(fix.edits));
        if (options.allowFix && !options.allowFix({ transform: transform.id, title: fix.title, message: finding.message, origin: fixOrigin })) {
          report.notApplied = 'declined';
          reports.push({ order, report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        report.fixOrigin = fixOrigin;
        const changedLines = options.changedLines;
        if (projectWide && changedLines && fix.edits.some((edit) => !touchesChangedLines([edit], pass, changedLines))) report.beyondChanges = true;
        const candidate: CandidateFix = { transform: transform.id, fix, order, first: projectWide };
        candidates.push(candidate);
        reports.push({ order, report, candidate, firstPassOnly: finding.firstPassOnly });
      }
      if (!transform.onePass && transform.settles?.(file, context)) settling.add(order);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`transform ${transform.id} crashed: ${message}`, { cause: error });
    }
  });
  return { candidates, reports, settling };
}

/**
 * Fixes that each keep within the limit may not together (two renames on one line): in a
 * block of lines they push past it, the first fix stays and the others wait for the next
 * pass, where each is gated alone on the text the first one left.
 */
function gateTogether(file: SourceFile, arbitration: Arbitration, limit: number | null): Arbitration {
  let current = arbitration;
  while (limit !== null && current.accepted.length > 1) {
    const blocks = overflowingBlocks(file, current.edits, limit);
    if (blocks.length === 0) break;
    const waiting = new Set<CandidateFix>();
    for (const block of blocks) {
      const touching = current.accepted.filter((candidate) => candidate.fix.edits.some((edit) => edit.start <= block.end && edit.end >= block.start));
      // Project-wide fixes are never held back (a rename is made whole); the others yield to them.
      const keepsFirst = !touching.some((candidate) => candidate.first);
      touching.filter((candidate) => !candidate.first).slice(keepsFirst ? 1 : 0).forEach((candidate) => waiting.add(candidate));
    }
    if (waiting.size === 0) break;
    const next = arbitrate(current.accepted.filter((candidate) => !waiting.has(candidate)));
    current = { ...next, deferred: [...current.deferred, ...waiting] };
  }
  return current;
}

/**
 * Resolves the targets of targeted transforms on the file as read; a target that names
 * something the file no longer has is reported as a finding of kind `target-missing`.
 */
function resolveTargets(original: SourceFile, transforms: readonly SelectedTransform[], findings: FindingReport[]): Map<number, Span[]> {
  const targets = new Map<number, Span[]>();
  transforms.forEach(({ transform, within }, order) => {
    if (!within) return;
    const { spans, missing } = within(original);
    targets.set(order, spans);
    for (const message of missing) {
      findings.push({ transform: transform.id, message, kind: 'target-missing', line: 1, column: 1, endLine: 1, endColumn: 1, safety: transform.safety, applied: false, notApplied: 'no-fix' });
    }
  });
  return targets;
}

/**
 * Whether every transform rules the text out (`mayFind`), and no pycodemod comment names
 * one (a file that skips itself says so) nor a review plan targets a part of it (a target
 * no longer there is reported): then nothing can be found, and the text is not parsed.
 */
function rulesOutAll(text: string, options: FileRunOptions): boolean {
  if (options.transforms.length === 0) return false;
  const conventions = options.conventions ?? defaultConventions();
  const silent = options.transforms.every(
    ({ transform, options: transformOptions, within }) => !within && transform.mayFind?.(text, { options: transformOptions, conventions }) === false,
  );
  return silent && (options.ignoreSuppressions || transformsNamedIn(text) === undefined);
}

/**
 * Runs the transforms on one file's text to a fixed point. Never throws: a crash in a
 * transform or a rewrite that breaks the syntax is reported as a failed file.
 */
export function runFile(path: string, text: string, options: FileRunOptions): FileOutcome {
  const warnings: string[] = [];
  if (!options.parsed && rulesOutAll(text, options)) return { status: 'unchanged', findings: [], warnings, passes: 0 };
  const tree = options.parsed ? syntaxTreeFrom(options.parsed, text) : parsePython(text);
  const inputError = firstSyntaxError(tree.rootNode);
  if (inputError) {
    return {
      status: 'skipped',
      reason:
        indentationDepth(text) >= PARSER_DEPTH_LIMIT
          ? `${path}: blocks nested ${indentationDepth(text)} deep, more than the parser follows (about ${PARSER_DEPTH_LIMIT}); skipped`
          : `${path}:${inputError.line}:${inputError.column}: ${describeSyntaxError(inputError)}`,
      findings: [],
      warnings,
      passes: 0,
    };
  }
  const original = new SourceFile(path, text, tree, options.module);
  if (!options.ignoreSuppressions) {
    const header = new Suppressions(original).skipFile;
    if (header && header.transforms === null) {
      return {
        status: 'skipped',
        reason: `${path}: skipped by the "# pycodemod: skip-file" comment on line ${header.line}`,
        skippedByComment: true,
        findings: [],
        warnings,
        passes: 0,
      };
    }
  }
  const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
  const seen = new Set<string>([text]);
  const findings: FindingReport[] = [];
  const limit =
    options.lineLength === undefined ? (options.conventions?.lineLength ?? null) : typeof options.lineLength === 'function' ? options.lineLength(original) : options.lineLength;
  const targets = resolveTargets(original, options.transforms, findings);
  const pass: PassContext = { options, warnings, original, origins: new OriginMap(), targets, limit };
  let current = original;
  let passes = 0;
  // Transforms (by order) that need not run again: one-pass transforms whose every fix
  // was applied, and those that found nothing and settle so (`settles`), as long as every
  // fix applied since was a one-pass transform's. Each transform's
  // findings without a fix, from its latest run, are reported at the end, in its order.
  const settled = new Set<number>();
  const unfixed = new Map<number, FindingReport[]>();
  const onePass = (order: number): boolean => options.transforms[order]?.transform.onePass === true;
  try {
    for (;;) {
      passes++;
      const { candidates, reports, settling } = runPass(current, pass, settled);
      const { accepted, edits } = gateTogether(current, arbitrate(candidates), limit);
      const acceptedSet = new Set(accepted);
      const last = accepted.length === 0 || passes >= maxPasses;
      const ran = options.transforms.map((_, order) => order).filter((order) => !settled.has(order));
      for (const order of ran) unfixed.set(order, []);
      for (const { order, report, candidate, firstPassOnly } of reports) {
        // A report without one of its fields is a copy without it, not the report with it
        // deleted: an object a property was deleted from is slow to copy to the main thread.
        if (candidate && acceptedSet.has(candidate)) {
          const { notApplied: _, ...applied } = report;
          applied.applied = true;
          findings.push(applied);
        } else if (last || !candidate || (firstPassOnly && passes === 1)) {
          // A fix not applied in the last pass conflicted (in an earlier one, the next
          // pass finds it again). What the first pass alone finds is reported from it.
          let kept = report;
          if (candidate) {
            const { fixOrigin: _, ...conflicting } = report;
            conflicting.notApplied = 'conflict';
            kept = conflicting;
          }
          if (firstPassOnly && passes === 1) findings.push(kept);
          else unfixed.get(order)?.push(kept);
        }
      }
      // A fix of a transform that is not one pass may give any transform something new.
      if (!accepted.every((candidate) => onePass(candidate.order))) settled.clear();
      else {
        for (const order of ran) {
          if ((onePass(order) || settling.has(order)) && candidates.every((candidate) => candidate.order !== order || acceptedSet.has(candidate))) settled.add(order);
        }
      }
      if (accepted.length === 0) break;
      const next = applyEdits(current.text, edits);
      const nextTree = parsePython(next, { tree: current.tree, text: current.text, edits });
      const error = firstSyntaxError(nextTree.rootNode);
      if (error) {
        const culprits = [...new Set(accepted.map((candidate) => candidate.transform))].join(', ');
        return {
          status: 'failed',
          reason: `${path}: the fixes of ${culprits} would introduce a syntax error at line ${error.line} (${describeSyntaxError(error)}); file left unchanged`,
          findings,
          warnings,
          passes,
        };
      }
      if (seen.has(next)) {
        return {
          status: 'failed',
          reason: `${path}: fixes do not converge (a pass undid an earlier one); file left unchanged`,
          findings,
          warnings,
          passes,
        };
      }
      seen.add(next);
      pass.origins.record(edits);
      current = new SourceFile(path, next, nextTree, options.module);
      // Every transform settled: the pass after would run none.
      if (settled.size === options.transforms.length) break;
      if (passes >= maxPasses) {
        warnings.push(`stopped after ${maxPasses} passes with fixes still pending; run again to apply them`);
        break;
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: `${path}: ${message}`, findings, warnings, passes };
  }
  for (const order of options.transforms.keys()) findings.push(...(unfixed.get(order) ?? []));
  const output = current.text;
  return output === text
    ? { status: 'unchanged', findings, warnings, passes }
    : { status: 'changed', output, findings, warnings, passes };
}
