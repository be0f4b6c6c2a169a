// variable-names analyses only the function bodies that may rename (those of an outermost
// function spelling a name the dictionary expands, and those declaring `global` or
// `nonlocal`), and asks the full analysis for a rename to a builtin's name: it finds and
// changes what it finds and changes with every body analysed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSources } from '../src/engine/project.js';
import type { AnyTransform } from '../src/engine/types.js';
import { analyzeScopes } from '../src/python/scopes/scopes.js';
import variableNames from '../transforms/variable-names.js';
import { fixtureCases, runCase } from './support/fixtures.js';
import { topLevelModules } from './support/stdlib.js';

// The same transform, on trees whose every body was analysed before it looks (the
// analysis of a tree is kept, and serves whoever asks for it next).
const everyBody: AnyTransform = {
  ...(variableNames as AnyTransform),
  find: (file, context) => {
    analyzeScopes(file.root);
    return (variableNames as AnyTransform).find(file, context);
  },
};

test('the fixtures: the same outcomes with every body analysed', () => {
  for (const fixture of fixtureCases('variable-names')) {
    assert.deepEqual(runCase(variableNames as AnyTransform, fixture), runCase(everyBody, fixture), fixture.name);
  }
});

test('the standard library, every abbreviation expanded: the same findings and changes with every body analysed', () => {
  const files = new Map(topLevelModules().map(({ name, text }) => [`${name}.py`, text]));
  const options = { expand: 'dictionary', 'expand-universal': true, 'include-tests': true };
  const run = (transform: AnyTransform) => runSources(files, [{ transform, options }], { lineLength: 79 });
  const some = run(variableNames as AnyTransform);
  const every = run(everyBody);
  assert.deepEqual(some, every);
  // Not a comparison of nothing: renames made and refused, one to a builtin's name among them.
  const findings = [...some.values()].flatMap((outcome) => outcome.findings);
  assert.ok(findings.filter((finding) => finding.applied).length > 50, `${findings.length} findings`);
  assert.ok(findings.some((finding) => /a builtin this module uses/.test(finding.message)));
});
