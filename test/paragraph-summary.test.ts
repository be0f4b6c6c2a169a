// Unit tests of src/python/summaries/paragraph-summary.ts: statements read as actions, merged,
// and silence when the code cannot be said better than it says itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { summarizeParagraph } from '../src/python/summaries/paragraph-summary.js';

/** The summary of the statements of `source` (a function body, dedented). */
function summary(source: string): string | null {
  const module = parsePython(`${source}\n`).rootNode;
  return summarizeParagraph(module.namedChildren.filter((child) => child.type !== 'comment'));
}

test('the phrasings of the issue', () => {
  assert.equal(summary('flavors = self.api.get_flavors()'), 'Get the flavors from the API.');
  assert.equal(summary("self._start_compute('host1')\nself._start_compute('host2')"), 'Start compute host1 and host2.');
  assert.equal(summary('super().setUp()'), 'Run the base class set-up.');
  assert.equal(summary('super(ResizeTest, self).__init__(name)'), 'Run the base class initializer.');
  assert.equal(summary('self.host = host\nself.port = port'), 'Keep host and port for later use.');
  // A starting value is not something kept (judged on asyncio's constructors).
  assert.equal(summary('self._loop = None\nself._callbacks = {}'), 'Initialize loop and callbacks.');
  assert.equal(summary("for arg in ('start', 'top'):\n    parser.add_argument(arg)"), 'Add each argument.');
});

test('constructors, checks, loops and clean-ups', () => {
  assert.equal(summary('client = HTTPClient(url)'), 'Create an HTTP client.');
  assert.equal(summary('a = Rational(1)\nb = Rational(2)'), 'Create rationals.');
  assert.equal(summary("self.assertEqual('ACTIVE', server['status'])\nassert len(flavors) == 2"), 'Check the server status and the flavors.');
  assert.equal(summary('for host in hosts:\n    self._stop_compute(host)'), 'Stop the compute for each host.');
  assert.equal(summary('self.addCleanup(self.api.delete_server, server_id)\nself.api.close()'), 'Delete the server on clean-up and close the API.');
  assert.equal(summary('api = self.connect_api(config)\nreturn api'), 'Connect to the API.');
  assert.equal(summary('await self.wait_ready()\ncount = 0\nself.send(message)'), 'Wait for the ready and send the message.');
});

test('up to three actions in a sentence', () => {
  assert.equal(
    summary('server = self._create_server(flavor)\nself.start_server(server)\nself.check_server(server)'),
    'Create the server, start the server and check the server.',
  );
  assert.equal(summary('self.open_a()\nself.close_b()\nself.start_c()\nself.stop_d()'), null);
});

test('silence when a statement cannot be read or the comment would echo the code', () => {
  assert.equal(summary("self._start_compute('host1')"), null);
  assert.equal(summary('self.flags(use_neutron=True)\nsuper().setUp()'), null);
  assert.equal(summary('with open(path) as stream:\n    data = stream.read()'), null);
  assert.equal(summary('if ready:\n    self.start()'), null);
  assert.equal(summary('assert x.is_integer is True'), null);
  assert.equal(summary('self.compute(values)'), null);
  assert.equal(summary('self.a = a\nself.b = b\nself.c = c\nself.d = d\nself.e = e'), null);
  assert.equal(summary('count = 0\nreturn count'), null);
});

test('after judging the standard library: names that say nothing, constants, expected exceptions', () => {
  assert.equal(summary('o = C1()\nself.assertEqual(repr(o), "x")'), null);
  assert.equal(summary('t.cancel()\nself.assertTrue(handle._cancelled)'), null);
  assert.equal(summary('self.loop.run_until_complete(run())\nself.assertEqual(DONE, 11)'), null);
  assert.equal(summary('self.check(before, after)\nself.check(after, before)'), null);
  assert.equal(summary('self.con = sqlite.connect(":memory:")\nself.cur = self.con.cursor()'), null);
  assert.equal(summary('os.set_blocking(fileno, False)\nself._loop.call_soon(callback)'), null);
  assert.equal(summary('self.assertEqual(tree.body.value.values.first, 3)\nself.assertTrue(ready)'), null);
  assert.equal(summary('self.assertEqual(a.host, 1)\nself.assertEqual(a.port, 2)\nself.assertEqual(a.user, 3)'), null);
  assert.equal(summary('self.assertRaises(TclError, c.create, 20)\nself.assertRaises(IndexError, c.create)'), 'Expect TclError and IndexError.');
});

