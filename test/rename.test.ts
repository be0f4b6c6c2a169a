// The project index and rename plans beyond the fixtures: bad plans are input errors
// (exit 2 before anything is written), suggest proposes reviewed plans.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { PlanError } from '../src/engine/errors.js';
import { runSources } from '../src/engine/project.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { collectFileIndex, collectFileIndexFor, indexForNames } from '../src/project/collect.js';
import { discoverFiles } from '../src/runner/discover.js';
import { ProjectIndex } from '../src/project/index.js';
import { realigner } from '../src/project/realignment.js';
import { proposeShorterNames, shortenName, withoutRepeatedContext } from '../src/project/shorter-names.js';
import functionNames from '../transforms/function-names.js';

const files = new Map([
  ['pkg/__init__.py', ''],
  ['pkg/mod.py', 'def resize_and_assert_error():\n    return 1\n'],
]);

describe('rename plans', () => {
  test('a plan naming an unknown symbol is an input error', () => {
    assert.throws(
      () => runSources(files, [{ transform: functionNames }], { allowUnsafe: true, renames: new Map([['pkg.mod.missing', 'x']]) }),
      (error: unknown) => error instanceof PlanError && /names 'pkg.mod.missing', which is not a function, class or method/.test(error.message),
    );
  });

  test('a plan already applied changes nothing', () => {
    const renamed = new Map([...files, ['pkg/mod.py', 'def resize_error():\n    return 1\n']]);
    const outcomes = runSources(renamed, [{ transform: functionNames }], { allowUnsafe: true, renames: new Map([['pkg.mod.resize_and_assert_error', 'resize_error']]) });
    assert.ok([...outcomes.values()].every((outcome) => outcome.status === 'unchanged'));
  });
});

describe("a rename's index of a file", () => {
  // What collectFileIndexFor must give: the whole index, filtered to the names.
  const both = (text: string, names: ReadonlySet<string>) => ({
    restricted: collectFileIndexFor(new SourceFile('pkg/mod.py', text, parsePython(text), 'pkg.mod'), names),
    whole: indexForNames(collectFileIndex(new SourceFile('pkg/mod.py', text, parsePython(text), 'pkg.mod')), names),
  });

  test("holds the whole index's places of its names, though it analyses only the bodies that spell them", () => {
    const text = [
      '"""Module: fetch() and fetch_all().',
      '',
      '>>> fetch(1)',
      '"""',
      'import mock',
      'from pkg import store',
      '',
      '',
      'def fetch(key):',
      '    """Fetch it with fetch_from_store; see also `other.fetch`."""',
      '    return store.fetch(key)',
      '',
      '',
      'def unrelated(obj, attribute):',
      '    global CACHE',
      '    CACHE = getattr(obj, attribute)',
      '    from pkg import helpers',
      '    return helpers.run(obj)',
      '',
      '',
      'def outer():',
      '    client = store.Client()',
      '    def inner():',
      '        nonlocal client',
      '        client = object()',
      '    inner()',
      '    return client.fetch(1), client.fetch.fetch, f"{client.fetch}"  # client.fetch here, not fetch_more',
      '',
      '',
      'def single():',
      '    client = store.Client()',
      '    return client.fetch(2)',
      '',
      '',
      'class Store(store.Base):',
      '    def fetch(self, key):',
      '        super().fetch(key)',
      '        return getattr(self, "fetch")(key)',
      '',
      '    def other(self):',
      '        class Local(Store):',
      '            def fetch(self, key):',
      '                return key',
      '        with mock.patch("pkg.mod.fetch"), mock.patch.object(Store, "fetch"):',
      '            return self.fetch(1), Local',
      '',
      '',
      "__all__ = ['fetch', 'Store']",
      '',
    ].join('\n');
    const { restricted, whole } = both(text, new Set(['fetch']));
    assert.deepEqual(restricted, whole);
    // Every kind of place is there to compare.
    assert.ok(whole.references.some((reference) => reference.kind === 'member' && reference.via === 'super'));
    assert.ok(whole.references.some((reference) => reference.kind === 'instance'));
    assert.ok(whole.strings.some((literal) => literal.context === 'patch') && whole.strings.some((literal) => literal.context === 'all'));
    assert.deepEqual(whole.dynamicAttributes, [{ line: 16 }]);
    assert.ok(whole.globals.includes('CACHE'));
    assert.equal(whole.localMethods.length, 1);
    assert.ok(whole.unknownAttributes['fetch'] && whole.doctestNames['fetch']);
    // The names of other methods and functions: analysed or not, none is kept.
    const { restricted: other, whole: otherWhole } = both(text, new Set(['fetch_from_store', 'run', 'Client']));
    assert.deepEqual(other, otherWhole);
    assert.ok(otherWhole.commentNames?.['fetch_from_store'] && otherWhole.references.some((reference) => reference.name === 'Client'));
  });

  test('is the same on a sample of the standard library, for names found everywhere', () => {
    const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    const files = discoverFiles([root], { exclude: ['site-packages/'], cwd: root }).filter((_, index) => index % 25 === 0);
    assert.ok(files.length > 20);
    let compared = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      for (const names of [new Set(['get']), new Set(['name', 'append']), new Set(['close', '_fetch', 'items'])]) {
        if (![...names].some((name) => text.includes(name))) continue;
        const { restricted, whole } = both(text, names);
        assert.deepEqual(restricted, whole, `${path}: ${[...names].join(', ')}`);
        compared++;
      }
    }
    assert.ok(compared > 30, `only ${compared} files compared`);
  });
});

