// Unit tests of src/python/words/words.ts: splitting, joining, abbreviations, prose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  caseStyleOf,
  expandAbbreviation,
  expandWords,
  identifierWords,
  isDunder,
  isPrivateName,
  joinIdentifier,
  namePhrase,
  proseWords,
  planExpansion,
  splitByPattern,
  splitIdentifier,
  UNIVERSAL_ABBREVIATIONS,
} from '../src/python/words/words.js';

test('splits snake, camel, Pascal and constant case', () => {
  assert.deepEqual(splitIdentifier('dest_host'), { leading: '', words: ['dest', 'host'], trailing: '', style: 'snake' });
  assert.deepEqual(splitIdentifier('getHTTPResponse').words, ['get', 'HTTP', 'response']);
  assert.deepEqual(splitIdentifier('HTTPServer').words, ['HTTP', 'server']);
  assert.deepEqual(splitIdentifier('MAX_RETRY_COUNT'), { leading: '', words: ['max', 'retry', 'count'], trailing: '', style: 'constant' });
  assert.deepEqual(splitIdentifier('setUp').words, ['set', 'up']);
});

test('keeps underscores apart and digits with their letters', () => {
  assert.deepEqual(splitIdentifier('__private_value_'), { leading: '__', words: ['private', 'value'], trailing: '_', style: 'snake' });
  assert.deepEqual(splitIdentifier('__init__').words, ['init']);
  assert.deepEqual(splitIdentifier('encode_utf8').words, ['encode', 'utf8']);
  assert.deepEqual(splitIdentifier('Base64Encoder').words, ['base64', 'encoder']);
  assert.deepEqual(splitIdentifier('version_2').words, ['version', '2']);
  assert.deepEqual(splitIdentifier('_').words, []);
  assert.deepEqual(identifierWords('parseXMLFile'), ['parse', 'xml', 'file']);
});

test('recognises case styles', () => {
  assert.equal(caseStyleOf('value'), 'snake');
  assert.equal(caseStyleOf('_value_count'), 'snake');
  assert.equal(caseStyleOf('valueCount'), 'camel');
  assert.equal(caseStyleOf('ValueCount'), 'pascal');
  assert.equal(caseStyleOf('VALUE_COUNT'), 'constant');
  assert.equal(caseStyleOf('X'), 'pascal');
});

test('joins words in every style', () => {
  const words = ['destination', 'host', 'id'];
  assert.equal(joinIdentifier(words, 'snake'), 'destination_host_id');
  assert.equal(joinIdentifier(words, 'constant'), 'DESTINATION_HOST_ID');
  assert.equal(joinIdentifier(words, 'camel'), 'destinationHostId');
  assert.equal(joinIdentifier(words, 'pascal'), 'DestinationHostId');
  assert.equal(joinIdentifier(['HTTP', 'server'], 'pascal'), 'HTTPServer');
  assert.equal(joinIdentifier(['value'], 'snake', { leading: '_', trailing: '_' }), '_value_');
});

test('round-trips names through split and join', () => {
  for (const name of ['_resize_and_assert_error', 'getValue', 'HTTPServer', 'MAX_SIZE', '__init__', 'sha256_digest']) {
    const parts = splitIdentifier(name);
    assert.equal(joinIdentifier(parts.words, parts.style, parts), name);
  }
});

test('expands known abbreviations and their plurals', () => {
  assert.deepEqual(expandAbbreviation('dest'), ['destination']);
  assert.deepEqual(expandAbbreviation('Msg'), ['message']);
  assert.deepEqual(expandAbbreviation('msgs'), ['messages']);
  assert.deepEqual(expandAbbreviation('addrs'), ['addresses']);
  assert.deepEqual(expandAbbreviation('cfg'), ['configuration']);
  assert.deepEqual(expandWords(['dest', 'host', 'idx']), ['destination', 'host', 'index']);
});

test('never expands idioms or unknown words', () => {
  for (const word of ['i', 'n', 'e', 'fd', 'db', 'id', 'ip', 'os', 're', 'url', 'uuid', 'args', 'kwargs', 'self', 'cls', 'ok', 'host']) {
    assert.equal(expandAbbreviation(word), undefined, word);
  }
  assert.equal(expandAbbreviation('ids'), undefined);
  // Not the plural of `ts` (timestamp): seconds, beside `thh` and `tmm` in email._parseaddr.
  assert.equal(expandAbbreviation('tss'), undefined);
  // Left out after the standard-library run: two common meanings each.
  for (const word of ['doc', 'fn', 'ns', 'dst']) assert.equal(expandAbbreviation(word), undefined, word);
});

test('a user dictionary adds and overrides entries', () => {
  const extra = new Map([['rp', 'resource provider'], ['db', 'database']]);
  assert.deepEqual(expandWords(['source', 'rp', 'uuid'], extra), ['source', 'resource', 'provider', 'uuid']);
  assert.deepEqual(expandAbbreviation('rps', extra), ['resource', 'providers']);
  assert.deepEqual(expandAbbreviation('db', extra), ['database']);
});

test('reads names as prose', () => {
  assert.deepEqual(proseWords(['get', 'db', 'conn']), ['get', 'database', 'connection']);
  assert.equal(namePhrase('_max_retry_cnt'), 'max retry count');
  assert.equal(namePhrase('parse_json_url'), 'parse JSON URL');
  assert.equal(namePhrase('getHTTPResponse'), 'get HTTP response');
  assert.equal(namePhrase('instance_ids'), 'instance IDs');
});

test('dunder and private names', () => {
  assert.ok(isDunder('__init__'));
  assert.ok(isDunder('__class_getitem__'));
  assert.ok(!isDunder('__private'));
  assert.ok(isPrivateName('_helper'));
  assert.ok(isPrivateName('__mangled'));
  assert.ok(!isPrivateName('__eq__'));
});

