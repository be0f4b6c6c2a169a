// Review suggestion 6: test names that say what they test, and no lost tests. Shadowed
// duplicates (the earlier test never runs) get a distinct name, camelCase tests become
// snake_case where the file's convention is snake_case, and `suggest` proposes
// descriptive names for vague tests. Renames go through the project rename engine.
import { defineTransform, type Finding, type RenameSuggestion, type Span } from '../src/engine/types.js';
import { collectDefinitionIndex, collectFileIndex, fingerprintOf, type FileIndex } from '../src/project/collect.js';
import { ProjectIndex } from '../src/project/index.js';
import { collectTests, type FileTests, type TestFacts } from '../src/project/test-facts.js';
import { identifierWords } from '../src/python/words/words.js';
import { checkedPlace, conventionalTestName, conventionOf, describingWords, duplicateName, isCamelTestName, isVagueTestName, nameStyleOf, onlyRepeatsContext, testName, vagueNameKept } from '../src/project/test-names.js';
import { isTestFile } from '../src/python/conventions/tests.js';
import { renameFindings } from '../src/project/rename-findings.js';
import { renameProject, type RenameProject } from './function-names.js';

interface FileData {
  index: FileIndex;
  tests: FileTests;
}

interface TestNamesProject {
  renames: RenameProject;
  /**
   * Shadowed duplicates (only their definition is renamed: nothing can refer to them),
   * and camelCase tests whose snake_case name is taken (reported, no fix).
   */
  duplicates: Record<string, { fingerprint: string; items: Array<{ message: string; kind?: string; at: Span; newName?: string }> }>;
  suggestions: RenameSuggestion[];
}

const TEST_CASE_BASE = /(^|\.)(TestCase|IsolatedAsyncioTestCase|TransactionTestCase|SimpleTestCase|LiveServerTestCase)$/;

/** Test classes: unittest TestCases (directly or through the project's bases), pytest `Test*` classes in test files. */
function isTestClass(index: ProjectIndex, path: string, classPath: readonly string[]): boolean {
  const qualified = index.classAt(path, classPath);
  if (!qualified) return false;
  for (const cls of [qualified, ...index.ancestors(qualified)]) {
    const symbol = index.symbols.get(cls);
    if (symbol?.definition.bases.some((base) => TEST_CASE_BASE.test(base))) return true;
  }
  return isTestFile(path) && /^Test/.test(classPath[classPath.length - 1] ?? '');
}

function isTest(index: ProjectIndex, path: string, facts: TestFacts): boolean {
  return facts.classPath.length ? isTestClass(index, path, facts.classPath) : isTestFile(path) && /^test/.test(facts.name);
}

/** Whether some word of the text starts with `test` or `Test` (a superset of test names and references to them). */
function mayNameTests(text: string): boolean {
  return /(?<![A-Za-z0-9])[tT]est/.test(text);
}

