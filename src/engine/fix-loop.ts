// The fix loop: parse once per pass, run every selected transform on the same tree,
// let the arbiter apply what does not overlap, and repeat until nothing changes.
// Suppression comments and the caller's fix filter (--interactive) are honoured here, so
// that they apply to every transform alike.
import { applyEdits, arbitrate, checkFix, type CandidateFix } from './arbiter.js';
import { describeSyntaxError, firstSyntaxError, parsePython } from './parse.js';
import { SourceFile } from './source.js';
import { Suppressions } from './suppression.js';
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
   * a suppression comment covers the finding, or the caller's filter declined it.
   */
  notApplied?: 'unsafe' | 'no-fix' | 'conflict' | 'suppressed' | 'declined';
  /** The line of the suppression comment, when suppressed. */
  suppressedBy?: number;
  /** For an applied fix: where its edits fall in the text as read. */
  fixOrigin?: Span;
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
  reports: Array<{ report: FindingReport; candidate?: CandidateFix; firstPassOnly?: boolean }>;
}

interface PassContext {
  options: FileRunOptions;
  /** Per selected transform (by order), the spans of the text as read it is limited to. */
  targets: Map<number, Span[]>;
  warnings: string[];
  original: SourceFile;
  origins: OriginMap;
}

function runPass(file: SourceFile, pass: PassContext): PassResult {
  const { options, warnings, original, origins, targets } = pass;
  const candidates: CandidateFix[] = [];
  const reports: PassResult['reports'] = [];
  const suppressions = options.ignoreSuppressions ? null : new Suppressions(file);
  options.transforms.forEach(({ transform, options: transformOptions, project, renames }, order) => {
    if (suppressions?.skipsFile(transform.id)) return;
    try {
      const context = {
        options: transformOptions,
        project,
        renames: renames ?? options.renames ?? new Map<string, string>(),
        conventions: options.conventions ?? defaultConventions(),
        warn: (message: string) => {
          // A finding deferred to a later pass says the same thing again.
          const warning = `${transform.id}: ${message}`;
          if (!warnings.includes(warning)) warnings.push(warning);
        },
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
          report.suppressedBy = suppressedBy;
          reports.push({ report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const built = finding.fix?.();
        if (!built || built.edits.length === 0) {
          reports.push({ report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const fix = dedupeEdits(built);
        checkFix(fix, file.text.length);
        report.safety = fix.safety ?? transform.safety;
        report.fixTitle = fix.title;
        if (report.safety === 'unsafe' && !options.allowUnsafe(transform.id)) {
          report.notApplied = 'unsafe';
          reports.push({ report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        const fixOrigin = origins.map(unionSpan(fix.edits));
        if (options.allowFix && !options.allowFix({ transform: transform.id, title: fix.title, message: finding.message, origin: fixOrigin })) {
          report.notApplied = 'declined';
          reports.push({ report, firstPassOnly: finding.firstPassOnly });
          continue;
        }
        report.fixOrigin = fixOrigin;
        const candidate: CandidateFix = { transform: transform.id, fix, order, first: fix.projectWide ?? transform.scope === 'project' };
        candidates.push(candidate);
        reports.push({ report, candidate, firstPassOnly: finding.firstPassOnly });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`transform ${transform.id} crashed: ${message}`, { cause: error });
    }
  });
  return { candidates, reports };
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
 * Runs the transforms on one file's text to a fixed point. Never throws: a crash in a
 * transform or a rewrite that breaks the syntax is reported as a failed file.
 */
export function runFile(path: string, text: string, options: FileRunOptions): FileOutcome {
  const warnings: string[] = [];
  const tree = parsePython(text);
  const inputError = firstSyntaxError(tree.rootNode);
  if (inputError) {
    return {
      status: 'skipped',
      reason: `${path}:${inputError.line}:${inputError.column}: ${describeSyntaxError(inputError)}`,
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
  const targets = resolveTargets(original, options.transforms, findings);
  const pass: PassContext = { options, warnings, original, origins: new OriginMap(), targets };
  let current = original;
  let passes = 0;
  try {
    for (;;) {
      passes++;
      const { candidates, reports } = runPass(current, pass);
      const { accepted, edits } = arbitrate(candidates);
      const acceptedSet = new Set(accepted);
      const last = accepted.length === 0 || passes >= maxPasses;
      for (const { report, candidate, firstPassOnly } of reports) {
        if (candidate && acceptedSet.has(candidate)) {
          report.applied = true;
          delete report.notApplied;
          findings.push(report);
        } else if (last || (firstPassOnly && passes === 1)) {
          // Unfixed findings are reported once, from the final pass (or the first, for
          // those no later pass repeats).
          if (candidate) {
            report.notApplied = 'conflict';
            delete report.fixOrigin;
          }
          findings.push(report);
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
      if (passes >= maxPasses) {
        warnings.push(`stopped after ${maxPasses} passes with fixes still pending; run again to apply them`);
        break;
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: `${path}: ${message}`, findings, warnings, passes };
  }
  const output = current.text;
  return output === text
    ? { status: 'unchanged', findings, warnings, passes }
    : { status: 'changed', output, findings, warnings, passes };
}
