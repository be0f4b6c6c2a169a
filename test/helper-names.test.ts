// Helper names of split-functions: from a heading comment, or from the call a paragraph
// is made of, always within function-names' limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { MAX_NAME_LENGTH, isAssertionGroup, nameFromAssertions, nameFromChosenValue, nameFromComment, nameFromDominantCall, nameFromGuards, namesCamelCase, promisesValue, styledName } from '../src/python/words/helper-names.js';

function statementsOf(source: string) {
  return parsePython(source).rootNode.namedChildren;
}

test('a heading comment names the helper, filler words dropped', () => {
  assert.equal(nameFromComment('Reserve the resources on the destination host.'), '_reserve_resources', 'what follows the object says where');
  assert.equal(nameFromComment('Build a map to use to convert NS names into IP addresses.'), null, 'what follows to is the purpose');
  assert.equal(nameFromComment('Test the rollback.'), null, 'a name starting with test would be collected');
  assert.equal(nameFromComment('Plug the VIFs and make sure the server stays on its source host.'), null, 'the first action is not all of it');
  assert.equal(nameFromComment('Resize and confirm.'), '_resize_confirm');
  assert.equal(nameFromComment('...'), null);
});

test('the dominant call names the helper: its object in the plural', () => {
  assert.equal(nameFromDominantCall(statementsOf("self._start_compute('h1')\nself._start_compute('h2')\n")), '_start_computes');
  assert.equal(nameFromDominantCall(statementsOf("lines.append('a')\nlines.append('b')\n")), null, 'a verb alone names no object');
});

test('the dominant call names the helper only when every statement makes it', () => {
  assert.equal(nameFromDominantCall(statementsOf("lines.append('a')\nlines.append('b')\nprint(lines)\n")), null);
  assert.equal(nameFromDominantCall(statementsOf("server_dict.pop('a')\nserver_dict.pop('b')\n")), null, 'pop gathers nothing into its receiver');
  assert.equal(nameFromDominantCall(statementsOf('self.call_mock(a)\nself.call_mock(b)\n')), null, 'a generic verb');
  assert.equal(nameFromDominantCall(statementsOf('self.start_test(a)\nself.start_test(b)\n')), null, 'a generic object');
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
  assert.ok(name === null || name.length <= MAX_NAME_LENGTH, String(name));
  assert.equal(nameFromComment('Wait for the versioned notifications of the instance'), null, 'never cut from its object');
});

test('checked calls make no helper name; locals and words that are not things make none', () => {
  assert.equal(nameFromDominantCall(statementsOf('assert merge_sorted(a) == b\nassert list(merge_sorted(c)) == d\n')), null);
  assert.equal(nameFromDominantCall(statementsOf('x = check_valid(f)\ny = check_valid(g)\n'), new Set(['check_valid'])), null);
  assert.equal(nameFromDominantCall(statementsOf('x = merge_sorted(f)\ny = merge_sorted(g)\n')), null);
});

