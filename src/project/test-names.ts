// Choosing test names: snake_case spellings of camelCase tests, distinct names for
// shadowed duplicates, descriptive names for vague tests. Every name keeps the `test`
// prefix (discovery), follows the file's convention and collides with nothing.
import { caseStyleOf, identifierWords, joinIdentifier, splitIdentifier } from '../python/words/words.js';
import type { TestFacts } from './test-facts.js';

export type TestConvention = 'snake' | 'camel' | 'prefixed-camel';

const FILLER = new Set(['a', 'an', 'the', 'and', 'of', 'for', 'to', 'with', 'that', 'this', 'is', 'are', 'be', 'it', 'its', 'in', 'on', 'we', 'should', 'can', 'test', 'tests', 'check', 'checks', 'ensure', 'ensures', 'verify', 'verifies', 'make', 'sure', 'when', 'if']);
/**
 * Words that say nothing about what is tested. Not among them, after the standard
 * library: `all` (`test_all` checks `__all__`), `main`, `run`, `default`, `new` (they name
 * what is tested: `Py_RunMain`, the `default=` hook), numbers of three digits or more
 * (`test_705836` names the bug it guards against), and `foo`, `bar`: a test runner's own
 * tests name their sample tests so (Twisted's `BasicTest.test_foo`).
 */
const VAGUE = new Set(['basic', 'basics', 'simple', 'it', 'works', 'work', 'ok', 'general', 'misc', 'stuff', 'thing', 'things', 'case', 'cases', 'everything', 'one', 'two', 'other', 'more', 'again', 'example', 'sanity']);
const MAX_WORDS = 6;
/** Verbs that say nothing alone: a call named `do_test` or `run_check` names no unit. */
const GENERIC_VERBS = new Set(['do', 'run', 'call', 'check', 'helper', 'inner', 'impl', 'go', 'exec']);

/** The words of a name after its `test` prefix. */
function wordsAfterTest(name: string): string[] {
  const words = identifierWords(name);
  return words[0] === 'test' ? words.slice(1) : words;
}

/** `test_1`, `test_basic`, `testIt`: nothing in the name says what is tested. */
export function isVagueTestName(name: string): boolean {
  // `test__all__` is a convention (it checks the module's `__all__`), not a vague name.
  if (/^test_?__\w+__$/.test(name)) return false;
  const words = wordsAfterTest(name);
  return words.every((word) => VAGUE.has(word) || /^\d{1,2}$/.test(word));
}

/**
 * How tests are named: `test_x_y` (snake), `testXY` (camel), or `test_` then camelCase
 * words (`test_xY`: Twisted's standard, which gives `test_GET`, `test_parseHeaders`).
 */
export type NameStyle = 'snake' | 'prefixed-camel';

/**
 * What a name shows of the style after `test_`: `test_foo` alone shows nothing, nor does
 * a part that spells a name of the code under test (`test_getTaggedValue` in zope, whose
 * own tests are snake_case: the camelCase is the API's, not the tests' style).
 */
function styleShown(name: string, apiNames?: ReadonlySet<string>): NameStyle | null {
  const rest = /^test_([A-Za-z0-9]\w*)$/.exec(name)?.[1];
  if (!rest) return null;
  const parts = rest.split('_').filter((part) => part && !apiNames?.has(part));
  // `test_fooBar`, `test_parse_extraSpaces`, `test_GET`: camelCase words after the prefix.
  if (parts.some((part) => /[a-z0-9][A-Z]/.test(part)) || /^[A-Z]{2,}$/.test(parts[0] ?? '')) return 'prefixed-camel';
  return rest.includes('_') ? 'snake' : null;
}

/** The style most names that show one follow (snake when none do or they tie). */
export function nameStyleOf(names: readonly string[], fallback: NameStyle = 'snake', apiNames?: ReadonlySet<string>): NameStyle {
  let snake = 0;
  let camel = 0;
  for (const name of names) {
    const shown = styleShown(name, apiNames);
    if (shown === 'snake') snake++;
    else if (shown === 'prefixed-camel') camel++;
  }
  if (snake === camel) return fallback;
  return camel > snake ? 'prefixed-camel' : 'snake';
}

/**
 * The convention most tests of a class or module follow (`test_x` wins ties); among
 * `test_` names, snake_case or camelCase words as most of them show, else as `project`
 * (the whole project's names) does.
 */
export function conventionOf(names: readonly string[], project: NameStyle = 'snake', apiNames?: ReadonlySet<string>): TestConvention {
  const camel = names.filter((name) => /^test[A-Z0-9]/.test(name)).length;
  if (camel > names.length - camel) return 'camel';
  return nameStyleOf(names, project, apiNames) === 'prefixed-camel' ? 'prefixed-camel' : 'snake';
}