test('repeated results are counted', () => {
  assert.equal(summary('first = self.loop.create_future()\nsecond = self.loop.create_future()'), 'Create the futures.');
  assert.equal(summary('smtp = smtplib.SMTP(host)\nself.addCleanup(smtp.close)'), 'Create an SMTP and close the SMTP on clean-up.');
});

/** The summary of a paragraph of the function `name`. */
function summaryIn(name: string, source: string): string | null {
  const module = parsePython(`${source}\n`).rootNode;
  return summarizeParagraph(module.namedChildren.filter((child) => child.type !== 'comment'), Number.POSITIVE_INFINITY, name);
}

test('after judging the standard library again: what is kept, reset, created, cleaned up and checked', () => {
  // An empty string is a starting value; a constant or a literal is not something kept.
  assert.equal(summary('self.errors = errors\nself.buffer = ""'), 'Keep errors for later use and initialize buffer.');
  assert.equal(summary('self._state = _State.CREATED'), null);
  assert.equal(summary("self.common = {'a': 1}"), null);
  assert.equal(summary('self.args = (code, msg, sender)'), 'Keep arguments for later use.');
  // Outside set-up a starting value resets; letting go of a closed object says nothing.
  assert.equal(summaryIn('reset_mock', 'self.called = False\nself.call_count = 0'), 'Reset called and call count.');
  assert.equal(summaryIn('tearDown', 'self.loop.close()\nself.loop = None'), 'Close the loop.');
  assert.equal(summaryIn('setUp', 'self.called = False\nself.call_count = 0'), 'Initialize called and call count.');
  // Class names: a private one is still a class, a one-letter prefix stays as written.
  assert.equal(summary('self.mock_calls = _CallList()'), 'Create a call list.');
  assert.equal(summary('self._lock = threading.RLock()'), 'Create an RLock.');
  // A class called for its effect (an alias of a check) creates nothing we can name.
  assert.equal(summary('Equal(engine.isre(), False)\nengine.revar.set(1)'), null);
  // A clean-up acts on its arguments, not on the module of its function.
  assert.equal(summary('self.addCleanup(os_helper.unlink, filename)'), 'Unlink the filename on clean-up.');
  // The receiver of a method called on a call's result is not the argument.
  assert.equal(summary('unittest.FunctionTestCase(test).run(result)\nself.assertEqual(events, expected)'), null);
  // `findall` and `countOf` leave no thing after the verb; `assert_*` helpers are not checks.
  assert.equal(summary("self.assertEqual(len(root.findall('.//b')), 2)"), null);
  assert.equal(summary('self.assertEqual(countOf(d, k), 1)'), null);
  assert.equal(summary('assert_python_failure("-c", code)\nself.assertTrue(done)'), null);
  // A verb with its preposition on an owner; vague names stay silent.
  assert.equal(summary('self.finish.set()\nself.synchro.wait()'), 'Set the finish and wait for the synchro.');
  assert.equal(summary('self.cur.close()\nself.con.close()'), null);
  // An echo spelled with a glued verb (`setup` is `set up`).
  assert.equal(summary('_setup_dialog(self)'), null);
});

test('after judging the standard library again: one thing acted on twice, states and new values', () => {
  assert.equal(summary('sock.unwrap()\nsock.close()'), 'Unwrap and close the sock.');
  assert.equal(summary('self._box.lock()\nself._box.unlock()'), 'Lock and unlock the box.');
  // A new state set outside set-up is not a reset.
  assert.equal(summaryIn('open', 'self._writing = True\nreturn self'), null);
  assert.equal(summaryIn('close', 'self._closed = False'), 'Reset closed.');
  // `queue_empty(q)` says a state, not a thing; sleep takes its preposition.
  assert.equal(summary('time.sleep(DELTA)\nself.assertEqual(queue_empty(queue), False)'), null);
  assert.equal(summary('time.sleep(delay)\nself.server.stop()'), 'Sleep for the delay and stop the server.');
  // A loop over a name that says nothing.
  assert.equal(summary('for i in range(n):\n    self.assertEqual(t[i], i)'), null);
});

test('a class whose name holds a short word is still named (TypeVarTuple)', () => {
  assert.equal(summary("Ts = TypeVarTuple('Ts')\nT1 = TypeVar('T1')\nT2 = TypeVar('T2')"), 'Create a type var tuple and type vars.');
});
