// `npm run bench -- [DIR] [-j N] [--only ID,...] [--rename QUALIFIED=NEW] [--repeat N]`: dry runs over DIR,
// each in its own process so that peak memory is its own: the parse-only floor (read and
// parse every file with tree-sitter, nothing else, in as many worker threads as the runs
// use), each transform alone, every safe transform (the default run), every transform,
// and a cold then warm (cached) run over a copy of DIR written to its fixed point; then
// the start-up time of one small file, and a rename when asked. Times are ratios to the
// floor measured in the same run, since a shared machine's absolute times drift; so is
// CPU time (every thread of the run's process), which drifts less with the load. With
// --repeat N, each row but the cached ones is measured N times, each right after a floor
// of its own, and the median ratio is reported with all N.
// `npm run bench -- --scaling`: one module of 4,000 then 8,000 small functions, with
// `-t docstrings` and with the default transforms: the cost must grow linearly (8,000
// within 2.5 times 4,000), in CPU time (all threads) as well as in wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { discoverFiles } from '../src/runner/discover.js';
import { runPaths } from '../src/runner/run.js';
import { tuneCompiler } from '../src/cli/compiler-tuning.js';
import { transforms } from '../transforms/index.js';
import { manyFunctions } from './many-functions.js';

interface Measurement {
  label: string;
  files: number;
  megabytes: number;
  seconds: number;
  /** CPU time of every thread of the run's process: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMegabytes: number;
  changed?: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: 'string', short: 'j' },
    mode: { type: 'string' },
    ids: { type: 'string' },
    label: { type: 'string' },
    cache: { type: 'string' },
    write: { type: 'boolean' },
    /** As the default run: no unsafe fix, no transform named (else as with -t IDS). */
    default: { type: 'boolean' },
    only: { type: 'string' },
    rename: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    scaling: { type: 'boolean' },
    transforms: { type: 'string' },
    repeat: { type: 'string' },
  },
});
/** Each row measured this many times, each right after a floor of its own: the median ratio is given. */
const repeat = Math.max(1, Number(values.repeat ?? 1) || 1);
const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
const exclude = values.exclude ?? ['site-packages/'];
const self = fileURLToPath(import.meta.url);
const bin = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));