test('a name is expanded whole or not at all', () => {
  assert.deepEqual(planExpansion('dest_host'), { newName: 'destination_host' });
  assert.equal(planExpansion('dest_rp_uuid').newName, undefined);
  assert.match(planExpansion('dest_rp_uuid').refusal ?? '', /`rp` would stay abbreviated/);
  assert.equal(planExpansion('res_req').newName, undefined);
  const declared = new Map([['rp', 'resource provider']]);
  assert.deepEqual(planExpansion('source_rp_uuid', declared), { newName: 'source_resource_provider_uuid' });
  // Units and idioms are no half expansion.
  assert.deepEqual(planExpansion('conn_timeout_ms'), { newName: 'connection_timeout_ms' });
});

test("the project's vocabulary stays, unless the user's dictionary names it", () => {
  const vocabulary = new Set(['req', 'opts', 'CONF']);
  assert.deepEqual(planExpansion('opts', undefined, vocabulary), {});
  assert.deepEqual(planExpansion('CONF', undefined, vocabulary), {});
  assert.match(planExpansion('req_msg', undefined, vocabulary).refusal ?? '', /`req` would stay abbreviated/);
  assert.deepEqual(planExpansion('opts', new Map([['opts', 'options']]), vocabulary), { newName: 'options' });
});

test("with the project's words known, an abbreviation expands only to a long form the project writes", () => {
  const projectWords = new Set(['destination', 'host', 'count']);
  assert.deepEqual(planExpansion('dest_host', undefined, new Set(), { projectWords }), { newName: 'destination_host' });
  assert.deepEqual(planExpansion('hdr', undefined, new Set(), { projectWords }), {});
  assert.deepEqual(planExpansion('num_rows', undefined, new Set(), { projectWords }), {});
  // A declared abbreviation needs no evidence; the readings a caller chooses do.
  assert.deepEqual(planExpansion('hdr', new Map([['hdr', 'header']]), new Set(), { projectWords }), { newName: 'header' });
  assert.deepEqual(planExpansion('hdr', new Map([['hdr', 'header']]), new Set(), { projectWords, declared: new Set() }), {});
});

test('the universal abbreviations are listed singular, and kept with digits as vocabulary words', () => {
  for (const word of ['idx', 'attr', 'col', 'pos', 'tmp', 'src', 'env', 'pkg', 'buf', 'fmt', 'msg', 'conn', 'ctx', 'expr']) assert.ok(UNIVERSAL_ABBREVIATIONS.has(word), word);
  const kept = new Set(UNIVERSAL_ABBREVIATIONS);
  assert.deepEqual(planExpansion('col1', undefined, kept), {});
  assert.deepEqual(planExpansion('elem2', undefined, kept), {});
  assert.match(planExpansion('dest_idx', undefined, kept).refusal ?? '', /`idx` would stay abbreviated/);
});

test("a text's words found by their characters are a regular expression's, and each verdict is asked once", async () => {
  const { WordVerdicts } = await import('../src/python/words/text-words.js');
  const { topLevelModules } = await import('./support/stdlib.js');
  const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/g;
  const asked = new Map<string, number>();
  // Keeps about one word in three, by its characters, so that equal words must agree.
  const keep = (word: string): boolean => {
    asked.set(word, (asked.get(word) ?? 0) + 1);
    return [...word].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 3 === 0;
  };
  const verdicts = new WordVerdicts(keep);
  // The standard library's modules (tens of thousands of distinct words: the table grows
  // many times), and words that differ in one character, or in length only.
  const texts = [...topLevelModules().map(({ text }) => text), 'ab abc ab1 a_b Ab aB \u00e9t\u00e9 x\u00e9 _ __ 1e5 e5 ab'];
  for (const text of texts) {
    const expected = [...text.matchAll(WORD)].filter(([word]) => keep(word)).map((match) => ({ start: match.index, word: match[0] }));
    asked.clear();
    for (const { start, word } of expected) asked.set(word, 0);
    assert.deepEqual(verdicts.kept(text), expected);
  }
  assert.ok([...asked.values()].every((count) => count <= 1));
});

test("a lowercase name split character by character splits as the word pattern splits it", async () => {
  const { topLevelModules } = await import('./support/stdlib.js');
  const names = new Set(['_', '__', '___', 'a', '_a_', '__init__', 'a1b2', '8bit', '12ab34', 'a__b', '_1_', 'utf8_codec', 'x2', 'dest_host_', 'a_1', '1', '_9a']);
  for (const { text } of topLevelModules()) for (const [name] of text.matchAll(/[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/g)) names.add(name);
  let lowercase = 0;
  for (const name of names) {
    if (/^[a-z0-9_]+$/.test(name)) lowercase++;
    assert.deepEqual(splitIdentifier(name), splitByPattern(name), name);
  }
  assert.ok(lowercase > 10000, `only ${lowercase} lowercase names`);
});

test('a name is weighed when one of its words, without the digits that end it or as a plural, is in the dictionary', () => {
  const declared = new Map([['rp', 'resource_provider']]);
  assert.deepEqual(planExpansion('rps_by_host', declared), { newName: 'resource_providers_by_host' });
  assert.deepEqual(planExpansion('dest2_host'), { newName: 'destination2_host' });
  assert.deepEqual(planExpansion('DEST2_HOST'), { newName: 'DESTINATION2_HOST' });
  assert.deepEqual(planExpansion('destHost'), { newName: 'destinationHost' });
  assert.deepEqual(planExpansion('num_hosts'), { newName: 'number_of_hosts' });
  assert.deepEqual(planExpansion('host2_name'), {});
});
