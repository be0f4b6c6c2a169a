// The registry and the docs agree with the code: ids match file names, every transform
// has fixtures, its documented before/after runs, and the README's table is current.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runSources } from '../src/engine/project.js';
import { defaultOptions } from '../src/engine/options.js';
import { transforms } from '../transforms/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('registry', () => {
  test('ids are unique and kebab-case', () => {
    const ids = transforms.map((transform) => transform.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  for (const transform of transforms) {
    describe(transform.id, () => {
      test('lives in transforms/<id>.ts with fixtures and a doc page', () => {
        assert.ok(existsSync(`${root}transforms/${transform.id}.ts`), `transforms/${transform.id}.ts`);
        assert.ok(existsSync(`${root}__testfixtures__/${transform.id}`), `__testfixtures__/${transform.id}/`);
        assert.ok(existsSync(`${root}docs/transforms/${transform.id}.md`), `docs/transforms/${transform.id}.md`);
      });

      test('option defaults match their schema and names are kebab-case', () => {
        for (const name of Object.keys(transform.options)) assert.match(name, /^[a-z]+(-[a-z]+)*$/);
        assert.doesNotThrow(() => defaultOptions(transform.options));
      });

      test('docs.before becomes docs.after', () => {
        const files = new Map([['example.py', transform.docs.before]]);
        const outcome = runSources(files, [{ transform, options: transform.docs.options ?? {} }], { allowUnsafe: true }).get('example.py');
        assert.ok(outcome, 'no outcome');
        assert.notEqual(outcome.status, 'failed', outcome.reason);
        assert.notEqual(transform.docs.before, transform.docs.after, 'the example must show a change');
        assert.equal(outcome.output ?? transform.docs.before, transform.docs.after);
      });
    });
  }

  test('the README lists every transform with its safety', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const transform of transforms) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${transform.id}\``));
      assert.ok(row, `README.md has no table row for ${transform.id}`);
      assert.ok(row.includes(transform.safety), `README.md row of ${transform.id} does not say ${transform.safety}`);
    }
  });
});
