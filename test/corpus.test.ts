// A sample of the corpus check in the suite: every transform over every 40th module of
// the standard library of python3 (`npm run corpus` runs all of it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { discoverFiles } from '../src/runner/discover.js';
import { transforms } from '../transforms/index.js';
import { runCorpus, STDLIB_EXCLUDES } from './corpus/corpus.js';

const SAMPLE_EVERY = 40;

test(`corpus sample: every ${SAMPLE_EVERY}th standard-library module, every transform`, async () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root })
    .filter((_, index) => index % SAMPLE_EVERY === 0)
    .map((path) => path.slice(root.length + 1));
  assert.ok(files.length > 30, `only ${files.length} files in the sample`);
  const results = await runCorpus({ root, transforms, files });
  const problems = results.flatMap((result) => result.problems.map((problem) => `${result.label}: ${problem.problem}: ${problem.file}: ${problem.detail}`));
  assert.deepEqual(problems, []);
});
