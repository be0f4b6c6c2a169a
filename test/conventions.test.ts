// Project conventions: each source (setup.cfg, tox.ini, .flake8, pyproject.toml for black
// and ruff, the code itself, [tool.pycodemod] and --set overrides), the learning rules,
// `pycodemod conventions`, bad configuration files (named with their line, exit 2), and
// the conventions reaching every transform in the workers.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { conventionsOf, defaultConventionsData, type ConventionsData } from '../src/engine/conventions.js';
import { conventionsFromScans, learnConventions, scanBatches } from '../src/project/conventions/detect.js';
import { VocabularyCounter, vocabularyThreshold } from '../src/project/conventions/learn.js';
import { fileHabits } from '../src/python/conventions/file-habits.js';
import { WorkerPool } from '../src/runner/pool.js';
import { runPaths } from '../src/runner/run.js';
import { cli, pluginPath, project } from './support/cli.js';

/** A throwaway project that is its own repository root, so no file above it is read. */
function repository(files: Record<string, string>): string {
  const directory = project(files);
  mkdirSync(join(directory, '.git'));
  return directory;
}

async function conventionsOf_(directory: string, ...args: string[]): Promise<ConventionsData> {
  const result = await cli(directory, 'conventions', '--format', 'json', ...args);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as ConventionsData;
}

const LONG = `x = "${'a'.repeat(90)}"\n`;

