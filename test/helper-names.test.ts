// Helper names of split-functions: from a heading comment, or from the call a paragraph
// is made of, always within function-names' limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { MAX_NAME_LENGTH, nameFromComment, nameFromDominantCall } from '../src/python/words/helper-names.js';

function statementsOf(source: string) {
  return parsePython(source).rootNode.namedChildren;
}

test('a heading comment names the helper, filler words dropped', () => {
  assert.equal(nameFromComment('Resize the server to the bigger flavor.'), '_resize_server_to_bigger');
  assert.equal(nameFromComment('Test the rollback.'), '_do_test_rollback');
  assert.equal(nameFromComment('Plug the VIFs and make sure the server stays on its source host.'), '_plug_vifs');
  assert.equal(nameFromComment('Resize and confirm.'), '_resize_confirm');
  assert.equal(nameFromComment('...'), null);
});

test('the dominant call names the helper: its object in the plural', () => {
  assert.equal(nameFromDominantCall(statementsOf("self._start_compute('h1')\nself._start_compute('h2')\n")), '_start_computes');
  assert.equal(nameFromDominantCall(statementsOf("lines.append('a')\nlines.append('b')\nprint(lines)\n")), '_append_lines');
});

test('no name when no call dominates, or the call names no action', () => {
  assert.equal(nameFromDominantCall(statementsOf('a.run()\nb.stop()\n')), null, 'a tie');
  assert.equal(nameFromDominantCall(statementsOf('self.helper()\n')), null, 'a single call');
  assert.equal(nameFromDominantCall(statementsOf('x.server_name()\nx.server_name()\n')), null, 'not a verb');
  assert.equal(nameFromDominantCall(statementsOf('print(a)\nprint(b)\n')), null, 'builtins say nothing');
  assert.equal(nameFromDominantCall(statementsOf('self.assertEqual(a, b)\nself.assertEqual(c, d)\n')), null, 'assertions say nothing');
  assert.equal(nameFromDominantCall(statementsOf('f.write(a)\nf.write(b)\n')), null, 'a one-letter receiver');
});

test('names stay within 30 characters', () => {
  const name = nameFromDominantCall(statementsOf('self.register_notification_listener_callback(a)\nself.register_notification_listener_callback(b)\n'));
  assert.ok(name && name.length <= MAX_NAME_LENGTH, String(name));
});

test('checked calls make a check helper; locals and words that are not things make none', () => {
  assert.equal(nameFromDominantCall(statementsOf('assert merge_sorted(a) == b\nassert list(merge_sorted(c)) == d\n')), '_check_merge_sorted');
  assert.equal(nameFromDominantCall(statementsOf('x = check_valid(f)\ny = check_valid(g)\n'), new Set(['check_valid'])), null);
  assert.equal(nameFromDominantCall(statementsOf('x = merge_sorted(f)\ny = merge_sorted(g)\n')), null);
});

test('a name never ends on a word cut from what it helps', () => {
  assert.equal(nameFromComment('Fetch every record from the client'), '_fetch_every_record');
  assert.equal(nameFromComment("functools.partial objects can't be pickled"), null, 'no verb: an explanation');
  assert.equal(nameFromComment('and create them'), '_create');
});

test('a condition leaves the action after its comma; a remark names nothing', () => {
  assert.equal(nameFromComment('If the socket is closed, reopen the connection.'), '_reopen_connection');
  assert.equal(nameFromComment('if there are any actions'), null);
  assert.equal(nameFromComment('No need to lock here'), null);
  assert.equal(nameFromComment('XXX this is a hack'), null);
});

test('a sentence about the code, or a verb with an adverb, names nothing', () => {
  assert.equal(nameFromComment('Return value is the sentinel'), null);
  assert.equal(nameFromComment('Do not use the safe loader'), null);
  assert.equal(nameFromDominantCall(statementsOf('loop.call_soon(a)\nloop.call_soon(b)\n')), null);
});

test('a name does not end on a conjunction cut from its clause', () => {
  assert.equal(nameFromComment('Propagate CancelledError if it was raised'), '_propagate_cancellederror');
});
