// What a run reports: the summary per transform and per kind of refusal, suppressed
// findings counted, --verbose (skipped files with reasons, the slowest files), and the
// JSON document's stable schema.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cli as run, pluginPath, project } from './support/cli.js';

/** The project's configuration names test plugins: the user consents to running them. */
const cli = (directory: string, ...args: string[]) => run(directory, '--allow-exec', ...args);

const config = `[tool.pycodemod]
plugins = [${['rename-foo', 'report-only', 'unsafe-spam'].map((name) => JSON.stringify(pluginPath(name))).join(', ')}]
select = ["rename-foo", "report-only", "unsafe-spam"]
`;

const sample = {
  'pyproject.toml': config,
  'a.py': 'global tmp\nfoo = spam  # pycodemod: ignore[unsafe-spam]\nspam = tmp\nfoo = 2  # pycodemod: ignore\n',
  'generated.py': '# pycodemod: skip-file\nfoo = 1\n',
  'clean.py': 'x = 1\n',
};

describe('summary', () => {
  test('counts per transform: fixes, unsafe fixes, findings without a fix by kind, suppressed', async () => {
    const result = await cli(project(sample), '--format', 'summary', '.');
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0] ?? '', /^pycodemod: 3 files in [\d.]+s: 1 would change, 1 unchanged, 1 skipped, 0 failed$/);
    assert.deepEqual(lines.slice(1), [
      '  rename-foo   1 fix, 1 suppressed by comments',
      '  report-only  0 fixes, 3 findings without a fix (2 vague-name, 1 global)',
      '  unsafe-spam  0 fixes, 1 unsafe fix not applied (use --unsafe or -t unsafe-spam), 1 suppressed by comments',
    ]);
    // The file skipped by its own comment is not a problem worth a line.
    assert.doesNotMatch(result.stderr, /generated\.py/);
  });

  test('--verbose lists skipped files with reasons and the slowest files in milliseconds', async () => {
    const result = await cli(project({ ...sample, 'broken.py': 'def f(:\n' }), '--format', 'summary', '--verbose', '.');
    assert.match(result.stderr, /^skipped files \(2\):\n {2}skipped: broken\.py:1:\d+: syntax error.*\n {2}skipped: generated\.py: skipped by the "# pycodemod: skip-file" comment on line 1\n/m);
    const slowest = result.stderr.split('slowest files:\n')[1]?.split('\npycodemod:')[0]?.split('\n') ?? [];
    assert.equal(slowest.length, 3, result.stderr);
    for (const line of slowest) assert.match(line, /^ {2}\s*\d+ ms {2}(a|clean|broken)\.py$/);
  });
});

describe('JSON output', () => {
  test('one object per finding with a stable set of fields; suppressed ones included', async () => {
    const result = await cli(project(sample), '--format', 'json', '.');
    const report = JSON.parse(result.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(
      { ...report.summary, seconds: 0 },
      { scanned: 3, changed: 1, unchanged: 1, skipped: 1, failed: 0, fixes: 1, suppressed: 2, lineTooLong: 0, outsideChanges: 0, seconds: 0 },
    );
    const byKey = new Map(report.findings.map((finding: { transform: string; range: { start: { line: number } } }) => [`${finding.transform}:${finding.range.start.line}`, finding]));
    assert.deepEqual(byKey.get('rename-foo:4'), {
      file: 'a.py',
      range: { start: { line: 4, column: 1 }, end: { line: 4, column: 4 } },
      transform: 'rename-foo',
      message: 'foo is a placeholder name',
      safety: 'safe',
      fix: null,
      applied: false,
      notApplied: 'suppressed',
      suppressedBy: 4,
    });
    assert.deepEqual(byKey.get('rename-foo:2'), {
      file: 'a.py',
      range: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } },
      transform: 'rename-foo',
      message: 'foo is a placeholder name',
      safety: 'safe',
      fix: 'Rename to bar',
      applied: true,
    });
    assert.equal((byKey.get('report-only:3') as { kind: string }).kind, 'vague-name');
    assert.equal((byKey.get('unsafe-spam:3') as { notApplied: string }).notApplied, 'unsafe');
    assert.deepEqual(report.files.find((file: { file: string }) => file.file === 'generated.py'), {
      file: 'generated.py',
      status: 'skipped',
      reason: 'generated.py: skipped by the "# pycodemod: skip-file" comment on line 1',
    });
  });
});