describe('line length', () => {
  test('max-line-length of [flake8] in setup.cfg, tox.ini, .flake8; [pycodestyle] too', async () => {
    for (const [file, text, line] of [
      ['setup.cfg', '[metadata]\nname = demo\n\n[flake8]\nexclude = build\nmax-line-length = 100\n', 6],
      ['tox.ini', '[tox]\nenvlist = py3\n[flake8]\nmax-line-length=110\n', 4],
      ['.flake8', '[flake8]\nmax_line_length: 99\n', 2],
      ['setup.cfg', '[pycodestyle]\nmax-line-length = 120\n', 2],
    ] as const) {
      const data = await conventionsOf_(repository({ [file]: text, 'a.py': 'x = 1\n' }));
      assert.equal(data.lineLength.origin, 'configured');
      assert.match(data.lineLength.source, new RegExp(`^${file.replace('.', '\\.')}:${line} \\[(flake8|pycodestyle)\\] max-line-length$`));
      assert.equal(data.lineLength.value, Number(/max.line.length\s*[=:]\s*(\d+)/.exec(text)![1]));
    }
  });

  test('a [flake8] section without it means 79, whatever the code shows', async () => {
    const data = await conventionsOf_(repository({ 'setup.cfg': '[flake8]\nexclude = build\n', 'a.py': LONG.repeat(20) }));
    assert.equal(data.lineLength.value, 79);
    assert.match(data.lineLength.source, /setup\.cfg \[flake8\]/);
  });

  test('line-length of [tool.ruff] and [tool.black]; a table without it is the tool default, 88', async () => {
    const ruff = await conventionsOf_(repository({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 100\n', 'a.py': 'x = 1\n' }));
    assert.deepEqual([ruff.lineLength.value, ruff.lineLength.source], [100, 'pyproject.toml:5 [tool.ruff] line-length']);
    const black = await conventionsOf_(repository({ 'pyproject.toml': '[tool.black]\ntarget-version = ["py38"]\n', 'a.py': 'x = 1\n' }));
    assert.equal(black.lineLength.value, 88);
  });

  test('flake8 (the lint gate) wins over black', async () => {
    const data = await conventionsOf_(repository({ 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'tox.ini': '[flake8]\nmax-line-length = 79\n', 'a.py': 'x = 1\n' }));
    assert.equal(data.lineLength.value, 79);
  });

  test('learnt from the code: the limit all but a handful of lines keep; within 79 is 79', () => {
    const short = learnConventions([{ path: 'a.py', text: 'x = 1\n'.repeat(50) }]);
    assert.equal(short.lineLength.value, 79);
    assert.equal(short.lineLength.origin, 'learnt');
    const wide = `y = f(${'b, '.repeat(33)})\n`;
    const files = Array.from({ length: 10 }, (_, index) => ({ path: `m${index}.py`, text: 'x = 1\n'.repeat(100) + wide.repeat(3) }));
    assert.equal(learnConventions(files).lineLength.value, 110);
    // A handful of long lines (a URL) does not move the limit.
    const handful = [...files.slice(0, 9).map((file) => ({ ...file, text: 'x = 1\n'.repeat(100) })), { path: 'u.py', text: wide.repeat(3) }];
    assert.equal(learnConventions(handful).lineLength.value, 79);
  });

  test('long lines of docstrings and comments do not count: formatters leave them long', () => {
    const doc = `def f():\n    \"\"\"Do it.\n\n    ${'see '.repeat(30)}\n    \"\"\"\n    # ${'why '.repeat(30)}\n    return 1\n`;
    const data = learnConventions(Array.from({ length: 10 }, (_, index) => ({ path: `m${index}.py`, text: doc.repeat(5) })));
    assert.equal(data.lineLength.value, 79);
    assert.match(data.lineLength.source, /learnt from 110 lines of code in 10 files, 0 longer/);
  });

  test('a string too long for a line of its own, or a comment after code within the limit, does not count: Black leaves them long', () => {
    const strings = `def f(a):\n    raise ValueError(\n        "${'c'.repeat(90)}"\n    )\n    x = f"${'d'.repeat(84)}"\n    return a  # ${'why '.repeat(22)}\n`;
    const data = learnConventions(Array.from({ length: 10 }, (_, index) => ({ path: `m${index}.py`, text: strings.repeat(5) })));
    assert.equal(data.lineLength.value, 79);
    // A string a formatter could have moved to a line of its own within 88 still counts.
    const movable = `def f(a):\n    raise ValueError("${'c'.repeat(70)}")\n`;
    assert.equal(learnConventions(Array.from({ length: 10 }, (_, index) => ({ path: `m${index}.py`, text: movable.repeat(5) }))).lineLength.value, 99);
  });

  test('code that keeps to no common limit gets the widest', () => {
    const wide = `y = f(${'b, '.repeat(43)})\n`;
    const data = learnConventions([{ path: 'a.py', text: wide.repeat(20) }]);
    assert.equal(data.lineLength.value, 120);
    assert.match(data.lineLength.source, /keeps to no common limit/);
  });
});

describe('docstrings', () => {
  const fn = (body: string) => `def f(a):\n    """${body}"""\n    return a\n\n\n`;
  const sphinx = fn('Do it.\n\n    :param a: the thing\n    :returns: the result\n    ');
  const google = fn('Do it.\n\n    Args:\n        a: the thing\n    ');
  const numpy = fn('Do it.\n\n    Parameters\n    ----------\n    a : int\n    ');
  const prose = fn('\n    Do it.\n\n    More words about it.\n    ');

  test('the style most sectioned docstrings use, and where the summary goes', () => {
    const data = learnConventions([{ path: 'a.py', text: sphinx.repeat(5) + google + prose.repeat(4) }]);
    assert.equal(data.docstringStyle.value, 'sphinx');
    assert.match(data.docstringStyle.source, /learnt from 10 docstrings of several lines \(5 Sphinx, 1 Google, 0 NumPy, 4 prose\)/);
    assert.equal(data.docstringLayout.value.summaryOnQuoteLine, true);
    assert.equal(learnConventions([{ path: 'a.py', text: numpy.repeat(4) }]).docstringStyle.value, 'numpy');
    assert.equal(learnConventions([{ path: 'a.py', text: google.repeat(4) }]).docstringStyle.value, 'google');
  });

  test('the verb form summaries open with: two in three of those opening with a verb, at least ten', () => {
    const summary = (text: string) => `def f(a):\n    """${text}"""\n    return a\n\n\n`;
    const third = summary('Returns the value.').repeat(8) + summary('Applies the patch.').repeat(2) + summary('Return it.').repeat(3);
    const data = learnConventions([{ path: 'a.py', text: third + summary('Is it so?').repeat(5) }]);
    assert.equal(data.docstringMood.value, 'third-person');
    assert.match(data.docstringMood.source, /learnt from 13 docstring summaries opening with a verb \(3 imperative, 10 third person\)/);
    assert.equal(learnConventions([{ path: 'a.py', text: summary('Return the value.').repeat(10) }]).docstringMood.value, 'imperative');
    assert.equal(learnConventions([{ path: 'a.py', text: summary('Return the value.').repeat(6) + summary('Returns it.').repeat(5) }]).docstringMood.value, 'none');
    assert.equal(learnConventions([{ path: 'a.py', text: summary('Return the value.').repeat(9) }]).docstringMood.value, 'none');
    assert.equal(learnConventions([{ path: 'a.py', text: 'x = 1\n' }]).docstringMood.origin, 'default');
  });

  test('the docstring width: the smallest common limit all but one docstring line in fifty keep', () => {
    const wide = `def f(a):\n    """${'word '.repeat(16)}\n\n    ${'x'.repeat(80)}\n    """\n    return a\n\n\n`;
    const narrow = `def g(a):\n    """Return a.\n\n    More words about it.\n    """\n    return a\n\n\n`;
    // 4 lines each, 2 of the wide ones past 79: half past 79 (fontTools writes to 88), or one in forty, a handful (Django keeps 79).
    assert.equal(learnConventions([{ path: 'a.py', text: wide.repeat(20) }]).docstringWidth.value, 88);
    const data = learnConventions([{ path: 'a.py', text: wide.repeat(2) + narrow.repeat(38) }]);
    assert.equal(data.docstringWidth.value, 79);
    assert.match(data.docstringWidth.source, /learnt from 160 docstring lines, 4 longer/);
    assert.equal(learnConventions([{ path: 'a.py', text: narrow.repeat(3) }]).docstringWidth.origin, 'default');
  });

  test('plain when sections are rare; summary on the next line when most do so', () => {
    const data = learnConventions([{ path: 'a.py', text: prose.repeat(40) + google.repeat(3) }]);
    assert.equal(data.docstringStyle.value, 'plain');
    assert.equal(data.docstringLayout.value.summaryOnQuoteLine, false);
  });

  test('epytext fields (@param) are counted, and give prose: no transform writes them', () => {
    const epytext = fn('Do it.\n\n    @param a: the thing\n    @return: the result\n    ');
    const data = learnConventions([{ path: 'a.py', text: epytext.repeat(8) + prose.repeat(2) }]);
    assert.equal(data.docstringStyle.value, 'plain');
    assert.match(data.docstringStyle.source, /8 epytext, 2 prose/);
  });

  test('a string after a statement that is no def or class is no docstring', () => {
    const data = learnConventions([{ path: 'a.py', text: `x = 1\n"""${google.slice(0, 0)}Args:\n    a: b\n"""\n` }]);
    assert.equal(data.docstringStyle.origin, 'default');
  });

  test('a configured convention wins (pydocstyle, ruff)', async () => {
    const directory = repository({ 'setup.cfg': '[pydocstyle]\nconvention = numpy\n', 'a.py': sphinx.repeat(5) });
    const data = await conventionsOf_(directory);
    assert.deepEqual([data.docstringStyle.value, data.docstringStyle.source], ['numpy', 'setup.cfg:2 [pydocstyle] convention']);
    const ruff = await conventionsOf_(repository({ 'pyproject.toml': '[tool.ruff.lint.pydocstyle]\nconvention = "google"\n', 'a.py': sphinx.repeat(5) }));
    assert.deepEqual([ruff.docstringStyle.value, ruff.docstringStyle.source], ['google', 'pyproject.toml:2 [tool.ruff.lint.pydocstyle] convention']);
  });
});

describe('quotes', () => {
  const strings = (single: number, double: number) => `a = ['x'${", 'y'".repeat(single - 1)}]\nb = ["x"${', "y"'.repeat(double - 1)}]\n`;

  test('a clear project-wide majority; none when the project is split, never per file', () => {
    assert.equal(learnConventions([{ path: 'a.py', text: strings(30, 5) }]).quotes.value, 'single');
    assert.equal(learnConventions([{ path: 'a.py', text: strings(5, 30) }]).quotes.value, 'double');
    // Each file has a clear majority, in opposite directions: the project has none.
    const split = learnConventions([{ path: 'a.py', text: strings(21, 1) }, { path: 'b.py', text: strings(1, 21) }]);
    assert.equal(split.quotes.value, null);
    assert.match(split.quotes.source, /22 single-quoted, 22 double-quoted: no clear majority/);
  });

  test('strings whose text holds a quote, docstrings and f-strings do not count', () => {
    const data = learnConventions([{ path: 'a.py', text: `${`x = "it's"\n`.repeat(30)}${`y = f'{x}'\n`.repeat(30)}` }]);
    assert.equal(data.quotes.value, null);
  });

  test('declared by black (double unless skip-string-normalization), ruff format, flake8-quotes', async () => {
    const code = { 'a.py': strings(30, 1) };
    const cases: Array<[Record<string, string>, string | null, RegExp]> = [
      [{ 'pyproject.toml': '[tool.black]\n' }, 'double', /\[tool\.black\]/],
      [{ 'pyproject.toml': '[tool.black]\nskip-string-normalization = true\n' }, 'single', /learnt/],
      [{ 'pyproject.toml': '[tool.ruff.format]\nquote-style = "double"\n' }, 'double', /pyproject\.toml:2 \[tool\.ruff\.format\] quote-style/],
      [{ 'pyproject.toml': '[tool.ruff.lint.flake8-quotes]\ninline-quotes = "double"\n' }, 'double', /inline-quotes/],
      [{ 'tox.ini': '[flake8]\ninline-quotes = "\n' }, 'double', /tox\.ini:2 \[flake8\] inline-quotes/],
    ];
    for (const [config, value, source] of cases) {
      const data = await conventionsOf_(repository({ ...config, ...code }));
      assert.equal(data.quotes.value, value, JSON.stringify(config));
      assert.match(data.quotes.source, source);
    }
  });
});

describe('logging', () => {
  test("the project's logger name and the import it comes from; a wrapper is the idiom", () => {
    const wrapped = 'from oslo_log import log as logging\n\nLOG = logging.getLogger(__name__)\n\n\ndef f():\n    LOG.debug("x")\n';
    const plain = 'import logging\n\nlogger = logging.getLogger(__name__)\n';
    const data = learnConventions([
      ...Array.from({ length: 3 }, (_, index) => ({ path: `w${index}.py`, text: wrapped })),
      { path: 'p.py', text: plain },
      { path: 'tests/test_x.py', text: plain },
      { path: 'tests/test_y.py', text: plain },
    ]);
    assert.deepEqual(data.logging.value, {
      logs: true,
      loggerName: 'LOG',
      importStatement: 'from oslo_log import log as logging',
      factory: 'logging.getLogger(__name__)',
    });
  });

  test('a library whose modules mostly do not log does not log', () => {
    const files = Array.from({ length: 20 }, (_, index) => ({ path: `m${index}.py`, text: 'def f():\n    return 1\n' }));
    files.push({ path: 'log.py', text: 'import logging\nlogger = logging.getLogger("lib")\n' });
    const data = learnConventions(files);
    assert.equal(data.logging.value.logs, false);
    assert.equal(data.logging.value.loggerName, 'logger');
  });

  test('a module that logs through an imported logger logs, and that logger is the idiom', () => {
    const files = Array.from({ length: 3 }, (_, index) => ({ path: `m${index}.py`, text: 'from twisted.python import log\n\n\ndef f():\n    log.msg("x")\n' }));
    files.push({ path: 'n.py', text: 'from twisted.logger import Logger\n\nlog = Logger()\n' });
    assert.deepEqual(learnConventions(files).logging.value, { logs: true, loggerName: 'log', importStatement: 'from twisted.python import log', factory: null });
  });
});

describe('trailing commas', () => {
  test('exploded brackets of one element, with or without a trailing comma', () => {
    const sole = 'f(\n    a,\n)\nx = [\n    1,\n]\n';
    const bare = 'f(\n    a\n)\n';
    assert.equal(learnConventions([{ path: 'a.py', text: sole.repeat(3) + bare }]).trailingCommaAfterSoleElement.value, true);
    assert.equal(learnConventions([{ path: 'a.py', text: bare.repeat(6) + sole }]).trailingCommaAfterSoleElement.value, false);
  });

  test('parenthesised expressions, subscripts and comprehensions are not counted', () => {
    const text = 'x = (\n    a\n)\ny = d[\n    k\n]\nz = f(\n    a for a in b\n)\nreturn (\n    a\n)\n'.repeat(3);
    assert.equal(learnConventions([{ path: 'a.py', text }]).trailingCommaAfterSoleElement.origin, 'default');
  });
});

describe('vocabulary', () => {
  test('the threshold grows with the project: one module in twenty, at least four', () => {
    assert.equal(vocabularyThreshold(10), 4);
    assert.equal(vocabularyThreshold(80), 4);
    assert.equal(vocabularyThreshold(1000), 50);
  });

  test('names and word parts used across many modules; not those of a few', () => {
    const files = Array.from({ length: 40 }, (_, index) => ({
      path: `m${index}.py`,
      text: `def f${index}(ctxt, instance_ref):\n    return CONF.x${index < 3 ? ' + rare_tmp' : ''}\n`,
    }));
    const vocabulary = new Set(learnConventions(files).vocabulary.value);
    for (const word of ['ctxt', 'CONF', 'ref', 'instance_ref']) assert.ok(vocabulary.has(word), word);
    for (const word of ['rare_tmp', 'tmp', 'f1']) assert.ok(!vocabulary.has(word), word);
    // A name in strings or comments only is no identifier of the code.
    const prose = Array.from({ length: 10 }, (_, index) => ({ path: `p${index}.py`, text: `x = 'ctxt'  # ctxt\n` }));
    assert.ok(!learnConventions(prose).vocabulary.value.includes('ctxt'));
  });

  test('a word used many times over in a few modules is vocabulary too; one used a few times is not', () => {
    const expressions = Array.from({ length: 3 }, (_, index) => ({
      path: `expressions${index}.py`,
      text: `def resolve${index}(expr, rare_tmp):\n${'    expr = expr.resolve(expr)\n'.repeat(8)}    return expr\n`,
    }));
    const others = Array.from({ length: 37 }, (_, index) => ({ path: `m${index}.py`, text: `def g${index}(value):\n    return value\n` }));
    const vocabulary = new Set(learnConventions([...expressions, ...others]).vocabulary.value);
    assert.ok(vocabulary.has('expr'));
    assert.ok(!vocabulary.has('tmp'));
    assert.ok(!vocabulary.has('rare_tmp'));
  });
});

describe('a run learns them in its worker threads', () => {
  test('each thread scans a share of the files: the conventions are those of one scan of them all', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 24 }, (_, index) => [
        `pkg/m${index}.py`,
        `def resolve${index}(expr, ctxt):\n    '''Return the value.'''\n    return expr.resolve(ctxt, 'x%d' % ${index})${index % 3 ? ' + [\n        1,\n    ]' : ''}\n`,
      ]),
    );
    const root = project(files);
    const learnt = async (...ids: string[]) =>
      (
        await runPaths({
          paths: [root],
          cwd: root,
          jobs: 2,
          isolated: true,
          settings: { choices: ids.map((id) => ({ id, options: {} })), transformModules: [], unsafe: false, explicit: [], renames: [], write: false, diff: false, keepText: false },
        })
      ).conventions;
    const texts = Object.entries(files).map(([path, text]) => ({ path, text })).sort((a, b) => a.path.localeCompare(b.path));
    const everything = await learnt('variable-names', 'exception-handling', 'quote-style', 'docstrings', 'trailing-commas');
    assert.deepEqual(everything, learnConventions(texts));
    assert.ok(everything.vocabulary.value.includes('ctxt'));
    assert.equal(everything.logging.origin, 'learnt');
    // A run learns only what its transforms read: the vocabulary for variable-names, the
    // exception habits for exception-handling, the habits read token by token but the
    // docstrings' (quotes, trailing commas) for trailing-commas, all of them for
    // quote-style (which reads how docstrings are laid out), and the line length alone
    // (and the tests) for comments.
    const defaults = defaultConventionsData();
    const { vocabulary, logging, raiseFrom, bareExcept, docstringStyle, docstringLayout, docstringMood, docstringWidth, quotes } = defaults;
    const { trailingCommaAfterSoleElement } = defaults;
    const docstringHabits = { docstringStyle, docstringLayout, docstringMood, docstringWidth };
    const tokenHabits = { ...docstringHabits, quotes, trailingCommaAfterSoleElement };
    assert.deepEqual(await learnt('variable-names'), { ...everything, logging, raiseFrom, bareExcept, ...tokenHabits });
    assert.deepEqual(await learnt('exception-handling'), { ...everything, vocabulary, ...tokenHabits });
    const tokens = await learnt('trailing-commas');
    assert.deepEqual(tokens, learnConventions(texts, { vocabulary: false, exceptions: false, habits: true, docstrings: false }));
    assert.deepEqual(tokens, { ...everything, vocabulary, logging, raiseFrom, bareExcept, ...docstringHabits });
    const docstrings = await learnt('quote-style');
    assert.deepEqual(docstrings, learnConventions(texts, { vocabulary: false, exceptions: false, habits: true, docstrings: true }));
    assert.deepEqual(docstrings, { ...everything, vocabulary, logging, raiseFrom, bareExcept });
    const lines = await learnt('comments');
    assert.deepEqual(lines, learnConventions(texts, { vocabulary: false, exceptions: false, habits: false, docstrings: false }));
    assert.deepEqual(lines, { ...everything, vocabulary, logging, raiseFrom, bareExcept, ...tokenHabits });
    // What those runs did not learn differs from the defaults here: the test tells them apart.
    assert.notEqual(everything.quotes.value, quotes.value);
    assert.notEqual(everything.docstringMood.value, docstringMood.value);
    assert.notEqual(everything.trailingCommaAfterSoleElement.value, trailingCommaAfterSoleElement.value);
  });
});

