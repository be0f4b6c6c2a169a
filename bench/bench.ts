// `npm run bench -- DIR [-j N]`: a dry run of every transform over DIR, and the same
// run in parse-only mode (the floor), each in its own process so peak memory is its own.
// `npm run bench -- --scaling`: one module of 4,000 then 8,000 small functions, with
// `-t docstrings` and with the default transforms: the cost must grow linearly (8,000
// within 2.5 times 4,000), in CPU time (all threads) as well as in wall time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverFiles } from '../src/runner/discover.js';
import { runPaths } from '../src/runner/run.js';
import { transforms } from '../transforms/index.js';
import { manyFunctions } from './many-functions.js';

interface Measurement {
  mode: string;
  files: number;
  megabytes: number;
  seconds: number;
  peakMegabytes: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: 'string', short: 'j' },
    mode: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    scaling: { type: 'boolean' },
    transforms: { type: 'string' },
  },
});
const jobs = values.jobs ? Number(values.jobs) : undefined;
const exclude = values.exclude ?? ['site-packages/'];

async function measure(mode: 'parse-only' | 'full', root: string): Promise<Measurement> {
  const files = discoverFiles([root], { exclude, cwd: root });
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const ids = mode === 'full' ? transforms.map((transform) => transform.id) : [];
  const started = performance.now();
  await runPaths({
    paths: [root],
    cwd: root,
    exclude,
    jobs,
    settings: { choices: ids.map((id) => ({ id, options: {} })), transformModules: [], unsafe: true, explicit: ids, renames: [], write: false, diff: true, keepText: false },
  });
  const seconds = (performance.now() - started) / 1000;
  return { mode, files: files.length, megabytes: bytes / 1e6, seconds, peakMegabytes: process.resourceUsage().maxRSS / 1024 };
}

/** One file's dry run in this process: wall and CPU seconds (every thread), peak memory. */
async function measureOne(root: string, ids: string[]): Promise<{ seconds: number; cpuSeconds: number; peakMegabytes: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await runPaths({
    paths: [root],
    cwd: root,
    jobs: 1,
    settings: { choices: ids.map((id) => ({ id, options: {} })), transformModules: [], unsafe: false, explicit: ids, renames: [], write: false, diff: true, keepText: false },
  });
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakMegabytes: process.resourceUsage().maxRSS / 1024 };
}

if (values.mode === 'one') {
  const ids = values.transforms === 'default' ? transforms.filter((transform) => transform.safety === 'safe').map((transform) => transform.id) : (values.transforms ?? '').split(',');
  process.stdout.write(JSON.stringify(await measureOne(positionals[0] as string, ids)));
} else if (values.scaling) {
  const self = fileURLToPath(import.meta.url);
  const scratch = mkdtempSync(join(tmpdir(), 'pycodemod-scaling-'));
  try {
    for (const selection of ['docstrings', 'default']) {
      const rows = [4000, 8000].map((count) => {
        const directory = join(scratch, `${selection}-${count}`);
        mkdirSync(directory);
        writeFileSync(join(directory, 'generated.py'), manyFunctions(count));
        const measured = JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, directory, '--mode', 'one', '--transforms', selection], { encoding: 'utf8', maxBuffer: 1 << 26 })) as {
          seconds: number;
          cpuSeconds: number;
          peakMegabytes: number;
        };
        process.stdout.write(`scaling ${selection.padEnd(10)} ${String(count).padStart(5)} functions  ${measured.seconds.toFixed(2).padStart(7)} s  CPU ${measured.cpuSeconds.toFixed(2).padStart(7)} s  peak RSS ${measured.peakMegabytes.toFixed(0)} MB\n`);
        return measured;
      });
      const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
      const ratio = large.cpuSeconds / small.cpuSeconds;
      process.stdout.write(`scaling ${selection.padEnd(10)} 8,000 / 4,000: ${ratio.toFixed(2)}x CPU, ${(large.seconds / small.seconds).toFixed(2)}x wall (linear: 2x; limit 2.5x)${ratio > 2.5 ? '  OVER THE LIMIT' : ''}\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else if (values.mode === 'parse-only' || values.mode === 'full') {
  process.stdout.write(JSON.stringify(await measure(values.mode, positionals[0] as string)));
} else {
  const root = positionals[0] ?? execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const self = fileURLToPath(import.meta.url);
  const run = (mode: string): Measurement =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, root, '--mode', mode, ...(jobs ? ['-j', String(jobs)] : []), ...exclude.flatMap((pattern) => ['--exclude', pattern])], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Measurement;
  const parseOnly = run('parse-only');
  const full = run('full');
  const line = (m: Measurement) =>
    `${m.mode.padEnd(10)}  ${String(m.files).padStart(6)} files  ${m.megabytes.toFixed(1).padStart(6)} MB  ${m.seconds.toFixed(2).padStart(7)} s  ${(m.megabytes / m.seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${m.peakMegabytes.toFixed(0)} MB`;
  process.stdout.write(`bench: ${root} (jobs: ${jobs ?? 'all cores'}; transforms: ${transforms.map((transform) => transform.id).join(', ') || 'none'})\n`);
  process.stdout.write(`${line(full)}\n${line(parseOnly)}\n`);
  process.stdout.write(`ratio full / parse-only: ${(full.seconds / parseOnly.seconds).toFixed(2)}x the time of parsing alone\n`);
}