export default defineTransform({
  id: 'test-names',
  summary: 'Give shadowed duplicate tests distinct names, snake_case camelCase tests, propose descriptive names for vague ones',
  suggestion: 6,
  safety: 'unsafe',
  scope: 'project',
  conventions: ['lineLength', 'tests'],
  options: {
    duplicates: {
      type: 'enum',
      choices: ['report', 'rename'],
      default: 'report',
      description: 'a test shadowed by a later one of the same name never runs: report it, or rename it so that it runs again (it may fail: NumPy had two such tests that did)',
    },
    describe: { type: 'boolean', default: false, description: "suggest: propose names for vague tests (test_basic, test_1) from their docstring's first sentence (blind reviews rejected most: the class name or sibling names already said it)" },
    place: { type: 'boolean', default: false, description: 'suggest: propose the role and place the final assertions check (..._on_destination_host) when the name does not say it' },
    'snake-case': { type: 'boolean', default: true, description: "rename camelCase tests (testFooBar) to the `test_` form the class's other tests use: test_foo_bar, or test_fooBar where they are test_ and camelCase words (Twisted's standard)" },
    strings: {
      type: 'enum',
      choices: ['refuse', 'ignore'],
      default: 'refuse',
      description: 'when the old name also appears in a string (a skip list, load_tests, a -k expression): refuse the rename, or rename anyway',
    },
  },
  docs: {
    options: { duplicates: 'rename' },
    before: [
      'import unittest',
      '',
      '',
      'class ResizeTest(unittest.TestCase):',
      '    def test_resize(self):',
      '        self.assertTrue(resize_server())',
      '',
      '    def testResizeReverts(self):',
      '        self.assertTrue(revert_resize())',
      '',
      '    def test_resize(self):',
      '        self.assertTrue(confirm_resize())',
      '',
    ].join('\n'),
    after: [
      'import unittest',
      '',
      '',
      'class ResizeTest(unittest.TestCase):',
      '    def test_resize_server(self):',
      '        self.assertTrue(resize_server())',
      '',
      '    def test_resize_reverts(self):',
      '        self.assertTrue(revert_resize())',
      '',
      '    def test_resize(self):',
      '        self.assertTrue(confirm_resize())',
      '',
    ].join('\n'),
  },
  project: {
    // A file with no word starting with `test` or `Test` holds no test and cannot refer to
    // one: its outline serves the class hierarchy (most files of a project's code).
    outline: (_options, context) => !mayNameTests(context.text),
    quiet: (path, project: TestNamesProject) => !project.duplicates[path] && !project.renames.files[path],
    collect: (file): FileData =>
      mayNameTests(file.text) ? { index: collectFileIndex(file), tests: collectTests(file) } : { index: collectDefinitionIndex(file), tests: { tests: [], bodyNames: {} } },
    combine(files, options, renames, gate): TestNamesProject {
      const indexFiles = files.map(({ path, data }) => ({ path, data: data.index }));
      const index = new ProjectIndex(indexFiles);
      const plan = new Map<string, string>();
      const duplicates: TestNamesProject['duplicates'] = {};
      const suggestions: RenameSuggestion[] = [];
      // How the project spells the words after `test_` (Twisted: `test_fooBar`), for the
      // classes whose own names do not show it.
      // camelCase names of the code under test (`getTaggedValue`) say nothing of the style.
      const apiNames = new Set([...index.symbols.values()].map((symbol) => symbol.definition.name).filter((name) => !name.startsWith('test')));
      const projectStyle = nameStyleOf(files.flatMap(({ data }) => data.tests.tests.map((facts) => facts.name)), 'snake', apiNames);
      for (const { path, data } of files) {
        const module = index.moduleOfPath.get(path);
        if (!module) continue;
        const tests = data.tests.tests.filter((facts) => isTest(index, path, facts));
        const byBody = new Map<string, TestFacts[]>();
        for (const facts of tests) byBody.set(facts.classPath.join('.'), [...(byBody.get(facts.classPath.join('.')) ?? []), facts]);
        for (const [body, group] of byBody) {
          const convention = conventionOf(group.map((facts) => facts.name), projectStyle, apiNames);
          const bound = new Set(data.tests.bodyNames[body] ?? []);
          const chosen = new Set<string>();
          const taken = (name: string) => bound.has(name) || chosen.has(name);
          for (const facts of group) {
            const qualified = [module, ...facts.classPath, facts.name].join('.');
            if (facts.shadowed) {
              const later = group.filter((other) => other.name === facts.name && other.line > facts.line).pop();
              if (options.duplicates === 'report') {
                (duplicates[path] ??= { fingerprint: data.index.fingerprint, items: [] }).items.push({
                  message: `${facts.name} at line ${facts.line} is shadowed by the test of the same name at line ${later?.line ?? '?'} and never runs; not renamed, since it may fail once it runs (check it, then --set test-names.duplicates=rename)`,
                  at: facts.span,
                });
                continue;
              }
              const newName = duplicateName(facts, later, convention, taken);
              const entry = (duplicates[path] ??= { fingerprint: data.index.fingerprint, items: [] });
              const refusal = gate.admit(new Map([[path, [{ ...facts.span, text: newName }]]]), 'test-names');
              if (refusal) {
                entry.items.push({ message: `${facts.name} at line ${facts.line} is shadowed by a later test of the same name; not renamed to ${newName}: ${refusal.reason}`, kind: refusal.kind, at: facts.span });
                continue;
              }
              chosen.add(newName);
              entry.items.push({
                message: `${facts.name} at line ${facts.line} is shadowed by the test of the same name at line ${later?.line ?? '?'} and never runs; renamed to ${newName}, this lost test will run again`,
                at: facts.span,
                newName,
              });
              continue;
            }
            // A plan's entry for this test wins over its snake_case spelling.
            const snake = options['snake-case'] && convention !== 'camel' && isCamelTestName(facts.name) && !renames.has(qualified) ? conventionalTestName(facts.name, convention) : null;
            if (snake && renames.size > 0) {
              // A plan is the list of renames to make: the snake_case spelling of a test
              // it does not name is reported, for the plan's author to add.
              (duplicates[path] ??= { fingerprint: data.index.fingerprint, items: [] }).items.push({
                message: `${facts.name} is not named like the tests beside it: not renamed to ${snake}, which the plan given with --plan does not list (add "${qualified}" = "${snake}" to it)`,
                at: facts.span,
              });
            } else if (snake) {
              const newName = snake;
              if (!taken(newName)) {
                chosen.add(newName);
                plan.set(qualified, newName);
              } else {
                (duplicates[path] ??= { fingerprint: data.index.fingerprint, items: [] }).items.push({
                  message: `Not renaming ${facts.name} to ${newName}: ${newName} already exists in the same ${facts.classPath.length ? 'class' : 'module'}`,
                  at: facts.span,
                });
              }
            }
            const place = !options.place || isVagueTestName(facts.name) || renames.has(qualified) ? null : checkedPlace(facts);
            if (place) {
              const newName = snake ?? facts.name;
              const described = testName([...identifierWords(newName).slice(1), ...place.words], convention);
              if (!taken(described)) {
                chosen.add(described);
                suggestions.push({ qualified, newName: described, note: `${facts.name} at ${path}:${facts.line}: ${place.evidence}` });
              }
            }
            if (options.describe && isVagueTestName(facts.name) && !vagueNameKept(facts.name, group.map((other) => other.name))) {
              const described = describingWords(facts);
              const context = [...facts.classPath, path.replace(/^.*\//, '').replace(/\.py$/, '')];
              const newName = described && !onlyRepeatsContext(described.words, context) ? testName(described.words, convention) : null;
              // The plan's reader checks the name against the sentence it came from.
              const source = described ? `${described.source}: "${described.text.length > 100 ? `${described.text.slice(0, 97)}...` : described.text}"` : '';
              if (newName && newName !== facts.name && !isVagueTestName(newName) && !taken(newName)) {
                chosen.add(newName);
                suggestions.push({ qualified, newName, note: `${facts.name} at ${path}:${facts.line} is vague; the new name comes from ${source}` });
              }
            }
          }
        }
      }
      for (const [qualified, newName] of renames) plan.set(qualified, newName);
      return { renames: renameProject(indexFiles, plan, { family: 'rename', strings: options.strings, renameTests: true }, index, gate, 'test-names'), duplicates, suggestions };
    },
  },
  suggest: (project) => project.suggestions,
  *find(file, context): Generator<Finding> {
    const duplicates = context.project.duplicates[file.path];
    if (duplicates && duplicates.fingerprint === fingerprintOf(file.text)) {
      for (const item of duplicates.items) {
        const newName = item.newName;
        yield newName
          ? { message: item.message, at: item.at, fix: () => ({ title: `Rename the shadowed test to ${newName}`, edits: [{ ...item.at, text: newName }] }) }
          : // Read from the text as the project phase saw it: no later pass repeats it.
            { message: item.message, ...(item.kind ? { kind: item.kind } : {}), at: item.at, firstPassOnly: true };
      }
    }
    yield* renameFindings(context.project.renames.files, file.path, file.text, undefined, context.conventions.lineLength);
  },
});
