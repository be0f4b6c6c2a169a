// Unit tests of src/python/summaries/summarizer.ts: the heuristic alone, and the command variant
// with its fallbacks (error, empty answer, timeout), using test/support/fake-summarizer.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parsePython } from '../src/engine/parse.js';
import { commandPayload, createSummarizer, type SummaryRequest } from '../src/python/summaries/summarizer.js';

const SCRIPT = fileURLToPath(new URL('./support/fake-summarizer.mjs', import.meta.url));
const source = 'def resize(server, flavor):\n    return server.resize(flavor)\n';
const request: SummaryRequest = {
  kind: 'function',
  name: 'resize',
  signature: 'def resize(server, flavor):',
  source,
  file: 'servers.py',
  style: 'google',
  nodes: [parsePython(source).rootNode.namedChildren[0]!],
};
const heuristic = (asked: SummaryRequest) => `Heuristic for ${asked.name}.`;

test('without a command, the heuristic answers and nothing is run', () => {
  const warnings: string[] = [];
  const summarizer = createSummarizer(heuristic, { command: '  ', warn: (message) => warnings.push(message) });
  assert.equal(summarizer.summarize(request), 'Heuristic for resize.');
  assert.deepEqual(warnings, []);
});

test('the command receives the request as JSON and its answer is the summary', () => {
  const warnings: string[] = [];
  const summarizer = createSummarizer(heuristic, { command: `node ${SCRIPT}`, warn: (message) => warnings.push(message) });
  assert.equal(
    summarizer.summarize(request),
    'Summarize the function resize of servers.py (3 lines, google style).\n\nSignature: def resize(server, flavor):',
  );
  assert.deepEqual(warnings, []);
});

test('the payload holds the documented fields and no syntax nodes', () => {
  assert.deepEqual(Object.keys(commandPayload(request)).sort(), ['file', 'kind', 'name', 'signature', 'source', 'style']);
});

for (const [flag, problem] of [
  ['--fail', 'exit status 3 (model not available)'],
  ['--empty', 'empty answer'],
  ['--slow', 'timed out after 500 ms'],
] as const) {
  // Only --slow needs a short limit: starting node can take longer than 500 ms on a loaded machine.
  test(`a command that misbehaves (${flag}) falls back to the heuristic with a warning`, () => {
    const warnings: string[] = [];
    const summarizer = createSummarizer(heuristic, { command: `node ${SCRIPT} ${flag}`, timeoutMilliseconds: flag === '--slow' ? 500 : 20_000, warn: (message) => warnings.push(message) });
    assert.equal(summarizer.summarize(request), 'Heuristic for resize.');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, new RegExp(`function resize \\(servers\\.py\\): ${problem.replace(/[()]/g, '\\$&')}; using the heuristic summary`));
  });
}

test('a command that cannot be found falls back too', () => {
  const warnings: string[] = [];
  const summarizer = createSummarizer(heuristic, { command: 'pycodemod-no-such-program-here', warn: (message) => warnings.push(message) });
  assert.equal(summarizer.summarize(request), 'Heuristic for resize.');
  assert.match(warnings[0]!, /exit status 127/);
});