describe('shorter names', () => {
  const options = { maxLength: 30, maxWords: 4 };
  test('drop filler words, never a word that carries meaning', () => {
    assert.equal(shortenName('resize_the_server_and_then_assert_the_error', options), 'resize_server_and_then_assert_error');
    assert.equal(shortenName('instance_get_all_by_host', options), null);
    assert.equal(shortenName('validate_and_default_volume_size', options), null);
    assert.equal(shortenName('SecurityGroupCannotBeApplied', options), null);
    assert.equal(shortenName('_is_not_a_valid_host', options), null);
    assert.equal(shortenName('_expression_collection_was_a_list', options), null);
    assert.equal(shortenName('_check_m2m_through_same_relationship', options), null);
    assert.equal(shortenName('_check_the_host_is_a_compute_node', options), '_check_host_is_a_compute_node');
    assert.equal(shortenName('_is_the_last_method_of_a_class', options), null);
    assert.equal(shortenName('set_a', options), null);
    assert.equal(shortenName('_wait_for_the_server_to_reach_the_active_state', { maxLength: 40, maxWords: 7 }), '_wait_for_server_to_reach_active_state');
    assert.equal(shortenName('getTheValueOfTheCurrentConfiguration', { maxLength: 40, maxWords: 5 }), 'getValueOfCurrentConfiguration');
    assert.equal(shortenName('_byte_offset_to_the_character_offset', { maxLength: 40, maxWords: 5 }), '_byte_offset_to_character_offset');
  });

  test('prepositions carry the relation and stay (judged on the standard library)', () => {
    assert.equal(shortenName('GetExtnNameForEvent', { maxLength: 15, maxWords: 4 }), null);
    assert.equal(shortenName('_optim_args_from_the_interpreter_flags', { maxLength: 40, maxWords: 5 }), '_optim_args_from_interpreter_flags');
    assert.equal(shortenName('add_call_item_to_queue', { maxLength: 20, maxWords: 4 }), null);
  });

  test('over-long is judged against the project: public names, exceptions and RPC methods stay', () => {
    const sources = new Map([
      ['svc/api.py', '__all__ = ["list_the_instances_of_the_host"]\n\n\ndef list_the_instances_of_the_host():\n    pass\n\n\nclass SecurityGroupCannotBeAppliedToTheInstance(Exception):\n    pass\n'],
      ['svc/_worker.py', 'def _set_the_vm_state_and_notify_the_user():\n    pass\n'],
      ['svc/rpcapi.py', 'class ComputeAPI:\n    def _live_migrate_the_instance_to_the_host(self):\n        pass\n'],
      ['svc/tests/test_worker.py', 'def test_set_the_vm_state_and_notify_the_user():\n    pass\n'],
    ]);
    const index = new ProjectIndex([...sources].map(([path, text]) => ({ path, data: collectFileIndex(new SourceFile(path, text, parsePython(text))) })));
    const proposals = proposeShorterNames(index, { maxLength: 0, maxWords: 0 });
    assert.deepEqual(proposals.map((proposal) => [proposal.oldName, proposal.newName, proposal.namesakes]), [
      ['_set_the_vm_state_and_notify_the_user', '_set_vm_state_and_notify_user', ['test_worker.test_set_the_vm_state_and_notify_the_user']],
    ]);
    const asked = proposeShorterNames(index, { maxLength: 0, maxWords: 0, public: true });
    assert.deepEqual(asked.map((proposal) => proposal.newName).sort(), ["SecurityGroupCannotBeAppliedToInstance", "_live_migrate_instance_to_host", "_set_vm_state_and_notify_user", "list_instances_of_host"]);
  });

  test('nothing when it cannot be shortened sensibly', () => {
    assert.equal(shortenName('supercalifragilisticexpialidocious_x', options), null);
  });
});