export function isCamelTestName(name: string): boolean {
  return /^test[A-Z]/.test(name) && caseStyleOf(name) === 'camel';
}

export function testName(words: readonly string[], convention: TestConvention): string {
  if (convention === 'prefixed-camel') return `test_${joinIdentifier(words, 'camel')}`;
  return joinIdentifier(['test', ...words], convention === 'camel' ? 'camel' : 'snake');
}

/**
 * `testFooBar` as the convention writes it: `test_foo_bar` (snake), `test_fooBar`
 * (prefixed camel: the words kept as written, the first lower-cased unless it is an
 * acronym, `testGET` -> `test_GET`); null when the snake_case words would not read.
 */
export function conventionalTestName(name: string, convention: TestConvention): string | null {
  if (convention === 'snake') return snakeTestName(name);
  if (convention !== 'prefixed-camel') return null;
  const rest = name.slice('test'.length);
  return `test_${/^[A-Z]{2}/.test(rest) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`;
}

/** Words that start a subordinate clause: the name stops before them. */
const CLAUSE_BREAKS = new Set(['since', 'because', 'so', 'but', 'which', 'whatever', 'whichever', 'whoever', 'although', 'though', 'unless', 'until', 'while', 'see', 'e', 'i', 'eg', 'ie', 'etc', 'xxx', 'todo']);
/** Words a name never ends on: it would read as cut off. */
const DANGLING = new Set([...FILLER, 'by', 'from', 'at', 'as', 'into', 'onto', 'or', 'not', 'no', 'than', 'via', 'per', 'after', 'before', 'without', 'between', 'against', 'using', 'over', 'under', 'through', 'across', 'within', 'upon']);

/**
 * The words of the first clause of a docstring or comment, filler left out: "Doesn't
 * accept extra keyword arguments (bpo-1653736)." -> does not accept extra keyword arguments.
 */
function meaningfulWords(text: string): string[] {
  const clause = text
    // Identifiers in the prose keep their words: CharsetMetaAttributeValue -> charset meta attribute value.
    .replace(/\b[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+\b/g, (identifier) => identifierWords(identifier).join(' '))
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’](s|re|ve|ll|d|m)\b/g, '')
    .replace(/(\w)['’](\w)/g, '$1$2')
    .split(/[.;:,!?()[\]]|\s[-–—]\s/)[0] ?? '';
  const words: string[] = [];
  for (const word of clause.match(/[a-z][a-z0-9]*/g) ?? []) {
    if (CLAUSE_BREAKS.has(word)) break;
    if (!FILLER.has(word)) words.push(word);
  }
  const kept = words.slice(0, MAX_WORDS);
  while (kept.length && DANGLING.has(kept[kept.length - 1] as string)) kept.pop();
  return kept;
}

/** The most called name of a test, and what it is expected to raise. */
function unitUnderTest(facts: TestFacts, excluding: ReadonlySet<string> = new Set()): string[] {
  const [main] = Object.entries(facts.calls)
    .filter(([name]) => !excluding.has(name) && identifierWords(name).some((word) => !FILLER.has(word) && !GENERIC_VERBS.has(word)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!main) return [];
  const words = identifierWords(main[0]).filter((word) => !FILLER.has(word));
  const raises = facts.raises[0] ? ['raises', ...identifierWords(facts.raises[0])] : [];
  return [...words, ...raises].slice(0, MAX_WORDS);
}

/** What opens a test's description without describing it: "Test that", "Tests for", "Make sure". */
const LEADING = new Set(['test', 'tests', 'testing', 'check', 'checks', 'ensure', 'ensures', 'verify', 'verifies', 'make', 'sure', 'that', 'whether', 'if', 'for']);
/** Words a name leaves out: articles, pronouns, the copula ("is correctly parsed" -> correctly parsed). */
const UNSAID = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'you', 'should', 'is', 'are', 'be', 'been', 'can']);
/** Words that point elsewhere instead of describing: a bug tracker's, a note's. */
const REFERRING = new Set(['gh', 'bpo', 'issue', 'bug', 'ticket', 'pr', 'xxx', 'todo', 'fixme', 'note', 'hack', 'see', 'cf', 'e', 'i', 'eg', 'ie', 'etc']);
/**
 * Code in prose (`disp=True`, ``T``, `L{Deferred}` and `:func:` markup, `median_test`,
 * `f()`): a name made of its words would misquote it.
 */
