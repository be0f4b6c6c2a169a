// Everything the command line prints about a run: coloured diffs, the summary, JSON.
import { createColors } from 'picocolors';
import type { FindingReport } from '../engine/fix-loop.js';
import type { FileResult } from '../runner/process-file.js';

export type Colors = ReturnType<typeof createColors>;

export function colors(enabled: boolean): Colors {
  return createColors(enabled);
}

export function colorDiff(diff: string, color: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('diff --git') || line.startsWith('--- ') || line.startsWith('+++ ')) return color.bold(line);
      if (line.startsWith('@@')) return color.cyan(line);
      if (line.startsWith('+')) return color.green(line);
      if (line.startsWith('-')) return color.red(line);
      return line;
    })
    .join('\n');
}

export interface Totals {
  scanned: number;
  changed: number;
  unchanged: number;
  skipped: number;
  /** Skipped files that were not skipped on purpose (syntax errors, encodings...). */
  unchecked: number;
  failed: number;
  /** Applied fixes per transform. */
  applied: Map<string, number>;
  /** Fixes that need --unsafe, per transform. */
  needUnsafe: Map<string, number>;
  /** Findings without a fix (report only), per transform. */
  reportOnly: Map<string, number>;
  /** The same, per transform and kind (`other` when the transform gives none). */
  reportOnlyKinds: Map<string, Map<string, number>>;
  /** Findings covered by a suppression comment, per transform. */
  suppressed: Map<string, number>;
  /** Fixes another fix took the place of (a second run applies them), per transform. */
  conflicts: Map<string, number>;
  /** Fixes declined in --interactive, per transform. */
  declined: Map<string, number>;
  /** Fixes the line gate dropped (and renames it refused), per transform. */
  lineTooLong: Map<string, number>;
  /** With --since: fixes (and renames) outside the changed lines, per transform. */
  outsideChanges: Map<string, number>;
  /** With --since: project-wide renames applied beyond the changed lines, per transform. */
  beyondChanges: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sum(map: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of map.values()) total += count;
  return total;
}

export function totalsOf(results: readonly FileResult[]): Totals {
  const totals: Totals = {
    scanned: results.length,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    unchecked: 0,
    failed: 0,
    applied: new Map(),
    needUnsafe: new Map(),
    reportOnly: new Map(),
    reportOnlyKinds: new Map(),
    suppressed: new Map(),
    conflicts: new Map(),
    declined: new Map(),
    lineTooLong: new Map(),
    outsideChanges: new Map(),
    beyondChanges: new Map(),
  };
  for (const result of results) {
    totals[result.status]++;
    if (result.status === 'skipped' && !result.skippedByComment) totals.unchecked++;
    for (const finding of result.findings) {
      // A fix of a file that failed (or was refused at writing) was not applied.
      if (finding.applied) {
        if (result.status === 'changed') {
          bump(totals.applied, finding.transform);
          if (finding.beyondChanges) bump(totals.beyondChanges, finding.transform);
        }
      } else if (finding.notApplied === 'line-too-long' || finding.kind === 'line-too-long') bump(totals.lineTooLong, finding.transform);
      else if (finding.notApplied === 'outside-changes' || finding.kind === 'outside-changes') bump(totals.outsideChanges, finding.transform);
      else if (finding.notApplied === 'unsafe') bump(totals.needUnsafe, finding.transform);
      else if (finding.notApplied === 'suppressed') bump(totals.suppressed, finding.transform);
      else if (finding.notApplied === 'conflict') bump(totals.conflicts, finding.transform);
      else if (finding.notApplied === 'declined') bump(totals.declined, finding.transform);
      else {
        bump(totals.reportOnly, finding.transform);
        const kinds = totals.reportOnlyKinds.get(finding.transform) ?? new Map<string, number>();
        bump(kinds, finding.kind ?? 'other');
        totals.reportOnlyKinds.set(finding.transform, kinds);
      }
    }
  }
  return totals;
}

/** A count with thousands separators, as en-US writes it (toLocaleString loads ICU's number data: 10 ms of start-up). */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

function plural(count: number, word: string): string {
  const many = /(s|x|sh|ch)$/.test(word) ? `${word}es` : `${word}s`;
  return `${thousands(count)} ${count === 1 ? word : many}`;
}

