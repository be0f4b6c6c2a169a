// --format sarif: the log validates against the official SARIF 2.1.0 schema (OASIS,
// errata 01, vendored in test/support), and carries rules, results, suppressions and
// notifications as documented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { cli as run, pluginPath, project } from './support/cli.js';

/** The project's configuration names test plugins: the user consents to running them. */
const cli = (directory: string, ...args: string[]) => run(directory, '--allow-exec', ...args);

const schema = JSON.parse(readFileSync(new URL('./support/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Both packages are CommonJS with a `default` export: under NodeNext the class and the
// function are the module's `default` property.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

function validator() {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  // A plain predicate: ajv's type guard would narrow the log to `unknown`.
  const check = (data: unknown): boolean => validate(data);
  return Object.assign(check, { get errors() { return validate.errors; } });
}

const config = `[tool.pycodemod]
plugins = [${['rename-foo', 'report-only', 'unsafe-spam'].map((name) => JSON.stringify(pluginPath(name))).join(', ')}]
select = ["rename-foo", "report-only", "unsafe-spam"]
`;

describe('SARIF output', () => {
  test('validates against the SARIF 2.1.0 schema, with results, suppressions and notifications', async () => {
    const directory = project({
      'pyproject.toml': config,
      'pkg/a b.py': 'global tmp\nfoo = spam  # pycodemod: ignore[unsafe-spam]\n',
      'broken.py': 'def f(:\n',
    });
    const result = await cli(directory, '--format', 'sarif', '.');
    assert.equal(result.status, 0, result.stderr);
    const log = JSON.parse(result.stdout);
    const validate = validator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'pycodemod');
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), ['rename-foo', 'report-only', 'unsafe-spam']);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rename = run.results.find((item: { ruleId: string }) => item.ruleId === 'rename-foo');
    assert.deepEqual(rename.locations[0].physicalLocation, {
      artifactLocation: { uri: 'pkg/a%20b.py', uriBaseId: 'SRCROOT' },
      region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 },
    });
    assert.equal(rename.level, 'warning');
    assert.equal(run.tool.driver.rules[rename.ruleIndex].id, 'rename-foo');
    const suppressed = run.results.find((item: { ruleId: string }) => item.ruleId === 'unsafe-spam');
    assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', justification: '# pycodemod: ignore comment on line 2' }]);
    const reportOnly = run.results.filter((item: { ruleId: string }) => item.ruleId === 'report-only');
    assert.deepEqual(reportOnly.map((item: { level: string; properties: { kind: string } }) => [item.level, item.properties.kind]), [['note', 'global'], ['note', 'vague-name']]);
    const notification = run.invocations[0].toolExecutionNotifications[0];
    assert.match(notification.message.text, /^skipped: broken\.py:1:\d+: syntax error/);
    assert.equal(run.invocations[0].executionSuccessful, true);
  });

  test('a run with nothing to report is still a valid log', async () => {
    const result = await cli(project({ 'pyproject.toml': config, 'a.py': 'x = 1\n' }), '--format', 'sarif', '.');
    const log = JSON.parse(result.stdout);
    const validate = validator();
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual(log.runs[0].results, []);
  });

  test('the validator does reject a broken log (the check can fail)', () => {
    const validate = validator();
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  });
});
