// --since REV: only fixes on lines added or changed since a git revision (staged, unstaged,
// untracked files whole); a project-wide rename is made whole or not at all; outside git
// or with an unknown revision, one line and exit 2.
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseUnifiedDiff } from '../src/runner/since.js';
import { cli, committedProject, git, project } from './support/cli.js';

const APP = [
  'def send(server):',
  '    dest_host = server.host',
  '    return dest_host',
  '',
  '',
  'def receive(server):',
  '    src_host = server.host',
  '    return src_host',
  '',
].join('\n');

interface JsonFinding {
  file: string;
  transform: string;
  kind?: string;
  message: string;
  applied: boolean;
  notApplied?: string;
  beyondChanges?: boolean;
}

function findings(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

describe('--since', () => {
  test('applies the fixes that touch changed lines, staged or not, and new files whole', async () => {
    const directory = committedProject({ 'app.py': APP });
    // An unstaged change in receive(); a new, untracked module.
    writeFileSync(join(directory, 'app.py'), APP.replace('    return src_host\n', '    print(src_host)\n    return src_host\n'));
    writeFileSync(join(directory, 'new.py'), 'def route(server):\n    dest_host = server.host\n    return dest_host\n');
    const run = await cli(directory, '-t', 'variable-names', '--set', 'variable-names.expand-universal=true', '--set', 'variable-names.expand=dictionary', '--since', 'HEAD', '--format', 'json');
    assert.equal(run.status, 0, run.stderr);
    const byName = (name: string) => findings(run.stdout).find((finding) => finding.message.startsWith(`\`${name}\``) && finding.file === 'app.py');
    assert.equal(byName('src_host')?.applied, true);
    assert.equal(byName('dest_host')?.applied, false);
    assert.equal(byName('dest_host')?.notApplied, 'outside-changes');
    assert.ok(findings(run.stdout).some((finding) => finding.file === 'new.py' && finding.applied));
    const summary = await cli(directory, '-t', 'variable-names', '--set', 'variable-names.expand-universal=true', '--set', 'variable-names.expand=dictionary', '--since', 'HEAD', '--format', 'summary');
    assert.match(summary.stderr, /1 fix outside the lines changed since HEAD not applied/);

    // Staged counts too.
    git(directory, 'add', 'app.py');
    const staged = await cli(directory, '-t', 'variable-names', '--set', 'variable-names.expand-universal=true', '--set', 'variable-names.expand=dictionary', '--since', 'HEAD', '--format', 'json');
    assert.equal(findings(staged.stdout).find((finding) => finding.message.startsWith('`src_host`'))?.applied, true);
  });

  test('a project-wide rename is applied whole when one of its places changed, or not at all', async () => {
    const before = [
      'import unittest',
      '',
      '',
      'class ServerTest(unittest.TestCase):',
      '    def test_create(self):',
      '        self.assertTrue(True)',
      '',
      '    def test_delete(self):',
      '        self.assertTrue(True)',
      '',
      '    def testResizeServer(self):',
      '        self.assertTrue(True)',
      '',
      '    def testRebootServer(self):',
      '        self.assertTrue(True)',
      '',
    ].join('\n');
    const directory = committedProject({ 'tests/test_server.py': before });
    appendFileSync(join(directory, 'tests/test_server.py'), '    def test_resize_twice(self):\n        self.testResizeServer()\n        self.testResizeServer()\n');
    const run = await cli(directory, '-t', 'test-names', '--since', 'HEAD', '--write', '--allow-dirty');
    assert.equal(run.status, 0, run.stderr);
    const after = readFileSync(join(directory, 'tests/test_server.py'), 'utf8');
    // Renamed at its definition too, though that line did not change: never half done.
    assert.match(after, /def test_resize_server\(self\)/);
    assert.doesNotMatch(after, /testResizeServer/);
    assert.match(after, /def testRebootServer\(self\)/);
    assert.match(run.stderr, /of project-wide renames beyond the changed lines \(a rename is made whole or not at all\)/);
    assert.match(run.stderr, /outside the lines changed since HEAD not applied/);
  });

  test('outside a git work tree, or with an unknown revision: one line, exit 2', async () => {
    const plain = project({ 'app.py': APP });
    const outside = await cli(plain, '--since', 'HEAD');
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /--since HEAD: .* is not in a git work tree/);
    assert.equal(outside.stderr.trim().split('\n').length, 1);
    const repository = committedProject({ 'app.py': APP });
    const unknown = await cli(repository, '--since', 'no-such-branch');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--since no-such-branch: git knows no such revision/);
    assert.equal(unknown.stderr.trim().split('\n').length, 1);
  });

  test('reads added and changed lines from a unified diff with no context', () => {
    const diff = [
      'diff --git a/pkg/a.py b/pkg/a.py',
      '--- a/pkg/a.py',
      '+++ b/pkg/a.py',
      '@@ -3,0 +4,2 @@ def f():',
      '+    x = 1',
      '+    y = 2',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,3 +22,0 @@',
      '-gone',
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,3 @@',
      'diff --git "a/sp ace\\303\\251.py" "b/sp ace\\303\\251.py"',
      '--- "a/sp ace\\303\\251.py"',
      '+++ "b/sp ace\\303\\251.py"',
      '@@ -1 +1 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    assert.deepEqual(changed.get('pkg/a.py'), [4, 5, 12]);
    assert.equal(changed.get('new.py'), 'all');
    assert.deepEqual(changed.get('sp aceé.py'), [1]);
  });
});