/** Reads and parses every file in `jobs` worker threads: what no run can go below. */
async function parseFloor(files: readonly string[]): Promise<void> {
  const treeSitter = import.meta.resolve('tree-sitter');
  const python = import.meta.resolve('tree-sitter-python');
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const Parser = require(${JSON.stringify(fileURLToPath(treeSitter))});
    const parser = new Parser();
    parser.setLanguage(require(${JSON.stringify(fileURLToPath(python))}));
    for (const file of workerData) {
      const text = readFileSync(file, 'utf8');
      parser.parse(text, null, { bufferSize: Math.max(32 * 1024, text.length + 1) });
    }
    parentPort.postMessage('done');`;
  // Files dealt out largest first to the least loaded thread, as the pool's queue would.
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  const loads = new Array<number>(jobs).fill(0);
  for (const file of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
    const least = loads.indexOf(Math.min(...loads));
    (shares[least] as string[]).push(file);
    loads[least] = (loads[least] as number) + statSync(file).size;
  }
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(code, { eval: true, workerData: share });
          worker.once('message', () => void worker.terminate().then(() => resolve()));
          worker.once('error', reject);
        }),
    ),
  );
}

/** One measurement, in this process (run by the parent with --mode), with V8 set as the command line sets it. */
async function measure(root: string): Promise<Measurement> {
  tuneCompiler();
  const files = discoverFiles([root], { exclude, cwd: root });
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let changed: number | undefined;
  if (values.mode === 'parse-only') {
    await parseFloor(files);
  } else {
    const ids = (values.ids ?? '').split(',').filter(Boolean);
    const report = await runPaths({
      paths: [root],
      cwd: root,
      exclude,
      jobs,
      isolated: true,
      ...(values.cache ? { cacheRoot: values.cache } : {}),
      settings: { choices: ids.map((id) => ({ id, options: {} })), transformModules: [], unsafe: false, explicit: values.default ? [] : ids, renames: [], write: !!values.write, diff: true, keepText: false },
    });
    changed = report.results.filter((result) => result.status === 'changed').length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    label: values.label ?? String(values.mode),
    files: files.length,
    megabytes: bytes / 1e6,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    ...(changed === undefined ? {} : { changed }),
  };
}

function child(root: string, label: string, args: string[]): Measurement {
  const output = execFileSync(process.execPath, [...process.execArgv, self, root, '--label', label, '-j', String(jobs), ...args, ...exclude.flatMap((pattern) => ['--exclude', pattern])], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(output) as Measurement;
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** One small file through the whole command, as an editor or a hook runs it: the median of 7. */
function startUp(): number {
  const file = fileURLToPath(new URL('../../examples/tests/test_server_resize.py', import.meta.url));
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    spawnSync(process.execPath, [bin, 'run', file, '--format', 'summary', '--no-cache', '--isolated'], { encoding: 'utf8' });
    times.push(performance.now() - started);
  }
  return median(times);
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
} else if (values.mode) {
  process.stdout.write(JSON.stringify(await measure(positionals[0] as string)));
} else {
  const root = positionals[0] ?? execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const only = values.only?.split(',');
  const alone = transforms.filter((transform) => !only || only.includes(transform.id));
  const safe = transforms.filter((transform) => transform.safety === 'safe').map((transform) => transform.id);
  const all = transforms.map((transform) => transform.id);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`bench: ${root} (-j ${jobs}; load average at start ${load()})`);
  const rows: Array<Measurement & { load: string }> = [];
  const floor = { ...child(root, 'parse only (floor)', ['--mode', 'parse-only']), load: load() };
  const row = (m: Measurement & { load: string }, base: Measurement) =>
    `${m.label.padEnd(26)} ${m.seconds.toFixed(2).padStart(8)} s ${(m.seconds / base.seconds).toFixed(2).padStart(7)}x  CPU ${m.cpuSeconds.toFixed(2).padStart(7)} s ${(m.cpuSeconds / base.cpuSeconds).toFixed(2).padStart(6)}x  peak RSS ${m.peakMegabytes.toFixed(0).padStart(5)} MB${m.changed === undefined ? '' : `  ${String(m.changed).padStart(5)} changed`}  (load ${m.load})`;
  out(`${floor.files} files, ${floor.megabytes.toFixed(1)} MB`);
  out(row(floor, floor));
  const run = (label: string, ids: string[], extra: string[] = [], target = root, repeatable = true): Measurement & { load: string } => {
    if (repeat === 1 || !repeatable) {
      const measured = { ...child(target, label, ['--mode', 'run', '--ids', ids.join(','), ...extra]), load: load() };
      rows.push(measured);
      out(row(measured, floor));
      return measured;
    }
    // A shared machine's speed drifts from one minute to the next: each measurement is
    // paired with a floor measured just before it, and the pair with the median ratio is
    // reported.
    const pairs = Array.from({ length: repeat }, () => {
      const base = child(root, 'parse only (floor)', ['--mode', 'parse-only']);
      return { base, measured: { ...child(target, label, ['--mode', 'run', '--ids', ids.join(','), ...extra]), load: load() } };
    }).sort((a, b) => a.measured.seconds / a.base.seconds - b.measured.seconds / b.base.seconds);
    const { base, measured } = pairs[Math.floor(pairs.length / 2)] as (typeof pairs)[0];
    const ratios = pairs.map((pair) => (pair.measured.seconds / pair.base.seconds).toFixed(2)).join(', ');
    rows.push(measured);
    out(`${row(measured, base)}  [${repeat} runs: ${ratios}x]`);
    return measured;
  };
  for (const transform of alone) run(`${transform.id} alone`, [transform.id]);
  run('all safe (the default)', safe, ['--default']);
  run('all (-t all)', all);
  // The warm run: a copy brought to its fixed point by the default run, so that every file
  // comes out unchanged, then run cold (empty cache) and warm.
  const copy = mkdtempSync(join(tmpdir(), 'pycodemod-bench-'));
  try {
    cpSync(root, join(copy, 'tree'), { recursive: true, filter: (source) => !source.includes('.pycodemod_cache') });
    const tree = join(copy, 'tree');
    child(tree, 'write', ['--mode', 'run', '--ids', safe.join(','), '--default', '--write']);
    const cache = join(copy, 'cache');
    // Once each: a second cold run would find the cache filled.
    const cold = run('fixed point, cold cache', safe, ['--default', '--cache', cache], tree, false);
    const warm = run('fixed point, warm cache', safe, ['--default', '--cache', cache], tree, false);
    out(`warm / cold: ${(warm.seconds / cold.seconds).toFixed(3)}x`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  if (values.rename) {
    const started = performance.now();
    const command = [bin, 'run', root, '-t', 'function-names', '--rename', values.rename, '--format', 'summary', '-j', String(jobs), '--no-cache', '--isolated'];
    const result = spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = (performance.now() - started) / 1000;
    out(`rename ${values.rename}: ${seconds.toFixed(2)} s (${(seconds / floor.seconds).toFixed(2)}x; ${result.stderr.trim().split('\n').at(-1) ?? ''}) (load ${load()})`);
  }
  out(`start-up, one small file, whole process (median of 7): ${startUp().toFixed(0)} ms (load ${load()})`);
  const lines = readFileSync(fileURLToPath(new URL('../../examples/tests/test_server_resize.py', import.meta.url)), 'utf8').split('\n').length;
  out(`(start-up file: examples/tests/test_server_resize.py, ${lines} lines)`);
}
