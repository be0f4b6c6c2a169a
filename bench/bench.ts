// `npm run bench -- DIR [-j N]`: a dry run of every transform over DIR, and the same
// run in parse-only mode (the floor), each in its own process so peak memory is its own.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverFiles } from '../src/runner/discover.js';
import { runPaths } from '../src/runner/run.js';
import { transforms } from '../transforms/index.js';

interface Measurement {
  mode: string;
  files: number;
  megabytes: number;
  seconds: number;
  peakMegabytes: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string', short: 'j' }, mode: { type: 'string' }, exclude: { type: 'string', multiple: true } },
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

if (values.mode === 'parse-only' || values.mode === 'full') {
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