describe('test-names proposals', () => {
  test('a test whose final assertions are about one place gets it in its name, with the evidence', async () => {
    const { default: testNames } = await import('../transforms/test-names.js');
    const { selectTransforms, collectFile, combineProject } = await import('../src/engine/project.js');
    const source = [
      'from nova.tests import base',
      '',
      'class ServerMovingTests(base.TestCase):',
      '    def test_finish_resize_fails_allocation_cleanup(self):',
      '        server = self._boot_server()',
      '        self._resize_and_fail(server)',
      '        self.assertFlavorMatchesUsage(self.dest_rp_uuid, self.flavor)',
      '        self.assertEqual(self.dest_hostname, server.host)',
      '',
      '    def test_resize_reverts_allocations(self):',
      '        server = self._boot_server()',
      '        self._resize_and_fail(server)',
      '        self.assertFlavorMatchesUsage(self.source_rp_uuid, self.flavor)',
      '        self.assertFlavorMatchesUsage(self.dest_rp_uuid, self.flavor)',
      '',
      '    def test_live_migrate_to_dest_host(self):',
      '        self.assertEqual(self.dest_hostname, self._migrate())',
      '',
      '    def test_global_node_connectivity(self):',
      '        self.assertEqual(2, self.graph.local_node_connectivity(1, 2))',
      '',
      // A local copy is the expected value, not a place the test is about (pandas, NumPy).
      '    def test_read_from_url(self):',
      '        self.assertEqual(self.local_path, fetch(self.url))',
      '',
    ].join('\n');
    const selected = selectTransforms([{ transform: testNames, options: { describe: true, place: true } }]);
    const combined = combineProject(selected, [{ path: 'tests/test_moves.py', data: collectFile('tests/test_moves.py', source, selected) }], new Map());
    const proposals = testNames.suggest?.(combined[0]?.project as never, combined[0]?.options as never) ?? [];
    assert.deepEqual(
      proposals.map((proposal) => [proposal.newName, proposal.note]),
      [
        [
          'test_finish_resize_fails_allocation_cleanup_on_destination_host',
          'test_finish_resize_fails_allocation_cleanup at tests/test_moves.py:4: its final assertions (lines 7-8) check `dest_rp_uuid`, `dest_hostname`: the destination host, which the name does not say',
        ],
      ],
    );
  });

  test('vague tests get names from their docstring or first comment, never from what they call', async () => {
    const { default: testNames } = await import('../transforms/test-names.js');
    const { selectTransforms, collectFile, combineProject } = await import('../src/engine/project.js');
    const source = [
      'import unittest',
      '',
      'class ApiTest(unittest.TestCase):',
      '    def test_1(self):',
      '        """Deleting a server frees its allocations."""',
      '        delete_server()',
      '',
      '    def test_basic(self):',
      '        # Test listing servers on an empty host',
      '        list_servers()',
      '',
      '    def test_it(self):',
      '        with self.assertRaises(ValueError):',
      '            resize_server()',
      '        resize_server()',
      '',
      '    def test_resize_to_a_smaller_flavor(self):',
      '        resize_server()',
      '',
    ].join('\n');
    const selected = selectTransforms([{ transform: testNames, options: { describe: true, place: true } }]);
    const combined = combineProject(selected, [{ path: 'tests/test_api.py', data: collectFile('tests/test_api.py', source, selected) }], new Map());
    const proposals = testNames.suggest?.(combined[0]?.project as never, combined[0]?.options as never) ?? [];
    assert.deepEqual(
      proposals.map((proposal) => [proposal.qualified, proposal.newName]),
      [
        ['test_api.ApiTest.test_1', 'test_deleting_server_frees_allocations'],
        ['test_api.ApiTest.test_basic', 'test_listing_servers_on_empty_host'],
      ],
    );
    assert.equal(proposals[0]?.note, 'test_1 at tests/test_api.py:4 is vague; the new name comes from its docstring: "Deleting a server frees its allocations."');
  });
});

