// `--format sarif`: the findings of a run as a SARIF 2.1.0 log, for code-scanning
// dashboards (GitHub code scanning, IDE viewers). One rule per transform; suppressed
// findings carry an in-source suppression; skipped and failed files become notifications.
import { pathToFileURL } from 'node:url';
import type { FindingReport } from '../engine/fix-loop.js';
import type { AnyTransform } from '../engine/types.js';
import type { FileResult } from '../runner/process-file.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = 'SRCROOT';

export interface SarifInput {
  results: readonly FileResult[];
  transforms: readonly AnyTransform[];
  /** The directory display paths are relative to. */
  cwd: string;
  version: string;
  /** Whether the run wrote its fixes (they are then applied, not pending). */
  write: boolean;
}

function uriOf(displayPath: string): string {
  // Display paths are relative with forward slashes, or absolute outside the cwd.
  if (displayPath.startsWith('/')) return pathToFileURL(displayPath).href;
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

function location(displayPath: string) {
  return displayPath.startsWith('/') ? { uri: uriOf(displayPath) } : { uri: uriOf(displayPath), uriBaseId: SOURCE_ROOT };
}

function level(finding: FindingReport): 'warning' | 'note' {
  // A finding pycodemod can fix is worth a warning; a report-only one is a note.
  return finding.fixTitle ? 'warning' : 'note';
}

export function sarifReport(input: SarifInput): string {
  const used = [...new Set(input.results.flatMap((result) => result.findings.map((finding) => finding.transform)))];
  const rules = input.transforms.filter((transform) => used.includes(transform.id));
  const ruleIndex = new Map(rules.map((transform, index) => [transform.id, index]));
  const results = input.results.flatMap((result) =>
    result.findings.map((finding) => ({
      ruleId: finding.transform,
      ruleIndex: ruleIndex.get(finding.transform) ?? -1,
      level: level(finding),
      message: { text: finding.fixTitle ? `${finding.message} (fix: ${finding.fixTitle})` : finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(result.displayPath),
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        },
      ],
      ...(finding.notApplied === 'suppressed'
        ? { suppressions: [{ kind: 'inSource', justification: `# pycodemod: ignore comment on line ${finding.suppressedBy ?? finding.line}` }] }
        : {}),
      properties: {
        transform: finding.transform,
        safety: finding.safety,
        ...(finding.kind ? { kind: finding.kind } : {}),
        fix: finding.fixTitle ?? null,
        applied: finding.applied,
        ...(finding.notApplied ? { notApplied: finding.notApplied } : {}),
      },
    })),
  );
  const notifications = input.results
    .filter((result) => result.status === 'failed' || (result.status === 'skipped' && !result.skippedByComment))
    .map((result) => ({
      level: result.status === 'failed' ? 'error' : 'warning',
      message: { text: `${result.status}: ${result.reason ?? result.displayPath}` },
      locations: [{ physicalLocation: { artifactLocation: location(result.displayPath) } }],
    }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pycodemod',
            version: input.version,
            informationUri: 'https://www.npmjs.com/package/pycodemod',
            rules: rules.map((transform) => ({
              id: transform.id,
              name: transform.id,
              shortDescription: { text: transform.summary },
              fullDescription: { text: `${transform.summary} (review suggestion ${transform.suggestion}; ${transform.safety})` },
              defaultConfiguration: { level: 'warning' },
              properties: { safety: transform.safety, scope: transform.scope, suggestion: transform.suggestion },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(input.cwd.endsWith('/') ? input.cwd : `${input.cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !input.results.some((result) => result.status === 'failed'),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
            properties: { write: input.write },
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
