// `pycodemod review`: reviews in several shapes read into plans (compared with the
// expected plan beside each fixture; UPDATE_FIXTURES=1 rewrites them), the seed review's
// plan applied to the bundled example (the whole diff compared), and bad input.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { abbreviationsBetween } from '../src/review/apply.js';
import { readReview } from '../src/review/read-review.js';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/review/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function cli(cwd: string, args: string[], stdin?: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const input = stdin === undefined ? undefined : (await import('node:stream')).Readable.from([stdin]);
  const status = await main(args, { stdout, stderr, cwd, ...(input ? { stdin: input } : {}) });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

function expect(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${file} differs (UPDATE_FIXTURES=1 rewrites it after a deliberate change)`);
}

describe('reviews in other shapes become the expected plans', () => {
  for (const name of readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    test(name, async () => {
      const directory = join(FIXTURES, name);
      const review = readdirSync(directory).find((file) => file.startsWith('review.')) as string;
      const { status, stdout, stderr } = await cli(directory, ['review', review, '.']);
      assert.equal(status, 0, stderr);
      expect(join(directory, 'expected-plan.toml.txt'), stdout);
    });
  }
});

describe('the seed review on the bundled example', () => {
  test('a plan with an action for each of the eight suggestions, applied to exactly those places', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pycodemod-review-'));
    cpSync(EXAMPLES, join(work, 'examples'), { recursive: true });
    const planned = await cli(work, ['review', 'examples/seed-review.txt', 'examples/tests/test_server_resize.py', '-o', 'plan.toml']);
    assert.equal(planned.status, 0, planned.stderr);
    assert.match(planned.stderr, /8 suggestions: 8 planned/);
    const plan = readFileSync(join(work, 'plan.toml'), 'utf8');
    const transforms = [...plan.matchAll(/^transform = "([\w-]+)"$/gm)].map((match) => match[1]);
    assert.deepEqual(new Set(transforms), new Set(['trailing-commas', 'docstrings', 'function-names', 'variable-names', 'comments', 'test-names', 'exception-handling', 'split-functions']));
    // The reviewer's line numbers are off; the names they quote win, and the plan says so.
    assert.match(plan, /line 34 does not mention `self\.flavor1`; it is assigned at line 12/);
    // The shorter name drops words: kept as an alternative, flagged for a human.
    assert.match(plan, /alternative `resize_error`: .*drops "and assert"/);
    const applied = await cli(work, ['--plan', 'plan.toml', 'examples/tests/test_server_resize.py', '--no-color']);
    assert.equal(applied.status, 0, applied.stderr);
    expect(join(FIXTURES, 'seed.diff.txt'), applied.stdout);
  });

  test('a plan entry whose target is gone is a finding, not an error', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pycodemod-review-'));
    writeFileSync(join(work, 'a.py'), 'def kept():\n    return 1\n');
    writeFileSync(join(work, 'plan.toml'), '[[action]]\ntransform = "docstrings"\nfile = "a.py"\ntarget = "removed"\n');
    const { status, stdout } = await cli(work, ['--plan', 'plan.toml', 'a.py', '--format', 'json']);
    assert.equal(status, 0);
    const findings = (JSON.parse(stdout) as { findings: Array<{ kind?: string; message: string }> }).findings;
    assert.deepEqual(
      findings.map((finding) => [finding.kind, finding.message]),
      [['target-missing', "the plan's target `removed` is no longer in a.py"]],
    );
  });
});

describe('bad input: one line, exit 2', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an empty review', '  \n', /the review review\.txt is empty/],
    ['a review with no suggestion', 'Looks good to me.\n', /no suggestion recognised in the review review\.txt/],
  ];
  for (const [name, text, pattern] of cases) {
    test(name, async () => {
      const work = mkdtempSync(join(tmpdir(), 'pycodemod-review-'));
      writeFileSync(join(work, 'review.txt'), text);
      writeFileSync(join(work, 'a.py'), 'x = 1\n');
      const { status, stdout, stderr } = await cli(work, ['review', 'review.txt', 'a.py']);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, pattern);
      assert.equal(stderr.trim().split('\n').length, 1);
    });
  }
  test('a malformed action in a plan', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pycodemod-review-'));
    writeFileSync(join(work, 'a.py'), 'x = 1\n');
    writeFileSync(join(work, 'plan.toml'), '[[action]]\ntransform = "variable-names"\nfile = "a.py"\n');
    const { status, stderr } = await cli(work, ['--plan', 'plan.toml', 'a.py']);
    assert.equal(status, 2);
    assert.match(stderr, /action 1: a variable-names action needs 'variable'/);
  });
});

describe('reading a review', () => {
  test('the review comes from standard input with -, as JSON', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pycodemod-review-'));
    writeFileSync(join(work, 'a.py'), 'def load(path):\n    cfg = open(path).read()\n    return cfg\n');
    const { status, stdout } = await cli(work, ['review', '-', 'a.py', '--format', 'json'], '- Rename `cfg` in `load` to `config`.\n');
    assert.equal(status, 0);
    const plan = JSON.parse(stdout) as { actions: Array<{ transform: string; variable: string; newName: string }> };
    assert.deepEqual(plan.actions.map((action) => [action.transform, action.variable, action.newName]), [['variable-names', 'cfg', 'config']]);
  });

  test('paragraphs that ask for nothing are remarks; a line reference and proposals are read', () => {
    const review = readReview(
      'No security defects are detected.\n\n1. Style: in line 12, `x` has a stray comma.\n2. Naming: rename `do_it` to `apply_patch` or even shorter, `apply`.\n\nThanks for the patch.\n',
    );
    assert.deepEqual(review.remarks, ['No security defects are detected.', 'Thanks for the patch.']);
    assert.deepEqual(review.suggestions[0]?.lines.map((line) => line.start), [12]);
    assert.deepEqual(review.suggestions[1]?.proposals.map((proposal) => [proposal.from, proposal.to]), [['do_it', ['apply_patch', 'apply']]]);
  });

  test('the abbreviations between an old and a wanted name', () => {
    assert.deepEqual(abbreviationsBetween('dest_host', 'destination_host'), { dest: 'destination' });
    assert.deepEqual(abbreviationsBetween('source_rp_uuid', 'source_resource_provider_uuid'), { rp: 'resource_provider' });
    assert.deepEqual(abbreviationsBetween('req_cnt', 'request_count'), { req: 'request', cnt: 'count' });
    assert.equal(abbreviationsBetween('x', 'x'), null);
  });
});