describe('test-names proposals read like a person wrote them', () => {
  const propose = async (body: string[], className = 'TimeTest', path = 'tests/test_time.py') => {
    const { default: testNames } = await import('../transforms/test-names.js');
    const { selectTransforms, collectFile, combineProject } = await import('../src/engine/project.js');
    const source = ['import random', 'import unittest', '', `class ${className}(unittest.TestCase):`, ...body, ''].join('\n');
    const selected = selectTransforms([{ transform: testNames, options: { describe: true, place: true } }]);
    const combined = combineProject(selected, [{ path, data: collectFile(path, source, selected) }], new Map());
    return (testNames.suggest?.(combined[0]?.project as never, combined[0]?.options as never) ?? []).map((proposal) => [proposal.qualified.split('.').pop(), proposal.newName]);
  };

  test('contractions are spelled out, articles dropped, prepositions kept, the name stops at the first clause', async () => {
    assert.deepEqual(
      await propose([
        '    def test_1(self):',
        '        # Check it doesn\'t accept stat\'ed files (bpo-1653736).',
        '        make_time()',
        '',
        '    def test_basic(self):',
        '        """Run the hooks in a subprocess since they call exit."""',
        '        run_hooks()',
        '',
        '    def test_simple(self):',
        '        """Tests for joining multiple subtrees at a root node."""',
        '        join_trees()',
      ]),
      [
        ['test_1', 'test_does_not_accept_stated_files'],
        ['test_basic', 'test_run_hooks_in_subprocess'],
        ['test_simple', 'test_joining_multiple_subtrees_at_root_node'],
      ],
    );
  });

  test('what a test calls names no test: silence (judged on SciPy, SymPy, NetworkX)', async () => {
    assert.deepEqual(
      await propose([
        '    def test_basic(self):',
        '        data = list(range(10))',
        '        random.shuffle(data)',
        '        self.assertEqual(sorted(data), list(range(10)))',
        '',
        '    def test_simple(self):',
        '        parse_time("10:00")',
        '        parse_time("11:00")',
        '',
        '    def test_it(self):',
        '        with self.assertRaises(ValueError):',
        '            parse_time("x")',
        '',
        '    def test__all__(self):',
        '        check__all__(self, time)',
      ]),
      [],
    );
  });

  test('a description cut short, with code, a single letter, a tracker reference, a step or only how it checks gives no name (SciPy, Twisted)', async () => {
    assert.deepEqual(
      await propose([
        '    def test_basic(self):',
        '        """',
        '        Test if height of prominences is correctly calculated in signal with',
        '        rising baseline (peak widths are 1 sample).',
        '        """',
        '        find_peaks()',
        '',
        '    def test_simple(self):',
        '        # use disp=True as smoke test for gh-8118',
        '        fmin_cobyla()',
        '',
        '    def test_one(self):',
        '        # Test use of the default values of the arguments `T` and `U`.',
        '        impulse()',
        '',
        '    def test_it(self):',
        '        # median_test calls chi2_contingency to compute the statistic',
        '        median()',
        '',
        '    def test_ok(self):',
        '        """L{Deferred.addCallback} works."""',
        '        median()',
        '',
        '    def test_general(self):',
        '        # Prepare basic signal',
        '        median()',
        '',
        '    def test_sanity(self):',
        '        """Simplest test case."""',
        '        median()',
        '',
        '    def test_case(self):',
        '        """Tests a beacon with a bunch of satellites, none of which used."""',
        '        median()',
        '',
        '    def test_works(self):',
        '        # Test with simple signal',
        '        median()',
        '',
        '    def test_misc(self):',
        '        # Test against hardcoded data',
        '        median()',
      ]),
      [],
    );
  });

  test('a numbered series and the base case of a family keep their names (SciPy, SymPy)', async () => {
    assert.deepEqual(
      await propose([
        '    def test_01(self):',
        '        """Impulse response of a first order system."""',
        '        impulse()',
        '',
        '    def test_02(self):',
        '        """Impulse response with a repeated root."""',
        '        impulse()',
        '',
        '    def test_simple(self):',
        '        """Solving a real two by two system."""',
        '        solve()',
        '',
        '    def test_simple_complex(self):',
        '        solve()',
      ]),
      [],
    );
  });

  test('a name that repeats its class or module says nothing new (TestKaiser.test_basic)', async () => {
    assert.deepEqual(await propose(['    def test_basic(self):', '        """Kaiser windows."""', '        kaiser()'], 'TestKaiserWindows', 'tests/test_windows.py'), []);
  });

  test('after judging Lib/test: __all__ checks, bug numbers and main are not vague; only a heading comment names', async () => {
    assert.deepEqual(
      await propose([
        '    def test_all(self):',
        '        check(time.__all__)',
        '',
        '    def test_705836(self):',
        '        parse_time("10:00")',
        '',
        '    def test_main(self):',
        '        run_main()',
        '',
        '    def test_one(self):',
        '        parse_time("10:00")',
        '        # This exec crap is needed because of the import',
        '        exec("import time")',
        '',
        '    def testMisc(self):',
        '        testme = AllTests()',
        '        gth(testme)',
        '        gth(testme)',
      ]),
      [],
    );
  });
});

