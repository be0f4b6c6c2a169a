// The review benchmark of ../shared/REVIEW.md as a command:
//   review-sample.ts sample DIR -t ID [--count 40] [--seed N] [--out FILE] [--adopted] [--suggest] [-- ARGS]
//     runs one transform over DIR (a dry run), draws hunks at random and writes the sheet a
//     blind reviewer grades; the seed is printed so the draw can be reproduced.
//   review-sample.ts count GRADED [--json]
//     reads a reviewer's answer (`H<n>: GRADE reason words` lines) into counts and reasons.
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { draw, readGrades, renderSheet, splitHunks, tally } from './review/sampling.js';

const USAGE = `usage:
  review-sample.ts sample DIR -t ID [--count 40] [--seed N] [--out FILE] [--project NAME] [--adopted] [--suggest] [-- PYCODEMOD_ARGS]
      --adopted   tell the reviewer the project has adopted the style (trailing-commas, quote-style)
      --suggest   for renaming transforms: write the transform's own 'suggest' plan and apply it
  review-sample.ts count GRADED_FILE [--json]
`;

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const CLI = fileURLToPath(new URL(FROM_SOURCE ? '../src/cli/bin.ts' : '../src/cli/bin.js', import.meta.url));

function pycodemod(args: string[], cwd: string): string {
  const node = FROM_SOURCE ? [...process.execArgv.filter((arg) => arg !== '--test'), CLI] : [CLI];
  try {
    return execFileSync(process.execPath, [...node, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    // A dry run with changes exits 0; exit 3 (a file failed) still printed its diff.
    const failed = error as { status?: number; stdout?: string };
    if (failed.status === 3 && failed.stdout !== undefined) return failed.stdout;
    throw error;
  }
}

function sample(argv: string[]): void {
  const dashes = argv.indexOf('--');
  const extra = dashes >= 0 ? argv.slice(dashes + 1) : [];
  const { values, positionals } = parseArgs({
    args: dashes >= 0 ? argv.slice(0, dashes) : argv,
    allowPositionals: true,
    options: {
      transform: { type: 'string', short: 't' },
      count: { type: 'string', default: '40' },
      seed: { type: 'string' },
      out: { type: 'string' },
      project: { type: 'string' },
      adopted: { type: 'boolean', default: false },
      suggest: { type: 'boolean', default: false },
    },
  });
  const root = positionals[0];
  if (!root || !values.transform) throw new Error(USAGE);
  const directory = resolve(root);
  const transform = values.transform;
  const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
  const count = Number(values.count);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) throw new Error(`--seed and --count take whole numbers\n${USAGE}`);
  const run = ['run', '.', '-t', transform, '--no-color', '--no-cache', '--format', 'diff', ...extra];
  // An empty plan is a finding (nothing to grade), not a failure of the run.
  let planned = true;
  if (values.suggest) {
    const plan = join(mkdtempSync(join(tmpdir(), 'review-plan-')), 'plan.toml');
    const text = pycodemod(['suggest', '-t', transform, '.', ...extra], directory);
    writeFileSync(plan, text);
    run.push('--plan', plan);
    planned = /^\s*"[^"]+"\s*=/m.test(text);
    process.stderr.write(`review-sample: the plan 'suggest' wrote is ${plan}${planned ? '' : ' (no entries: nothing to apply)'}\n`);
  }
  const hunks = planned ? splitHunks(pycodemod(run, directory)) : [];
  const drawn = draw(hunks, count, seed);
  const project = values.project ?? basename(directory);
  const sheet = renderSheet({ project, projectPath: directory, transform, seed, total: hunks.length, adopted: values.adopted }, drawn);
  const out = values.out ?? join(tmpdir(), `review-${project}-${transform}-${seed}.md`);
  writeFileSync(out, sheet);
  process.stdout.write(`review-sample: ${transform} on ${project}: ${hunks.length} hunks, ${drawn.length} drawn with seed ${seed}\n${out}\n`);
}

function count(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  const grades = readGrades(readFileSync(file, 'utf8'));
  if (grades.length === 0) throw new Error(`${file}: no 'H<n>: ACCEPT|EDIT|REJECT reason' lines found`);
  const result = tally(grades);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const reasons = Object.entries(result.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  process.stdout.write(
    `${result.graded} graded: ${result.accept} accepted, ${result.edit} to edit, ${result.reject} rejected` +
      ` (accept ${Math.round((100 * result.accept) / result.graded)}%, accept+edit ${Math.round((100 * (result.accept + result.edit)) / result.graded)}%)\n` +
      `reasons: ${reasons || 'none'}\ntargets ${result.meetsTargets ? 'met' : 'not met'}\n`,
  );
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'sample') sample(rest);
  else if (command === 'count') count(rest);
  else process.stdout.write(USAGE);
} catch (error) {
  process.stderr.write(`review-sample: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
