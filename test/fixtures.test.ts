// The fixture harness: for every case of every transform, the expected output, a second
// run that changes nothing, and Python's own verdict (parses, invariant kept).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConventionName } from '../src/engine/conventions.js';
import { invariantOf } from '../src/engine/types.js';
import { transforms } from '../transforms/index.js';
import { fixtureCases, outputOf, runCase } from './support/fixtures.js';
import { checkTexts } from './support/python-ast.js';

for (const transform of transforms) {
  describe(`fixtures: ${transform.id}`, () => {
    const cases = fixtureCases(transform.id);
    const reads = new Set<string>();
    const runs = cases.map((fixture) => {
      const first = runCase(transform, fixture, fixture.inputs, reads);
      const outputs = new Map([...fixture.inputs].map(([path, input]) => [path, outputOf(first.get(path)!, input)]));
      const second = runCase(transform, fixture, outputs);
      return { fixture, first, outputs, second };
    });
    const verdicts = checkTexts(
      runs.flatMap(({ fixture, outputs }) =>
        [...outputs].map(([path, after]) => ({
          id: `${fixture.name}/${path}`,
          before: fixture.inputs.get(path)!,
          after,
          invariant: invariantOf(transform),
        })),
      ),
    );

    test('has fixtures', () => {
      assert.ok(cases.length > 0, `__testfixtures__/${transform.id}/ has no cases`);
    });

    // A run learns only the conventions its transforms declare (the vocabulary).
    test('reads only the conventions it declares', () => {
      assert.deepEqual([...reads].filter((name) => !(transform.conventions ?? [name]).includes(name as ConventionName)), []);
    });

    // A text test that rules a file out loses nothing: the run that parses every file
    // finds and changes the same; and some case is ruled out, or the test would prove nothing.
    if (transform.mayFind) {
      test('rules out by its text only files it finds nothing in', () => {
        const parsing = { ...transform, mayFind: undefined };
        let ruledOut = 0;
        for (const { fixture, first } of runs) {
          const everyFile = runCase(parsing, fixture);
          for (const [path, outcome] of first) {
            if (outcome.passes === 0 && outcome.status === 'unchanged') ruledOut++;
            const parsed = everyFile.get(path)!;
            assert.deepEqual({ ...outcome, passes: 0 }, { ...parsed, passes: 0 }, `${fixture.name}/${path}`);
          }
        }
        assert.ok(ruledOut > 0, `no case of ${transform.id} is ruled out by its text`);
      });
    }

    for (const { fixture, first, outputs, second } of runs) {
      test(fixture.name, () => {
        for (const [path, outcome] of first) {
          assert.notEqual(outcome.status, 'failed', `${path}: ${outcome.reason}`);
          assert.equal(outputs.get(path), fixture.expected.get(path), `${path}: unexpected output`);
        }
        for (const [path, outcome] of second) {
          assert.equal(outcome.status, 'unchanged', `${path}: a second run changed it again:\n${outcome.output}`);
        }
        const said = [...first.values()].flatMap((outcome) => [...outcome.findings.map((finding) => finding.message), ...outcome.warnings]);
        for (const message of fixture.messages) {
          assert.ok(said.some((text) => text.includes(message)), `no finding says "${message}"; got:\n${said.join('\n')}`);
        }
        for (const verdict of verdicts.filter((item) => item.id?.startsWith(`${fixture.name}/`))) {
          assert.ok(verdict.ok, `${verdict.id}: ${verdict.error}`);
        }
      });
    }
  });
}