test('a negation or a relation (by, from, to) is never dropped', () => {
  assert.equal(shortenName('StartBoundaryNotFoundDefect', { maxLength: 20, maxWords: 3 }), null);
  assert.equal(shortenName('_check_value_is_not_empty_for_field', { maxLength: 20, maxWords: 3 }), null);
  assert.equal(shortenName('get_record_by_name_from_cache', { maxLength: 30, maxWords: 4 }), null);
  assert.equal(shortenName('get_record_by_name_from_the_cache', { maxLength: 30, maxWords: 6 }), 'get_record_by_name_from_cache');
});

test('mixed-style names get no proposal rather than a mangled one', () => {
  assert.equal(shortenName('CTask_CFuture_Tests_For_Everything_Here', { maxLength: 20, maxWords: 3 }), null);
  assert.equal(shortenName('make_request_and_skipIf', { maxLength: 20, maxWords: 3 }), null);
});

describe('a name that repeats its context', () => {
  const indexOf = (sources: Map<string, string>) =>
    new ProjectIndex([...sources].map(([path, text]) => ({ path, data: collectFileIndex(new SourceFile(path, text, parsePython(text))) })));
  const proposal = (sources: Map<string, string>, qualified: string) => {
    const index = indexOf(sources);
    const symbol = index.symbols.get(qualified);
    assert.ok(symbol, qualified);
    return withoutRepeatedContext(symbol, index);
  };
  const spelled = (body: string, call: string) => new Map([['pkg/__init__.py', ''], ['pkg/_shapes.py', `${body}\n\ndef _use(args):\n    return ${call}\n`]]);

  test('loses the words its every caller spells before it', () => {
    const body = 'class TimerQueue:\n    @staticmethod\n    def _timer_queue_drain_pending(args):\n        return args\n';
    assert.equal(proposal(spelled(body, 'TimerQueue._timer_queue_drain_pending(args)'), 'pkg._shapes.TimerQueue._timer_queue_drain_pending'), '_drain_pending');
    const camel = 'class Tls:\n    @staticmethod\n    def _tlsShutdownConnection(args):\n        return args\n';
    assert.equal(proposal(spelled(camel, 'Tls._tlsShutdownConnection(args)'), 'pkg._shapes.Tls._tlsShutdownConnection'), '_shutdownConnection');
  });

  test('keeps them where a caller does not spell the context, or what remains says too little', () => {
    const body = 'class TimerQueue:\n    def _timer_queue_drain_pending(self):\n        return self\n\n    def run(self):\n        return self._timer_queue_drain_pending()\n';
    assert.equal(proposal(spelled(body, 'TimerQueue._timer_queue_drain_pending(args)'), 'pkg._shapes.TimerQueue._timer_queue_drain_pending'), null, 'self. does not say the class');
    const unknown = 'class TimerQueue:\n    @staticmethod\n    def _timer_queue_drain_pending(args):\n        return args\n';
    assert.equal(proposal(spelled(unknown, 'args._timer_queue_drain_pending()'), 'pkg._shapes.TimerQueue._timer_queue_drain_pending'), null, 'an object of unknown class');
    const generic = 'class Kronecker:\n    @staticmethod\n    def _kronecker_add(args):\n        return args\n';
    assert.equal(proposal(spelled(generic, 'Kronecker._kronecker_add(args)'), 'pkg._shapes.Kronecker._kronecker_add'), null, 'one word left');
    const noun = 'class InstanceState:\n    @staticmethod\n    def _instance_level_processor(args):\n        return args\n';
    assert.equal(proposal(spelled(noun, 'InstanceState._instance_level_processor(args)'), 'pkg._shapes.InstanceState._instance_level_processor'), null, 'no verb left: instance-level is one word');
    const action = 'class DateTimeCheckMixin:\n    @staticmethod\n    def _check_fix_default(args):\n        return args\n';
    assert.equal(proposal(spelled(action, 'DateTimeCheckMixin._check_fix_default(args)'), 'pkg._shapes.DateTimeCheckMixin._check_fix_default'), null, 'check is the action, not the class');
    const family = 'class TimerQueue:\n    @staticmethod\n    def _timer_queue_drain_pending(args):\n        return args\n\n    @staticmethod\n    def _timer_queue_flush_pending(args):\n        return args\n';
    assert.equal(proposal(spelled(family, 'TimerQueue._timer_queue_drain_pending(args)'), 'pkg._shapes.TimerQueue._timer_queue_drain_pending'), null, 'a family of names shares the prefix');
  });

  test('a public name is proposed only when asked, like every other', () => {
    const sources = new Map([
      ['pkg/__init__.py', ''],
      ['pkg/cache.py', 'def cache_lookup_entry(key):\n    return key\n'],
      ['pkg/store.py', 'from . import cache\n\n\ndef read(key):\n    return cache.cache_lookup_entry(key)\n'],
    ]);
    const index = indexOf(sources);
    assert.deepEqual(proposeShorterNames(index, { maxLength: 0, maxWords: 0 }), []);
    assert.deepEqual(proposeShorterNames(index, { maxLength: 0, maxWords: 0, public: true }).map((item) => item.newName), ['lookup_entry']);
  });

  test('keeps them where the shorter name is known in the class hierarchy or its modules', () => {
    const sources = new Map([
      ['pkg/__init__.py', ''],
      ['pkg/_limits.py', 'def _process_limits(limits):\n    return limits\n\n\nclass ExprWithLimits:\n    def __init__(self, limits):\n        self.limits = _process_limits(limits)\n'],
      ['pkg/_indexed.py', 'from ._limits import ExprWithLimits\n\n\nclass IndexedIntegral(ExprWithLimits):\n    def __init__(self, limits):\n        super().__init__(IndexedIntegral._indexed_process_limits(limits))\n\n    @staticmethod\n    def _indexed_process_limits(limits):\n        return limits\n'],
    ]);
    assert.equal(proposal(sources, 'pkg._indexed.IndexedIntegral._indexed_process_limits'), null);
    const alone = new Map([...sources, ['pkg/_limits.py', 'class ExprWithLimits:\n    def __init__(self, limits):\n        self.limits = limits\n']]);
    assert.equal(proposal(alone, 'pkg._indexed.IndexedIntegral._indexed_process_limits'), '_process_limits');
  });
});