describe('test code', () => {
  test('the usual directories and file names, and other directories full of tests', () => {
    const conventions = conventionsOf(
      learnConventions([
        ...Array.from({ length: 4 }, (_, index) => ({ path: `pkg/unittests/check_${index}.py`, text: 'def test_x():\n    pass\n' })),
        { path: 'pkg/core.py', text: 'x = 1\n' },
      ]),
    );
    assert.ok(conventions.isTestFile('pkg/unittests/check_9.py'));
    assert.ok(conventions.isTestFile('pkg/tests/helpers.py'));
    assert.ok(conventions.isTestFile('pkg/test_core.py'));
    assert.ok(conventions.isTestFile('pkg/conftest.py'));
    assert.ok(!conventions.isTestFile('pkg/core.py'));
    assert.ok(!conventions.isTestFile('pkg/testing_utils.py'));
  });
});

describe('overrides', () => {
  test('[tool.pycodemod] keys and --set KEY=VALUE win, and say so', async () => {
    const directory = repository({
      'setup.cfg': '[flake8]\nmax-line-length = 79\n',
      'pyproject.toml': '[tool.pycodemod]\nline-length = 100\nquotes = "single"\nvocabulary = ["ctx"]\ntest-directories = ["checks"]\n',
      'a.py': 'x = "a"\n',
    });
    const data = await conventionsOf_(directory);
    assert.deepEqual([data.lineLength.value, data.lineLength.origin, data.lineLength.source], [100, 'override', 'pyproject.toml [tool.pycodemod] line-length']);
    assert.equal(data.quotes.value, 'single');
    assert.ok(data.vocabulary.value.includes('ctx'));
    assert.deepEqual(data.tests.value.directories, ['checks']);
    const set = await conventionsOf_(directory, '--set', 'line-length=120', '--set', 'quotes=none', '--set', 'docstring-style=sphinx');
    assert.deepEqual([set.lineLength.value, set.lineLength.source], [120, '--set line-length']);
    assert.equal(set.quotes.value, null);
    assert.equal(set.docstringStyle.value, 'sphinx');
  });

  test('--isolated reads no configuration file', async () => {
    const data = await conventionsOf_(repository({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n', 'a.py': 'x = 1\n' }), '--isolated');
    assert.equal(data.lineLength.origin, 'learnt');
  });

  test('a bad override value: one line, exit 2', async () => {
    const directory = repository({ 'a.py': 'x = 1\n' });
    for (const [args, message] of [
      [['--set', 'line-length=wide'], /--set line-length: expected a whole number of columns; got "wide"/],
      [['--set', 'quotes=backtick'], /--set quotes: expected single, double or none/],
      [['--set', 'colour=red'], /--set colour=red: unknown convention 'colour'; valid: line-length/],
    ] as const) {
      const result = await cli(directory, 'conventions', ...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
    const configured = await cli(repository({ 'pyproject.toml': '[tool.pycodemod]\ndocstring-style = "rst"\n', 'a.py': '' }), 'conventions');
    assert.equal(configured.status, 2);
    assert.match(configured.stderr, /pyproject\.toml \[tool\.pycodemod\] docstring-style: expected google, numpy, sphinx, plain; got "rst"/);
  });
});

describe('bad configuration files: named with their line, exit 2', () => {
  for (const [name, files, message] of [
    ['a key before any section', { 'setup.cfg': 'max-line-length = 80\n[flake8]\n' }, /setup\.cfg:1: a key before any \[section\]/],
    ['a line that is no key', { 'tox.ini': '[tox]\nenvlist = py3\nthis is not ini\n' }, /tox\.ini:3: expected 'key = value' or a \[section\]/],
    ['a broken section header', { '.flake8': '\n[flake8\nmax-line-length = 80\n' }, /\.flake8:2: malformed section header/],
    ['a length that is no number', { 'setup.cfg': '[flake8]\n\nmax-line-length = wide\n' }, /setup\.cfg:3: expected a whole number of columns, got 'wide'/],
    ['invalid TOML', { 'pyproject.toml': '[tool.black]\nline-length = [\n' }, /pyproject\.toml:3(:\d+)?: not valid TOML/],
  ] as const) {
    test(name, async () => {
      const directory = repository({ ...files, 'a.py': 'x = 1\n' });
      for (const command of [['conventions'], ['.']]) {
        const result = await cli(directory, ...command);
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, message);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      }
    });
  }
});

describe('conventions reach every transform', () => {
  test('in the workers, as context.conventions', async () => {
    const directory = repository({ 'setup.cfg': '[flake8]\nmax-line-length = 99\n', 'a.py': 'x = 1\n', 'tests/b.py': 'y = 2\n' });
    const result = await cli(directory, '--plugin', pluginPath('report-conventions'), '-t', 'report-conventions', '--format', 'json', '-j', '2', '.');
    assert.equal(result.status, 0, result.stderr);
    const messages = (JSON.parse(result.stdout) as { findings: Array<{ file: string; message: string }> }).findings.map((finding) => `${finding.file}: ${finding.message}`);
    assert.deepEqual(messages.sort(), [
      'a.py: line-length=99 quotes=null docstring-style=google test=false',
      'tests/b.py: line-length=99 quotes=null docstring-style=google test=true',
    ]);
  });

  test('a library call without conventions gets the defaults', () => {
    const defaults = conventionsOf(defaultConventionsData());
    assert.equal(defaults.lineLength, 79);
    assert.equal(defaults.quotes, null);
  });
});

describe('pycodemod conventions prints each with its source', () => {
  test('text', async () => {
    const result = await cli(repository({ 'setup.cfg': '[flake8]\nmax-line-length = 99\n', 'a.py': 'x = 1\n' }), 'conventions');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^line length: 99\n    \(setup\.cfg:2 \[flake8\] max-line-length\)\n/);
    for (const name of ['docstring style', 'docstring summary', 'quotes', 'logging', 'trailing comma after a sole element', 'vocabulary', 'test code']) {
      assert.match(result.stdout, new RegExp(`^${name}: .*\\n    \\(.+\\)$`, 'm'));
    }
  });
});

describe('exceptions', () => {
  const raiser = 'def f(d, k):\n    try:\n        return d[k]\n    except KeyError as e:\n        raise LookupError(k) from e\n';
  const spread = 'def g(d, k):\n    try:\n        return d[k]\n    except KeyError as e:\n        raise LookupError(\n            k,\n        ) from e\n';
  const implicit = 'def h(d, k):\n    try:\n        return d[k]\n    except KeyError as e:\n        raise LookupError(k)\n';
  const helper = 'from . import util\n\ndef i(d, k):\n    try:\n        return d[k]\n    except KeyError as e:\n        util.raise_(LookupError(k), from_=e)\n';
  const python2 = 'from __future__ import absolute_import\n';

  test('raise ... from: written where the project writes it once on Python 3 (spread over lines too)', () => {
    assert.equal(learnConventions([{ path: 'a.py', text: raiser }, { path: 'b.py', text: implicit }]).raiseFrom.value, true);
    assert.equal(learnConventions([{ path: 'a.py', text: spread }]).raiseFrom.value, true);
  });

  test('not where it never writes it, chains through a helper of its own, or keeps Python 2', () => {
    assert.equal(learnConventions([{ path: 'a.py', text: implicit }]).raiseFrom.value, false);
    const helpers = [{ path: 'a.py', text: raiser }, ...Array.from({ length: 3 }, (_, n) => ({ path: `h${n}.py`, text: helper }))];
    assert.equal(learnConventions(helpers).raiseFrom.value, false);
    const old = Array.from({ length: 6 }, (_, n) => ({ path: `m${n}.py`, text: python2 + raiser }));
    assert.equal(learnConventions(old).raiseFrom.value, false);
    assert.match(learnConventions(old).raiseFrom.source, /6 of 6 modules importing Python 2 features/);
  });

  test('bare except: an idiom where the project writes many', () => {
    const bare = 'try:\n    x()\nexcept:\n    pass\n';
    const narrow = 'try:\n    x()\nexcept ValueError:\n    pass\n';
    assert.equal(learnConventions(Array.from({ length: 12 }, (_, n) => ({ path: `m${n}.py`, text: bare + narrow.repeat(5) }))).bareExcept.value, true);
    assert.equal(learnConventions([{ path: 'a.py', text: bare + narrow.repeat(200) }]).bareExcept.value, false);
  });
});

test('the vocabulary counts each name and word part once per module, and every use of a part', () => {
  const counter = new VocabularyCounter();
  counter.count(fileHabits('get_get = 1\nserver_id = get_get + x_server\nserver_id += 1\n'));
  counter.count(fileHabits('def server_list(server_id):\n    return server_id\n'));
  const counts = counter.counts();
  assert.equal(counts.modules, 2);
  assert.deepEqual([...counts.names], [['get_get', 1], ['server_id', 2], ['x_server', 1], ['server_list', 1]]);
  // In the order first met; `x` (one letter) is no part; `get` twice in one name is two uses.
  assert.deepEqual([...counts.parts], [['get', 1], ['server', 2], ['id', 2], ['list', 1]]);
  assert.deepEqual([...counts.partUses], [['get', 4], ['server', 6], ['id', 4], ['list', 1]]);
});

test('files are scanned in batches, in order, about sixteen for each thread', () => {
  const paths = Array.from({ length: 1000 }, (_, index) => `m${index}.py`);
  const batches = scanBatches(paths, 2);
  assert.deepEqual(batches.flat(), paths);
  assert.equal(batches.length, 32);
  // A handful of files: one batch of at most eight.
  assert.deepEqual(scanBatches(paths.slice(0, 5), 2), [paths.slice(0, 5)]);
  assert.deepEqual(scanBatches([], 2), []);
});

test('the workers, each scanning the batches it takes, learn what one thread learns', async () => {
  // Uneven files, so that the threads take different numbers of batches; names in some
  // files only, so that the vocabulary adds up across threads; both quotes.
  const files: Record<string, string> = {};
  for (let index = 0; index < 120; index++) {
    const lines = Array.from({ length: 1 + ((index * 37) % 90) }, (_, line) => `srv_ctx_${line % 7} = ${line % 3 ? "'a'" : '"b"'}  # ${index}`);
    files[`pkg/m${index}.py`] = `"""Module ${index}."""\n${lines.join('\n')}\n${index % 5 ? '' : 'def get_conn(req):\n    return req\n'}`;
  }
  const directory = repository(files);
  const paths = Object.keys(files).map((path) => join(directory, path));
  const parts = { vocabulary: true, exceptions: true, habits: true, docstrings: true };
  const pool = new WorkerPool(2, { choices: [], transformModules: [], unsafe: false, explicit: [], renames: [], write: false, diff: false, keepText: false });
  let scans;
  try {
    scans = await pool.scan(paths, directory, parts);
  } finally {
    await pool.close();
  }
  assert.deepEqual(
    scans.files.map((scan) => scan?.path),
    Object.keys(files),
  );
  const learnt = conventionsFromScans(scans.files.filter((scan) => scan !== null), scans.vocabulary, parts);
  const oneThread = learnConventions(Object.entries(files).map(([path, text]) => ({ path, text })), parts);
  assert.deepEqual(learnt, oneThread);
  assert.equal(scans.vocabulary.modules, 120);
  assert.equal(scans.vocabulary.names.get('get_conn'), 24);
});