const CODE_IN_PROSE = /[`=<>{}\[\]|\\/@$]|::|:\w+:|\w\(|\b[A-Za-z]+_\w+|\w\.\w/;
const MAX_PHRASE_WORDS = 7;
/** Qualifiers that say nothing of what is tested ("Simplest test case", "Test basic operations"). */
const VAGUE_QUALIFIERS = new Set(['simple', 'simplest', 'basic', 'some', 'few', 'minimal', 'trivial', 'various', 'several', 'generic', 'general']);

/**
 * The first clause of a docstring or comment as the words of a test name, or null when
 * it would not say the same: the clause is longer than a name (cut, it would say part of
 * it: "height of prominences correctly calculated signal"), holds code or a single
 * letter (`T` and `U`), or refers to a tracker. Articles and the copula are left out;
 * prepositions stay (`run hooks in subprocess`).
 */
export function describingPhrase(text: string, source: 'docstring' | 'comment' = 'docstring'): string[] | null {
  // The first sentence, a closing reference aside ("files (bpo-1653736)."); a sentence that
  // goes on past a comma or a colon says more than its start ("Tests a beacon with a bunch
  // of satellites, none of which...", "Analytical results:").
  const sentence = (/^(.*?)(?:[.!?](?:\s|$)|$)/.exec(text.trim())?.[1] ?? '').replace(/\s*\([^()]*\)\s*$/, '');
  if (/[,;:()[\]]|\s[-–—]\s/.test(sentence) || CODE_IN_PROSE.test(sentence)) return null;
  const first = sentence;
  // A comment heading a test often names a step ("Prepare basic signal"); only one that
  // says it describes the test ("Test a round trip through tf2ss and ss2tf") names it.
  if (source === 'comment' && !/^(tests?|check|ensure|verify|make sure)\b/i.test(first)) return null;
  const clause = first
    .replace(/\b[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+\b/g, (identifier) => identifierWords(identifier).join(' '))
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’](s|re|ve|ll|d|m)\b/g, '')
    .replace(/(\w)['’](\w)/g, '$1$2');
  const tokens = clause.split(/[\s,]+/).filter(Boolean);
  const words: string[] = [];
  for (const token of tokens) {
    if (!/^[a-z][a-z0-9]*$/.test(token)) return null;
    if (CLAUSE_BREAKS.has(token) && !REFERRING.has(token)) break;
    if (REFERRING.has(token)) return null;
    if (words.length === 0 && LEADING.has(token)) continue;
    if (UNSAID.has(token) || VAGUE_QUALIFIERS.has(token)) continue;
    // "Test with a simple signal", "against hardcoded data": how it checks, not what.
    if (words.length === 0 && DANGLING.has(token)) return null;
    if (token.length === 1) return null;
    words.push(token);
  }
  while (words.length && DANGLING.has(words[words.length - 1] as string)) words.pop();
  if (words.length > MAX_PHRASE_WORDS || words.filter((word) => !DANGLING.has(word)).length < 2) return null;
  return words;
}

/** Descriptive words for a vague test: its docstring, else the comment that heads it; and which. */
export function describingWords(facts: TestFacts): { words: string[]; source: 'its docstring' | 'its first comment'; text: string } | null {
  for (const [text, source] of [[facts.docstring, 'its docstring'], [facts.firstComment, 'its first comment']] as const) {
    const words = text ? describingPhrase(text, source === 'its docstring' ? 'docstring' : 'comment') : null;
    if (words && text) return { words, source, text };
  }
  return null;
}

/**
 * Why a vague name is the project's choice and stays, or null. A numbered series
 * (`test_01` ... `test_06`, `test_simple_1` ... `test_simple_8`) is one: renaming a member
 * breaks it. So is a family (`test_simple` beside `test_simple_complex`, `test_simple_pos`:
 * the base case of its variants).
 */
export function vagueNameKept(name: string, siblings: readonly string[]): string | null {
  const numbered = /^(.*?)_?\d+(?:_\d+)*$/.exec(name);
  if (numbered) {
    const stem = numbered[1] as string;
    if (siblings.some((other) => other !== name && new RegExp(`^${stem}_?\\d+(?:_\\d+)*$`).test(other))) return `it is one of a numbered series (${stem}_N)`;
  }
  const variant = siblings.find((other) => other !== name && (other.startsWith(`${name}_`) || new RegExp(`^${name}[A-Z0-9]`).test(other)));
  if (variant) return `${variant} is one of its variants`;
  return null;
}

/** Whether a name says nothing its class and module do not (`TestKaiser.test_basic` -> `test_kaiser`). */
export function onlyRepeatsContext(words: readonly string[], context: readonly string[]): boolean {
  const known = new Set(context.flatMap((name) => identifierWords(name)));
  return words.every((word) => known.has(word) || DANGLING.has(word));
}

/**
 * The snake_case spelling of a camelCase test, or null when the words it would make do
 * not read: a letter split off an acronym (`testIPv4toString` -> `test_i_pv4_to_string`,
 * `testNtoH` -> `test_nto_h`).
 */
export function snakeTestName(name: string): string | null {
  const parts = splitIdentifier(name);
  if (parts.words.slice(1).some((word) => /^[A-Za-z]$/.test(word))) return null;
  return joinIdentifier(parts.words, 'snake', { leading: parts.leading, trailing: parts.trailing });
}

/**
 * A distinct name for a shadowed duplicate: the old name plus what sets it apart from the
 * test that replaces it (its docstring or comment, else a call only it makes), or a
 * numeric suffix as the last resort.
 */
export function duplicateName(earlier: TestFacts, later: TestFacts | undefined, convention: TestConvention, taken: (name: string) => boolean): string {
  const base = wordsAfterTest(earlier.name);
  const candidates: string[][] = [];
  for (const text of [earlier.docstring, earlier.firstComment]) {
    const words = text ? meaningfulWords(text) : [];
    if (words.length >= 2 && text !== later?.docstring && text !== later?.firstComment) candidates.push(words);
  }
  const distinct = unitUnderTest(earlier, new Set(Object.keys(later?.calls ?? {})));
  if (distinct.length) candidates.push([...base, ...distinct.filter((word) => !base.includes(word)).slice(0, 3)]);
  for (const words of candidates) {
    const name = testName(words, convention);
    if (name !== earlier.name && !taken(name)) return name;
  }
  for (let suffix = 1; ; suffix++) {
    const name = testName([...base, String(suffix)], convention);
    if (!taken(name)) return name;
  }
}

/**
 * Words that tell one of two places or objects from the other (`dest_` in `dest_rp_uuid`).
 * Not `local`: a test compares what it read from elsewhere with a local copy, the expected
 * value (pandas' `test_read_from_s3_url` is not "on a local table", NumPy's tests of
 * remote paths are not "on a local path").
 */
const ROLES: ReadonlyMap<string, string> = new Map([
  ['source', 'source'], ['src', 'source'], ['dest', 'destination'], ['dst', 'destination'], ['destination', 'destination'],
  ['target', 'target'], ['origin', 'origin'], ['primary', 'primary'], ['secondary', 'secondary'],
]);
/** What a role qualifies, as the name says it (`dest_rp_uuid`, `dest_hostname`, `dest_compute` are all the destination host). */
const PLACES: ReadonlyMap<string, string> = new Map([
  ['host', 'host'], ['hostname', 'host'], ['compute', 'host'], ['node', 'node'], ['nodename', 'node'], ['rp', 'host'], ['provider', 'host'],
  ['cell', 'cell'], ['server', 'server'], ['instance', 'instance'], ['volume', 'volume'], ['file', 'file'], ['path', 'path'],
  ['directory', 'directory'], ['dir', 'directory'], ['branch', 'branch'], ['database', 'database'], ['db', 'database'], ['table', 'table'],
  ['account', 'account'], ['bucket', 'bucket'], ['port', 'port'], ['address', 'address'], ['addr', 'address'],
]);

/** The role and place one name of a check reads (`dest_rp_uuid` -> destination host), or null. */
function placeIn(name: string): { role: string; place: string } | null {
  const words = identifierWords(name);
  for (let position = 0; position + 1 < words.length; position++) {
    const role = ROLES.get(words[position]!);
    const place = PLACES.get(words[position + 1]!);
    if (role && place) return { role, place };
  }
  return null;
}

/**
 * What the final assertions of a test are about, when its name does not say it:
 * `test_finish_resize_fails_allocation_cleanup` whose last checks read `dest_rp_uuid` and
 * `dest_hostname` is about the destination host (`..._on_destination_host`). Every final
 * check that names a place must name the same one, and the test's name none.
 */
export function checkedPlace(facts: TestFacts): { words: string[]; evidence: string } | null {
  const named = new Set(identifierWords(facts.name).flatMap((word) => [word, ROLES.get(word) ?? word]));
  if ([...named].some((word) => ROLES.has(word))) return null;
  const found: Array<{ role: string; place: string; name: string; line: number }> = [];
  for (const check of facts.finalChecks) {
    for (const name of check.names) {
      const place = placeIn(name);
      if (place) found.push({ ...place, name, line: check.line });
    }
  }
  const first = found[0];
  if (!first || found.some((other) => other.role !== first.role || other.place !== first.place)) return null;
  const checking = found.map((item) => item.line);
  const lines = Math.min(...checking) === Math.max(...checking) ? `line ${checking[0]}` : `lines ${Math.min(...checking)}-${Math.max(...checking)}`;
  const names = [...new Set(found.map((item) => `\`${item.name}\``))].join(', ');
  return {
    words: ['on', first.role, first.place],
    evidence: `its final assertions (${lines}) check ${names}: the ${first.role} ${first.place}, which the name does not say`,
  };
}
