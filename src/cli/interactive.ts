// --interactive: review each hunk of each changed file like `git add -p` (y, n, a, d, q,
// ?), then re-run the file keeping only the fixes of the accepted hunks, so that what is
// written is what the fix loop gives for them (a later fix that depended on a declined
// one is not applied either), never a patchwork of hunks.
import { createInterface } from 'node:readline';
import { structuredPatch } from 'diff';
import { runFile, type FileRunOptions, type FindingReport, type ProposedFix, type SelectedTransform } from '../engine/fix-loop.js';
import { SourceFile } from '../engine/source.js';
import { parsePython } from '../engine/parse.js';
import { encodePython, writeChecked, WriteRefused } from '../runner/encoding.js';
import type { FileResult, RewriteVerdict } from '../runner/process-file.js';
import type { Conventions } from '../engine/conventions.js';
import { colorDiff, type Colors } from './report.js';

export interface ReviewContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: Colors;
  colored: boolean;
  selection: SelectedTransform[];
  /** --since's changed lines of a file, as its run had them (the gate's limit is the conventions'). */
  fileOptions?: (result: FileResult) => Pick<FileRunOptions, 'lineLength' | 'changedLines'>;
  allowUnsafe: FileRunOptions['allowUnsafe'];
  renames: ReadonlyMap<string, string>;
  /** The conventions of the run, so that a file re-run sees what it saw the first time. */
  conventions?: Conventions;
  /** Python's verdict on a rewrite: null when it holds, else the file's status and why. */
  verify?: (input: string, output: string, findings: readonly FindingReport[]) => Promise<RewriteVerdict>;
}

interface Hunk {
  header: string;
  lines: string[];
  oldStart: number;
  oldEnd: number;
  fixes: FindingReport[];
}

const HELP = [
  'y - apply this hunk',
  'n - do not apply this hunk',
  'a - apply this hunk and all later hunks in the file',
  'd - do not apply this hunk or any of the later hunks in the file',
  'q - quit; do not apply this hunk or any of the remaining ones (accepted hunks are written)',
  's - split this hunk into smaller ones, one per change (a hunk of several docstrings, say)',
  '? - print help',
].join('\n');

/** A fix's identity across runs of the same text: who, what, and where in the text as read. */
export function fixKey(fix: { transform: string; title: string; message: string; origin: { start: number } }): string {
  return `${fix.transform}\u0000${fix.title}\u0000${fix.message}\u0000${fix.origin.start}`;
}

function keyOfReport(finding: FindingReport): string | null {
  if (!finding.applied || !finding.fixTitle || !finding.fixOrigin) return null;
  return fixKey({ transform: finding.transform, title: finding.fixTitle, message: finding.message, origin: finding.fixOrigin });
}

/**
 * Splits a file's change into hunks and gives each the fixes whose edits fall in it;
 * with context 0, one hunk per run of changed lines (what `s` splits a hunk into).
 */
function hunksOf(result: FileResult, input: string, output: string, context = 3, findings: readonly FindingReport[] = result.findings): Hunk[] {
  const patch = structuredPatch(`a/${result.displayPath}`, `b/${result.displayPath}`, input, output, '', '', { context });
  const hunks: Hunk[] = patch.hunks.map((hunk) => {
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
    return {
      header: `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`,
      lines: hunk.lines,
      oldStart: hunk.oldStart,
      oldEnd: hunk.oldStart + Math.max(hunk.oldLines, 1) - 1,
      fixes: [],
    };
  });
  const original = new SourceFile(result.displayPath, input, parsePython(input));
  for (const finding of findings) {
    if (!keyOfReport(finding) || !finding.fixOrigin) continue;
    const first = original.position(finding.fixOrigin.start).line;
    const last = Math.max(first, original.position(Math.max(finding.fixOrigin.start, finding.fixOrigin.end - 1)).line);
    const distance = (hunk: Hunk) => (last < hunk.oldStart ? hunk.oldStart - last : first > hunk.oldEnd ? first - hunk.oldEnd : 0);
    const nearest = hunks.reduce<Hunk | undefined>((best, hunk) => (!best || distance(hunk) < distance(best) ? hunk : best), undefined);
    nearest?.fixes.push(finding);
  }
  return hunks;
}

type Answer = 'y' | 'n' | 'a' | 'd' | 'q' | 's';

export interface ReviewOutcome {
  /** The results, updated for the files that were reviewed. */
  results: FileResult[];
  /** True when the user quit before the end. */
  quit: boolean;
  /** True when Ctrl-C ended the review (what was accepted before is written). */
  interrupted: boolean;
}

/**
 * Reviews the changed files (results with their input and output texts) in order and
 * writes the accepted part of each.
 */
export async function reviewChanges(results: readonly FileResult[], context: ReviewContext): Promise<ReviewOutcome> {
  const reader = createInterface({ input: context.input, terminal: false });
  // Ctrl-C is a `q` that says so: the files answered are written, nothing after.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    reader.close();
  };
  process.on('SIGINT', interrupt);
  try {
    const outcome = await review(results, context, reader[Symbol.asyncIterator]());
    return { ...outcome, interrupted };
  } finally {
    process.off('SIGINT', interrupt);
    reader.close();
  }
}

