// The README's table of flags and `pycodemod --help` name the same flags: a flag added to
// one and not the other fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('every flag of --help is in the README table, and every flag of the table in --help', () => {
  const bin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
  const help = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), bin, '--help'], { encoding: 'utf8' }).stdout;
  const options = help.slice(help.indexOf('Options:'));
  const inHelp = new Set([...options.matchAll(/^ {2}(?:-\w, | {4})--([a-z][\w-]*)/gm)].map((match) => match[1] as string));
  inHelp.delete('help');
  inHelp.delete('version');
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| flag | meaning |'), readme.indexOf('\n\n', readme.indexOf('| flag | meaning |')));
  const inReadme = new Set([...table.matchAll(/^\| ([^|]*)\|/gm)].flatMap((match) => [...(match[1] as string).matchAll(/--([a-z][\w-]*)/g)].map((flag) => (flag[1] as string).replace(/^no-/, ''))));
  inReadme.delete('transform');
  inHelp.delete('transform');
  assert.ok(inHelp.size > 15, [...inHelp].join(' '));
  assert.deepEqual([...inHelp].filter((flag) => !inReadme.has(flag)), [], 'in --help, missing from the README');
  assert.deepEqual([...inReadme].filter((flag) => !inHelp.has(flag)), [], 'in the README, missing from --help');
});
