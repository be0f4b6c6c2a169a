// A sample of the corpus check in the suite: every transform over every 40th module of
// the standard library of python3 (`npm run corpus` runs all of it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { runSources } from '../src/engine/project.js';
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

test('a text test rules out only standard-library modules its transform finds nothing in', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const sample = discoverFiles([root], { exclude: STDLIB_EXCLUDES, cwd: root }).filter((_, index) => index % 10 === 0);
  const files = new Map(sample.map((path) => [path.slice(root.length + 1), readFileSync(path, 'utf8')]));
  // comments needs a summarizer to find anything; its text test asks for a `def`.
  for (const transform of transforms.filter((candidate) => candidate.mayFind && candidate.id !== 'comments')) {
    const ruled = runSources(files, [{ transform }], { allowUnsafe: true });
    const parsed = runSources(files, [{ transform: { ...transform, mayFind: undefined } }], { allowUnsafe: true });
    let ruledOut = 0;
    for (const [path, outcome] of ruled) {
      if (outcome.passes > 0) continue;
      ruledOut++;
      const other = parsed.get(path)!;
      assert.deepEqual([outcome.status, outcome.findings], [other.status === 'skipped' ? 'unchanged' : other.status, other.findings], `${transform.id}: ${path}`);
    }
    assert.ok(ruledOut > 5, `${transform.id}: only ${ruledOut} modules ruled out`);
  }
});
