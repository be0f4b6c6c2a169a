// The fix loop: parse once per pass, run every selected transform on the same tree,
// let the arbiter apply what does not overlap, and repeat until nothing changes.
import { applyEdits, arbitrate, checkFix, type CandidateFix } from './arbiter.js';
import { describeSyntaxError, firstSyntaxError, parsePython } from './parse.js';
import { SourceFile } from './source.js';
import type { OptionSchema, OptionValues } from './options.js';
import type { AnyTransform, Edit, Finding, Fix, Safety, Span } from './types.js';

/** A transform chosen for a run, with its resolved options and project data. */
export interface SelectedTransform {
  transform: AnyTransform;
  options: OptionValues<OptionSchema>;
  project?: unknown;
}

export interface FileRunOptions {
  transforms: SelectedTransform[];
  /** Whether unsafe fixes of this transform may be applied. */
  allowUnsafe: (transformId: string) => boolean;
  renames?: ReadonlyMap<string, string>;
  /** At most this many passes (default 10). */
  maxPasses?: number;
}

/** A finding as reported to the user: plain data, positions in the pass it came from. */
export interface FindingReport {
  transform: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  safety: Safety;
  /** The fix's title when there is one. */
  fixTitle?: string;
  /** Whether the fix was applied (or would be, in a dry run). */
  applied: boolean;
  /** Why a fix was not applied: it needs --unsafe, or a later pass dropped it. */
  notApplied?: 'unsafe' | 'no-fix' | 'conflict';
}

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

export interface FileOutcome {
  status: FileStatus;
  /** Why the file was skipped or failed. */
  reason?: string;
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

interface PassResult {
  candidates: CandidateFix[];
  reports: Array<{ report: FindingReport; candidate?: CandidateFix }>;
}

function runPass(file: SourceFile, options: FileRunOptions, warnings: string[]): PassResult {
  const candidates: CandidateFix[] = [];
  const reports: PassResult['reports'] = [];
  options.transforms.forEach(({ transform, options: transformOptions, project }, order) => {
    try {
    const context = {
      options: transformOptions,
      project,
      renames: options.renames ?? new Map<string, string>(),
      warn: (message: string) => {
        warnings.push(`${transform.id}: ${message}`);
      },
    };
    for (const finding of transform.find(file, context)) {
      const span = spanOf(finding.at);
      const start = file.position(span.start);
      const end = file.position(span.end);
      const report: FindingReport = {
        transform: transform.id,
        message: finding.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        safety: transform.safety,
        applied: false,
        notApplied: 'no-fix',
      };
      const built = finding.fix?.();
      if (!built || built.edits.length === 0) {
        reports.push({ report });
        continue;
      }
      const fix = dedupeEdits(built);
      checkFix(fix, file.text.length);
      report.safety = fix.safety ?? transform.safety;
      report.fixTitle = fix.title;
      if (report.safety === 'unsafe' && !options.allowUnsafe(transform.id)) {
        report.notApplied = 'unsafe';
        reports.push({ report });
        continue;
      }
      const candidate: CandidateFix = { transform: transform.id, fix, order };
      candidates.push(candidate);
      reports.push({ report, candidate });
    }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`transform ${transform.id} crashed: ${message}`, { cause: error });
    }
  });
  return { candidates, reports };
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
  const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
  const seen = new Set<string>([text]);
  const findings: FindingReport[] = [];
  let current = new SourceFile(path, text, tree);
  let passes = 0;
  try {
    for (;;) {
      passes++;
      const { candidates, reports } = runPass(current, options, warnings);
      const { accepted, edits } = arbitrate(candidates);
      const acceptedSet = new Set(accepted);
      const last = accepted.length === 0 || passes >= maxPasses;
      for (const { report, candidate } of reports) {
        if (candidate && acceptedSet.has(candidate)) {
          report.applied = true;
          delete report.notApplied;
          findings.push(report);
        } else if (last) {
          // Unfixed findings are reported once, from the final pass.
          if (candidate) report.notApplied = 'conflict';
          findings.push(report);
        }
      }
      if (accepted.length === 0) break;
      const next = applyEdits(current.text, edits);
      const nextTree = parsePython(next);
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
      current = new SourceFile(path, next, nextTree);
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