test('a name never ends on a word cut from what it helps', () => {
  assert.equal(nameFromComment('Fetch every record from the client'), '_fetch_every_record');
  assert.equal(nameFromComment("functools.partial objects can't be pickled"), null, 'no verb: an explanation');
  assert.equal(nameFromComment('and create them'), null, 'a verb alone says too little');
  assert.equal(nameFromComment("Ensure the base class hasn't been defined yet"), null, 'a negation');
  assert.equal(nameFromComment('Create the server, the volume and the port'), null, 'a list');
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

test('names follow the file: camelCase where its functions are, and a value verb promises a value', () => {
  assert.equal(styledName('_determine_default_namespace', true), '_determineDefaultNamespace');
  assert.equal(styledName('__use_fixtures', false), '__use_fixtures');
  assert.equal(namesCamelCase(['getChild', 'renderHeader', 'test_x', 'setUp']), true);
  assert.equal(namesCamelCase(['setUp', 'useFixture', 'get_child']), false);
  assert.equal(promisesValue('_get_search_parameters'), true);
  assert.equal(promisesValue('_update_collected_instances'), false);
});

test('a name does not end on a conjunction cut from its clause', () => {
  assert.equal(nameFromComment('Propagate CancelledError if it was raised'), '_propagate_cancellederror');
});

test('a group of assertions is named after what all of them check', () => {
  const transport = statementsOf("self.assertEqual(self.transport.value(), b'')\nself.assertFalse(self.transport.disconnecting)\nassert self.transport.disconnected is False\n");
  assert.ok(isAssertionGroup(transport));
  assert.equal(nameFromAssertions(transport, 'self'), '_assert_transport', 'the receiver left out');
  assert.equal(nameFromAssertions(statementsOf("self.assertEqual(2, len(cart.lines))\nself.assertTrue(cart.closed)\n"), 'self'), '_assert_cart', 'the literal is not the subject; len() wraps it');
  assert.equal(nameFromAssertions(statementsOf('assert a.is_real is False\nassert a.is_zero is False\n')), null, 'a one-letter subject names a variable');
  assert.equal(nameFromAssertions(statementsOf("assert M.nodes[n]['a'] == 1\nassert M.nodes[n]['b'] == 2\n")), null, 'every part of the chain must be a word');
  assert.equal(nameFromAssertions(statementsOf('assert system1.speeds == 1\nassert system1.states == 2\n')), null, 'a subject with a digit');
  assert.equal(nameFromAssertions(statementsOf('assert_raises(Exception, f, 1, incx=0)\nassert_raises(Exception, f, 1, offx=5)\n')), null, 'assertRaises checks its callable, here f');
  assert.equal(nameFromAssertions(statementsOf('assert left.size == 1\nassert right.size == 1\n')), null, 'two subjects');
  assert.equal(isAssertionGroup(statementsOf('result = compute()\nassert result.size == 1\n')), false);
});

test('a block of guards on one local is _check_<local>', () => {
  const locals = new Set(['align', 'graph']);
  assert.equal(nameFromGuards(statementsOf("if align not in ('a', 'b'):\n    raise ValueError(align)\n"), locals), '_check_align');
  assert.equal(nameFromGuards(statementsOf("if align not in ('a', 'b'):\n    raise ValueError(align)\nif graph.is_directed():\n    raise TypeError()\n"), locals), null, 'two locals');
  assert.equal(nameFromGuards(statementsOf("if align:\n    raise ValueError()\nelse:\n    pass\n"), locals), null, 'an else is more than a guard');
  assert.equal(nameFromGuards(statementsOf("if len(DE.exts) != 2:\n    raise ValueError()\n"), new Set(['DE'])), null, 'a two-letter local names a variable');
});

test('a block that only chooses its result is _get_<result>', () => {
  const chooser = "if isinstance(other, Monomial):\n    exponents = other.exponents\nelif isinstance(other, tuple):\n    exponents = other\nelse:\n    raise TypeError()\n";
  assert.equal(nameFromChosenValue(statementsOf(chooser), 'exponents'), '_get_exponents');
  assert.equal(nameFromChosenValue(statementsOf('spec = find_spec(name)\nif not spec:\n    raise ImportError(name)\n'), 'spec'), '_get_spec');
  assert.equal(nameFromChosenValue(statementsOf("if w is not None:\n    variant = w\nelse:\n    variant = n\n"), 'variant'), null, 'a conditional expression');
  assert.equal(nameFromChosenValue(statementsOf(chooser.replace(/exponents/g, 'worN')), 'worN'), null, 'a fragment');
  assert.equal(nameFromChosenValue(statementsOf(chooser.replace(/exponents/g, 'reduce')), 'reduce'), null, 'a verb');
  assert.equal(nameFromChosenValue(statementsOf(chooser.replace(/exponents/g, 'expr')), 'expr'), null, 'a placeholder');
  assert.equal(nameFromChosenValue(statementsOf("if a:\n    factors = 1\n    log(factors)\nelse:\n    raise TypeError()\n"), 'factors'), null, 'a branch does more than bind');
});