async function review(results: readonly FileResult[], context: ReviewContext, lines: AsyncIterableIterator<string>): Promise<Omit<ReviewOutcome, 'interrupted'>> {
  const ask = async (prompt: string): Promise<Answer> => {
    for (;;) {
      context.output.write(context.color.bold(context.color.blue(prompt)));
      const next = await lines.next();
      if (next.done) {
        context.output.write('\n');
        return 'q';
      }
      const answer = next.value.trim().toLowerCase();
      if (answer === 'y' || answer === 'n' || answer === 'a' || answer === 'd' || answer === 'q' || answer === 's') return answer;
      context.output.write(`${context.color.red(HELP)}\n`);
    }
  };
  const updated: FileResult[] = [];
  let quit = false;
  for (const result of results) {
    if (quit || result.status !== 'changed' || result.input === undefined || result.output === undefined) {
      updated.push(quit && result.status === 'changed' ? declineAll(result) : result);
      continue;
    }
    const hunks = hunksOf(result, result.input, result.output);
    const accepted = new Set<string>();
    let rest: 'y' | 'n' | undefined;
    context.output.write(`${paint(`diff --git a/${result.displayPath} b/${result.displayPath}\n--- a/${result.displayPath}\n+++ b/${result.displayPath}`, context)}\n`);
    for (let index = 0; index < hunks.length; index++) {
      const hunk = hunks[index] as Hunk;
      let answer: Answer;
      if (rest) answer = rest;
      else if (quit) answer = 'n';
      else {
        context.output.write(`${paint([hunk.header, ...hunk.lines].join('\n'), context)}\n`);
        for (const fix of hunk.fixes) context.output.write(`${context.color.dim(`  # ${fix.transform}: ${fix.message} (${fix.fixTitle})`)}\n`);
        answer = await ask(`(${index + 1}/${hunks.length}) Apply this hunk to ${result.displayPath} [y,n,a,d,q,s,?]? `);
      }
      if (answer === 's') {
        // One hunk per run of changed lines, each with the fixes of this hunk near it.
        const parts = hunksOf(result, result.input, result.output, 0, hunk.fixes).filter(
          (part) => part.oldStart >= hunk.oldStart && part.oldEnd <= hunk.oldEnd && part.fixes.length > 0,
        );
        if (parts.length > 1 && parts.reduce((count, part) => count + part.fixes.length, 0) === hunk.fixes.length) {
          context.output.write(`Split into ${parts.length} hunks.\n`);
          hunks.splice(index, 1, ...parts);
        } else context.output.write('This hunk cannot be split: its fixes overlap.\n');
        index--;
        continue;
      }
      if (answer === 'a') rest = 'y';
      if (answer === 'd') rest = 'n';
      if (answer === 'q') quit = true;
      if (answer === 'y' || answer === 'a') for (const fix of hunk.fixes) accepted.add(keyOfReport(fix) as string);
    }
    updated.push(await applyAccepted(result, accepted, hunks, context));
  }
  return { results: updated, quit };
}

function paint(text: string, context: ReviewContext): string {
  return context.colored ? colorDiff(text, context.color) : text;
}

function declineAll(result: FileResult): FileResult {
  const findings = result.findings.map((finding): FindingReport => (finding.applied ? { ...finding, applied: false, notApplied: 'declined' } : finding));
  return { ...result, status: 'unchanged', findings, written: false };
}

async function applyAccepted(result: FileResult, accepted: ReadonlySet<string>, hunks: readonly Hunk[], context: ReviewContext): Promise<FileResult> {
  const input = result.input as string;
  if (accepted.size === 0) return declineAll(result);
  const everything = hunks.every((hunk) => hunk.fixes.every((fix) => accepted.has(keyOfReport(fix) as string)));
  const outcome = everything
    ? { status: 'changed' as const, output: result.output, findings: result.findings, reason: undefined, warnings: result.warnings }
    : runFile(result.displayPath, input, {
        transforms: context.selection,
        allowUnsafe: context.allowUnsafe,
        renames: context.renames,
        module: result.module,
        ...context.fileOptions?.(result),
        conventions: context.conventions,
        allowFix: (fix: ProposedFix) => accepted.has(fixKey(fix)),
      });
  const base = { ...result, findings: outcome.findings, warnings: outcome.warnings, diff: undefined };
  if (outcome.status !== 'changed' || outcome.output === undefined) return { ...base, status: outcome.status, reason: outcome.reason, written: false };
  const failure = await context.verify?.(input, outcome.output, outcome.findings);
  if (failure) return { ...base, status: failure.status, reason: `${result.displayPath}: ${failure.reason}`, written: false };
  try {
    writeChecked(result.path, encodePython({ text: outcome.output, bom: result.bom ?? false, cr: result.cr }), result.fingerprint);
  } catch (error) {
    if (error instanceof WriteRefused) return { ...base, status: error.status, reason: `${result.displayPath}: ${error.message}`, written: false };
    return { ...base, status: 'failed', reason: `${result.displayPath}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, written: false };
  }
  return { ...base, status: 'changed', output: outcome.output, written: true };
}
