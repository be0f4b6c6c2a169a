// docstrings sets a file aside (`aside`) exactly when its `collect` would find no method
// it could document: the quick order of the checks must not change the verdict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveOptions } from '../src/engine/options.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import docstrings from '../transforms/docstrings.js';
import { fixtureCases } from './support/fixtures.js';
import { topLevelModules } from './support/stdlib.js';

const phase = docstrings.project!;
const context = { renames: new Map<string, string>() };

function sources(): Array<{ path: string; text: string }> {
  const fixtures = fixtureCases('docstrings').flatMap((fixture) => [...fixture.inputs].map(([path, text]) => ({ path: `${fixture.name}/${path}`, text })));
  return [...fixtures, ...topLevelModules().map(({ path, text }) => ({ path, text }))];
}

// Without promoted comments and a summarizer, no method can be documented: every file is set aside.
for (const [label, raw, keeps] of [
  ['the author\'s words only', {}, true],
  ['a summarizer program', { 'summarizer-command': 'summarize' }, true],
  ['comments not promoted', { 'promote-comments': false }, false],
] as const) {
  test(`with ${label}: a file is set aside exactly when it has no method to document`, () => {
    const options = resolveOptions('docstrings', docstrings.options, raw);
    let aside = 0;
    let kept = 0;
    for (const { path, text } of sources()) {
      const file = new SourceFile(path, text, parsePython(text));
      if (file.root.hasError) continue;
      const collected = phase.collect(file, options, context) as { undocumented: string[] };
      const note = phase.aside!(file, options, context);
      assert.equal(note === null, collected.undocumented.length > 0, path);
      if (note === null) kept++;
      else aside++;
    }
    // Both verdicts are met, so that the comparison says something.
    assert.ok(aside > 50 && (keeps ? kept > 5 : kept === 0), `${aside} set aside, ${kept} kept`);
  });
}