describe('continuation lines aligned with a bracket a rename moves', () => {
  const text = 'def caller(a):\n    return run_it(a,\n                  b)\n';
  const at = text.indexOf('run_it');
  const rename = (name: string) => [{ start: at, end: at + 'run_it'.length, text: name }];

  test('move with it, either way', () => {
    assert.deepEqual(realigner(text, null)(rename('run')), [{ start: text.indexOf('  b)') - 16, end: text.indexOf('  b)') - 13, text: '' }]);
    assert.deepEqual(realigner(text, null)(rename('run_it_now')), [{ start: text.indexOf('  b)') - 16, end: text.indexOf('  b)') - 16, text: '    ' }]);
  });

  test('stay where the shift would pass the line length, or nothing lines up', () => {
    assert.deepEqual(realigner(text, 22)(rename('run_it_now')), []);
    const hanging = 'def caller(a):\n    return run_it(\n        a, b)\n';
    const start = hanging.indexOf('run_it');
    assert.deepEqual(realigner(hanging, null)([{ start, end: start + 6, text: 'run' }]), []);
  });
});

describe('files that do not spell the old name are indexed by their outline only', () => {
  test('their definitions still count: a new name taken in a subclass elsewhere refuses the rename', () => {
    const files = new Map([
      ['pkg/__init__.py', ''],
      ['pkg/base.py', 'class Base:\n    def fetch_rows(self):\n        return []\n'],
      ['pkg/child.py', 'from pkg.base import Base\n\n\nclass Child(Base):\n    def rows(self):\n        return [1]\n'],
    ]);
    const outcomes = runSources(files, [{ transform: functionNames }], { allowUnsafe: true, renames: new Map([['pkg.base.Base.fetch_rows', 'rows']]) });
    assert.equal(outcomes.get('pkg/base.py')?.status, 'unchanged');
    assert.match(outcomes.get('pkg/base.py')?.findings.map((finding) => finding.message).join('\n') ?? '', /rows already exists in pkg\.child\.Child/);
  });
});

describe('mentions in comments and docstrings', () => {
  test('each is renamed where its line stays within the limit, and left where it would not', () => {
    const source = [
      'class Connection:',
      '    def ensure_connection(self):',
      '        """Public interface of _ensure_connection for retro-compatibility."""',
      '        # calls _ensure_connection',
      '        return self._ensure_connection()',
      '',
      '    def _ensure_connection(self):',
      '        return 1',
      '',
    ].join('\n');
    const files = new Map([['pkg/__init__.py', ''], ['pkg/conn.py', source]]);
    const renames = new Map([['pkg.conn.Connection._ensure_connection', '_ensure_transport_connection']]);
    const output = runSources(files, [{ transform: functionNames }], { allowUnsafe: true, renames, lineLength: 79 }).get('pkg/conn.py')?.output ?? '';
    assert.match(output, /"""Public interface of _ensure_connection for retro-compatibility\."""/);
    assert.match(output, /# calls _ensure_transport_connection\n        return self\._ensure_transport_connection\(\)/);
  });
});