export function summaryLines(totals: Totals, seconds: number, write: boolean, color: Colors, run: { since?: string } = {}): string[] {
  const changedWord = write ? 'changed' : 'would change';
  const lines = [
    `pycodemod: ${plural(totals.scanned, 'file')} in ${seconds.toFixed(2)}s: ` +
      [
        color.bold(`${thousands(totals.changed)} ${changedWord}`),
        `${thousands(totals.unchanged)} unchanged`,
        `${thousands(totals.skipped)} skipped`,
        totals.failed ? color.red(`${totals.failed} failed`) : '0 failed',
      ].join(', '),
  ];
  const ids = [
    ...new Set(
      [totals.applied, totals.needUnsafe, totals.reportOnly, totals.suppressed, totals.conflicts, totals.declined, totals.lineTooLong, totals.outsideChanges].flatMap((map) => [
        ...map.keys(),
      ]),
    ),
  ].sort();
  const width = Math.max(0, ...ids.map((id) => id.length));
  for (const id of ids) {
    const parts = [`${plural(totals.applied.get(id) ?? 0, 'fix')}${write ? ' applied' : ''}`];
    const beyond = totals.beyondChanges.get(id);
    if (beyond) parts.push(`${plural(beyond, 'fix')} of project-wide renames beyond the changed lines (a rename is made whole or not at all)`);
    const outside = totals.outsideChanges.get(id);
    if (outside) parts.push(`${plural(outside, 'fix')} outside the lines changed since ${run.since ?? 'the revision'} not applied`);
    const tooLong = totals.lineTooLong.get(id);
    if (tooLong) parts.push(color.yellow(`${plural(tooLong, 'fix')} dropped: a line would pass the limit (line-too-long)`));
    const unsafe = totals.needUnsafe.get(id);
    if (unsafe) parts.push(color.yellow(`${plural(unsafe, 'unsafe fix')} not applied (use --unsafe or -t ${id})`));
    const conflicts = totals.conflicts.get(id);
    if (conflicts) parts.push(`${plural(conflicts, 'fix')} left for a second run (overlapping)`);
    const declined = totals.declined.get(id);
    if (declined) parts.push(`${plural(declined, 'fix')} declined`);
    const reportOnly = totals.reportOnly.get(id);
    if (reportOnly) {
      const kinds = [...(totals.reportOnlyKinds.get(id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const detail = kinds.length > 1 || kinds[0]?.[0] !== 'other' ? ` (${kinds.map(([kind, count]) => `${count} ${kind}`).join(', ')})` : '';
      parts.push(`${plural(reportOnly, 'finding')} without a fix${detail}`);
    }
    const suppressed = totals.suppressed.get(id);
    if (suppressed) parts.push(`${thousands(suppressed)} suppressed by comments`);
    lines.push(`  ${id.padEnd(width)}  ${parts.join(', ')}`);
  }
  return lines;
}

/** --verbose: every skipped file with its reason, and the slowest files. */
export function verboseLines(results: readonly FileResult[], color: Colors, slowest = 10): string[] {
  const lines: string[] = [];
  const skipped = results.filter((result) => result.status === 'skipped');
  if (skipped.length) {
    lines.push(`skipped files (${skipped.length}):`);
    for (const result of skipped) lines.push(`  ${color.yellow('skipped')}: ${result.reason ?? result.displayPath}`);
  }
  const slow = results
    .filter((result) => result.status !== 'skipped' || !result.skippedByComment)
    .slice()
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, slowest);
  if (slow.length) {
    lines.push(`slowest files:`);
    const width = Math.max(...slow.map((result) => thousands(Math.round(result.milliseconds)).length));
    for (const result of slow) lines.push(`  ${thousands(Math.round(result.milliseconds)).padStart(width)} ms  ${result.displayPath}`);
  }
  return lines;
}


/** One line per skipped or failed file, and per warning. */
export function problemLines(result: FileResult, color: Colors): string[] {
  const lines: string[] = [];
  if (result.status === 'failed') lines.push(`${color.red('failed')}: ${result.reason ?? result.displayPath}`);
  // A file skipped on purpose (a skip-file comment) is listed by --verbose only.
  if (result.status === 'skipped' && !result.skippedByComment) lines.push(`${color.yellow('skipped')}: ${result.reason ?? result.displayPath}`);
  for (const warning of result.warnings) lines.push(`${color.yellow('warning')}: ${result.displayPath}: ${warning}`);
  return lines;
}

/** The findings of a run as one documented JSON document (see README, "JSON output"). */
export function jsonReport(results: readonly FileResult[], totals: Totals, seconds: number): string {
  const findings = results.flatMap((result) =>
    result.findings.map((finding: FindingReport) => ({
      file: result.displayPath,
      range: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
      transform: finding.transform,
      message: finding.message,
      safety: finding.safety,
      ...(finding.kind ? { kind: finding.kind } : {}),
      fix: finding.fixTitle ?? null,
      applied: finding.applied,
      ...(finding.notApplied ? { notApplied: finding.notApplied } : {}),
      ...(finding.suppressedBy ? { suppressedBy: finding.suppressedBy } : {}),
      ...(finding.beyondChanges ? { beyondChanges: true } : {}),
    })),
  );
  const files = results.map((result) => ({
    file: result.displayPath,
    status: result.status,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.warnings.length ? { warnings: result.warnings } : {}),
  }));
  const summary = {
    scanned: totals.scanned,
    changed: totals.changed,
    unchanged: totals.unchanged,
    skipped: totals.skipped,
    failed: totals.failed,
    fixes: sum(totals.applied),
    suppressed: sum(totals.suppressed),
    lineTooLong: sum(totals.lineTooLong),
    outsideChanges: sum(totals.outsideChanges),
    seconds: Number(seconds.toFixed(3)),
  };
  return `${JSON.stringify({ version: 1, summary, findings, files }, null, 2)}\n`;
}
