// `npm run corpus -- [DIR] [-t ID,...] [-j N] [--set ID.OPTION=VALUE ...]`: the full corpus
// check (default: the standard library of the machine's python3) with a table of results;
// exit 1 on problems.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { transforms } from '../../transforms/index.js';
import { runCorpus, STDLIB_EXCLUDES } from './corpus.js';

function stdlibPath(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { transform: { type: 'string', short: 't' }, jobs: { type: 'string', short: 'j' }, set: { type: 'string', multiple: true } },
});
// Raw values, as on the command line: each transform's schema parses them.
const optionOverrides: Record<string, Record<string, unknown>> = {};
for (const setting of values.set ?? []) {
  const match = /^([\w-]+)\.([\w-]+)=(.*)$/s.exec(setting);
  if (!match) {
    process.stderr.write(`--set wants ID.OPTION=VALUE, not ${setting}\n`);
    process.exit(2);
  }
  const [, id = '', option = '', value = ''] = match;
  (optionOverrides[id] ??= {})[option] = value;
}
const root = positionals[0] ?? stdlibPath();
const ids = values.transform?.split(',').map((id) => id.trim()) ?? transforms.map((transform) => transform.id);
const chosen = ids.map((id) => {
  const transform = transforms.find((candidate) => candidate.id === id);
  if (!transform) {
    process.stderr.write(`unknown transform ${id}\n`);
    process.exit(2);
  }
  return transform;
});

process.stdout.write(`corpus: ${root}\n`);
process.stdout.write(`${'transform'.padEnd(20)} ${'files'.padStart(6)} ${'changed'.padStart(8)} ${'fixes'.padStart(8)} ${'skipped'.padStart(8)} ${'problems'.padStart(9)} ${'seconds'.padStart(8)}\n`);
const results = await runCorpus(
  { root, transforms: chosen, exclude: positionals[0] ? [] : STDLIB_EXCLUDES, jobs: values.jobs ? Number(values.jobs) : undefined, options: optionOverrides },
  (result) => {
    process.stdout.write(
      `${result.label.padEnd(20)} ${String(result.files).padStart(6)} ${String(result.changed).padStart(8)} ${String(result.fixes).padStart(8)} ${String(result.skipped).padStart(8)} ${String(result.problems.length).padStart(9)} ${result.seconds.toFixed(1).padStart(8)}\n`,
    );
    for (const problem of result.problems.slice(0, 20)) process.stdout.write(`    ${problem.problem}: ${problem.file}: ${problem.detail}\n`);
  },
);
process.exitCode = results.some((result) => result.problems.length > 0) ? 1 : 0;
