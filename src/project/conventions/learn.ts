// The conventions a project's code shows, learnt from the habits of all its files: the
// line length all but a handful of lines keep, the docstring style and layout most of its
// docstrings use, a clear project-wide quote majority, its logging idiom, its trailing
// commas, the names and word parts used across many modules, and where its tests live.
import {
  DEFAULT_TEST_LAYOUT,
  type ConventionsData,
  type DocstringMood,
  type DocstringStyle,
  type LoggingIdiom,
  type QuotePreference,
  type Sourced,
  type TestLayout,
} from '../../engine/conventions.js';
import { COMMON_LIMITS, type FileHabits } from '../../python/conventions/file-habits.js';
import { splitIdentifier } from '../../python/words/words.js';
import { ownCopy } from '../../python/words/text-words.js';

export interface LearntFile {
  path: string;
  habits: FileHabits;
  isTest: boolean;
}

type Learnt = Partial<{ [K in keyof ConventionsData]: ConventionsData[K] }>;

function learnt<T>(value: T, source: string): Sourced<T> {
  return { value, origin: 'learnt', source };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The smallest common limit whose lines over it (summed from each file's counts, one per
 * COMMON_LIMITS entry) are no more than `handful`; the widest when none is kept to.
 */
function smallestKeptLimit(files: readonly LearntFile[], overOf: (habits: FileHabits) => readonly number[] | undefined, handful: number) {
  const over = COMMON_LIMITS.map((_, position) => files.reduce((sum, file) => sum + (overOf(file.habits)?.[position] ?? 0), 0));
  const kept = COMMON_LIMITS.findIndex((_, position) => (over[position] as number) <= handful);
  const position = kept < 0 ? COMMON_LIMITS.length - 1 : kept;
  return { limit: COMMON_LIMITS[position] as number, longer: over[position] as number, keptToNone: kept < 0 };
}

/**
 * The smallest common limit that all but a handful of the project's lines of code keep
 * (79 when within it); the widest common limit when its code keeps to none.
 */
export function learnLineLength(files: readonly LearntFile[]): Sourced<number> | undefined {
  const lines = files.reduce((sum, file) => sum + file.habits.lines, 0);
  if (lines === 0) return undefined;
  // A handful: a long URL or table here and there, one line of code in five hundred.
  const handful = Math.max(10, Math.floor(lines / 500));
  const { limit, longer, keptToNone } = smallestKeptLimit(files, (habits) => habits.linesOver, handful);
  const tally = `${plural(lines, 'line')} of code in ${plural(files.length, 'file')}, ${longer} longer`;
  return learnt(limit, keptToNone ? `learnt from ${tally}: the code keeps to no common limit` : `learnt from ${tally}`);
}

/**
 * The style most sectioned docstrings use; plain when docstrings with sections are rare
 * (fewer than one in ten docstrings of several lines).
 */
export function learnDocstrings(files: readonly LearntFile[]): Pick<Learnt, 'docstringStyle' | 'docstringLayout'> {
  const counts = { sphinx: 0, google: 0, numpy: 0, epytext: 0, plain: 0, summaryOnQuoteLine: 0, summaryOnNextLine: 0, oneLine: 0, oneLineAsThree: 0 };
  for (const { habits } of files) for (const key of Object.keys(counts) as Array<keyof typeof counts>) counts[key] += habits.docstrings[key] ?? 0;
  const multiLine = counts.sphinx + counts.google + counts.numpy + counts.epytext + counts.plain;
  const result: Pick<Learnt, 'docstringStyle' | 'docstringLayout'> = {};
  if (multiLine === 0) return result;
  const sectioned = (['sphinx', 'google', 'numpy', 'epytext'] as const).map((style) => [style, counts[style]] as const).sort((a, b) => b[1] - a[1]);
  const [top, topCount] = sectioned[0] as readonly [DocstringStyle | 'epytext', number];
  const epytext = counts.epytext ? `, ${counts.epytext} epytext` : '';
  const tally = `${counts.sphinx} Sphinx, ${counts.google} Google, ${counts.numpy} NumPy${epytext}, ${counts.plain} prose`;
  // Epytext fields are written by no transform: such a project gets prose, no sections.
  const style: DocstringStyle = topCount >= 3 && topCount * 10 >= multiLine && top !== 'epytext' ? top : 'plain';
  result.docstringStyle = learnt(style, `learnt from ${plural(multiLine, 'docstring')} of several lines (${tally})`);
  const onQuote = counts.summaryOnQuoteLine;
  // One line of text: on one line or as three, when at least ten show it.
  const short = counts.oneLine + counts.oneLineAsThree;
  const oneLiner = short >= 10 ? { oneLiner: counts.oneLine >= counts.oneLineAsThree } : {};
  const shortTally = short >= 10 ? `; of ${plural(short, 'docstring')} of one line of text, ${counts.oneLine} written on one line` : '';
  result.docstringLayout = learnt(
    { summaryOnQuoteLine: onQuote >= counts.summaryOnNextLine, ...oneLiner },
    `learnt from ${plural(multiLine, 'docstring')} (${onQuote} with the summary on the quote line, ${counts.summaryOnNextLine} on the next${shortTally})`,
  );
  return result;
}

/**
 * The verb form docstring summaries open with: the form of two summaries in three that
 * open with a verb, when at least ten do; no preference otherwise.
 */
export function learnDocstringMood(files: readonly LearntFile[]): Sourced<DocstringMood> | undefined {
  let imperative = 0;
  let thirdPerson = 0;
  for (const { habits } of files) {
    imperative += habits.summaryMood?.imperative ?? 0;
    thirdPerson += habits.summaryMood?.thirdPerson ?? 0;
  }
  const total = imperative + thirdPerson;
  if (total === 0) return undefined;
  const mood: DocstringMood = total >= 10 && imperative * 3 >= total * 2 ? 'imperative' : total >= 10 && thirdPerson * 3 >= total * 2 ? 'third-person' : 'none';
  return learnt(mood, `learnt from ${total} docstring ${total === 1 ? 'summary' : 'summaries'} opening with a verb (${imperative} imperative, ${thirdPerson} third person${mood === 'none' ? ': no clear habit' : ''})`);
}

/**
 * The width the project's docstrings keep: the smallest common limit that all but a
 * handful of docstring lines keep (one in fifty: a URL, a table), 79 at least (the
 * transform never wraps past the line length either). Django's code goes to 119 and its
 * docstrings to 79; fontTools' docstrings go to black's 88, like its code.
 */
export function learnDocstringWidth(files: readonly LearntFile[]): Sourced<number> | undefined {
  const lines = files.reduce((sum, file) => sum + (file.habits.docstringLines ?? 0), 0);
  if (lines < 50) return undefined;
  // Docstrings hold URLs, tables and examples that no one wraps: a project that keeps its
  // prose to 79 still has one line in a hundred past it (Django, NumPy, SymPy), one that
  // writes to black's 88 has one in twenty-five (fontTools).
  const handful = Math.max(5, Math.floor(lines / 50));
  const { limit, longer } = smallestKeptLimit(files, (habits) => habits.docstringLinesOver, handful);
  return learnt(limit, `learnt from ${plural(lines, 'docstring line')}, ${longer} longer`);
}

/** Quotes: the project's clear majority (two strings in three), or no preference. */
export function learnQuotes(files: readonly LearntFile[]): Sourced<QuotePreference> {
  let single = 0;
  let double = 0;
  for (const { habits } of files) {
    single += habits.quotes.single;
    double += habits.quotes.double;
  }
  const total = single + double;
  const value: QuotePreference = total >= 20 && single * 3 >= total * 2 ? 'single' : total >= 20 && double * 3 >= total * 2 ? 'double' : null;
  return learnt(value, `learnt from ${plural(total, 'string')} (${single} single-quoted, ${double} double-quoted${value ? '' : ': no clear majority'})`);
}

function mostCommon<T>(values: readonly T[]): [T, number] | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: [T, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

/** Whether the project's modules log (one library module in ten at least), with what and how. */
export function learnLogging(files: readonly LearntFile[]): Sourced<LoggingIdiom> | undefined {
  const modules = files.filter((file) => !file.isTest);
  // Test code alone (a run over one test file) says nothing of whether the project logs.
  if (modules.length === 0) return undefined;
  const logging = modules.filter((file) => file.habits.logging.logs);
  const makers = modules.filter((file) => file.habits.logging.loggerName);
  const name = mostCommon(makers.map((file) => file.habits.logging.loggerName as string));
  const withName = makers.filter((file) => file.habits.logging.loggerName === name?.[0]);
  // How the usual name comes about (made here by a factory, or imported), taken whole
  // from the modules that do it the most common way.
  const way = mostCommon(withName.map((file) => JSON.stringify([file.habits.logging.factory, file.habits.logging.importStatement])));
  const [factory, importStatement] = way ? (JSON.parse(way[0]) as [string | null, string | null]) : [null, null];
  const logs = modules.length > 0 && logging.length * 10 >= modules.length;
  const value: LoggingIdiom = { logs, loggerName: name?.[0] ?? null, importStatement, factory };
  const named = name ? `; ${name[0]} in ${plural(name[1], 'module')}${importStatement ? `, after '${importStatement}'` : ''}` : '';
  return learnt(value, `learnt from ${plural(modules.length, 'module')} (${logging.length} log${named})`);
}

/** Whether an exploded bracket of one element takes a trailing comma, by the project's majority. */
export function learnTrailingCommas(files: readonly LearntFile[]): Sourced<boolean> | undefined {
  let withComma = 0;
  let without = 0;
  let severalWith = 0;
  let severalWithout = 0;
  for (const { habits } of files) {
    withComma += habits.brackets.soleWithComma;
    without += habits.brackets.soleWithout;
    severalWith += habits.brackets.severalWithComma;
    severalWithout += habits.brackets.severalWithout;
  }
  if (withComma + without < 5) return undefined;
  return learnt(
    withComma > without,
    `learnt from ${plural(withComma + without, 'exploded bracket')} of one element (${withComma} with a trailing comma); of several: ${severalWith} with, ${severalWithout} without`,
  );
}

/** How many modules a name must appear in to be the project's idiom: one in twenty, and at least four. */
export function vocabularyThreshold(modules: number): number {
  return Math.max(4, Math.ceil(modules / 20));
}

/**
 * How many modules use each identifier and each lower-case word part of one, and how
 * many times the parts are used: what `learnVocabulary` decides from. Counted by each
 * thread that scans files, then added together.
 */
export interface VocabularyCounts {
  modules: number;
  names: Map<string, number>;
  parts: Map<string, number>;
  partUses: Map<string, number>;
}

export function emptyVocabularyCounts(): VocabularyCounts {
  return { modules: 0, names: new Map(), parts: new Map(), partUses: new Map() };
}

/**
 * Counts the identifiers of files as they are scanned, one file after another; `counts()`
 * gives the `VocabularyCounts`. Each word part gets a number when first met, and its
 * counts are kept in arrays: kept in maps, the four or five lookups for each part of each
 * name of each file were most of the count (a third of the scan's time).
 */
export class VocabularyCounter {
  private modules = 0;
  /** Per identifier met, how many modules use it and its word parts' numbers (lower case, one letter left out). */
  private readonly names = new Map<string, { modules: number; parts: number[] }>();
  private readonly numbers = new Map<string, number>();
  private readonly parts: string[] = [];
  private readonly partModules: number[] = [];
  private readonly partUses: number[] = [];
  /** The module each part was last counted in: a part counts once per module. */
  private readonly lastModule: number[] = [];

  /** Adds one file's identifiers. */
  count(habits: FileHabits): void {
    const module = ++this.modules;
    const { names, partModules, partUses, lastModule } = this;
    habits.identifiers.forEach((identifier, position) => {
      const uses = habits.identifierUses?.[position] ?? 1;
      let name = names.get(identifier);
      if (name) name.modules++;
      else names.set(ownCopy(identifier), (name = { modules: 1, parts: this.partNumbers(identifier) }));
      for (const part of name.parts) {
        partUses[part] = (partUses[part] as number) + uses;
        if (lastModule[part] !== module) {
          lastModule[part] = module;
          partModules[part] = (partModules[part] as number) + 1;
        }
      }
    });
  }

  /** What was counted, each part's entries in the order the parts were first met. */
  counts(): VocabularyCounts {
    const counts: VocabularyCounts = { modules: this.modules, names: new Map(), parts: new Map(), partUses: new Map() };
    for (const [identifier, { modules }] of this.names) counts.names.set(identifier, modules);
    this.parts.forEach((part, number) => {
      counts.parts.set(part, this.partModules[number] as number);
      counts.partUses.set(part, this.partUses[number] as number);
    });
    return counts;
  }

  private partNumbers(identifier: string): number[] {
    const numbers: number[] = [];
    for (const word of splitIdentifier(identifier).words) {
      const part = word.toLowerCase();
      if (part.length <= 1) continue;
      let number = this.numbers.get(part);
      if (number === undefined) {
        number = this.parts.length;
        const kept = ownCopy(part);
        this.numbers.set(kept, number);
        this.parts.push(kept);
        this.partModules.push(0);
        this.partUses.push(0);
        this.lastModule.push(0);
      }
      numbers.push(number);
    }
    return numbers;
  }
}

/** Adds `more` to `counts`. */
export function addVocabularyCounts(counts: VocabularyCounts, more: VocabularyCounts): VocabularyCounts {
  counts.modules += more.modules;
  for (const [map, from] of [[counts.names, more.names], [counts.parts, more.parts], [counts.partUses, more.partUses]] as const) {
    for (const [key, value] of from) map.set(key, (map.get(key) ?? 0) + value);
  }
  return counts;
}

/**
 * Identifiers, and lower-case word parts of identifiers, that many modules use, or that
 * the code uses many times over in a few (`expr` in an ORM's expression modules): twice
 * the module threshold, and at least twenty uses, in two modules or more.
 */
export function learnVocabulary(counts: VocabularyCounts): Sourced<string[]> {
  const threshold = vocabularyThreshold(counts.modules);
  const usesThreshold = Math.max(2 * threshold, 20);
  const vocabulary = new Set<string>();
  for (const [name, count] of counts.names) if (count >= threshold) vocabulary.add(name);
  for (const [part, count] of counts.parts) if (count >= threshold || (count >= 2 && (counts.partUses.get(part) ?? 0) >= usesThreshold)) vocabulary.add(part);
  const words = [...vocabulary].sort();
  return learnt(
    words,
    `learnt from ${plural(counts.modules, 'module')}: ${plural(words.length, 'name')} and word parts in ${threshold} or more, or used ${usesThreshold} times or more`,
  );
}

/**
 * Where tests live: the usual names, and the names of other directories whose files
 * mostly define tests (`testing`, `unittests`).
 */
export function learnTests(files: readonly LearntFile[]): Sourced<TestLayout> {
  const byDirectory = new Map<string, { files: number; tests: number }>();
  for (const { path, habits } of files) {
    const directory = path.split(/[\\/]/).slice(-2, -1)[0];
    if (!directory) continue;
    const entry = byDirectory.get(directory) ?? { files: 0, tests: 0 };
    entry.files++;
    if (habits.definesTests) entry.tests++;
    byDirectory.set(directory, entry);
  }
  const extra = [...byDirectory]
    .filter(([name, { files: count, tests }]) => !DEFAULT_TEST_LAYOUT.directories.includes(name) && count >= 3 && tests * 10 >= count * 8 && /test/i.test(name))
    .map(([name]) => name)
    .sort();
  const testFiles = files.filter((file) => file.isTest).length;
  const layout = { directories: [...DEFAULT_TEST_LAYOUT.directories, ...extra], files: [...DEFAULT_TEST_LAYOUT.files] };
  return learnt(layout, `learnt from ${plural(files.length, 'file')} (${testFiles} in test directories or named as tests${extra.length ? `; also ${extra.join(', ')}` : ''})`);
}

/**
 * `raise X from e`: written by a project that already writes it, on Python 3 only: not one
 * whose files keep Python 2 working (`from __future__ import print_function`...), chain
 * through a helper of their own more often than with `from` (SQLAlchemy's
 * `util.raise_(..., from_=e)`), or never chain explicitly (Requests).
 */
export function learnRaiseFrom(files: readonly LearntFile[]): Sourced<boolean> | undefined {
  const modules = files.filter((file) => !file.isTest);
  if (modules.length === 0) return undefined;
  let raiseFrom = 0;
  let helpers = 0;
  let python2 = 0;
  for (const { habits } of modules) {
    raiseFrom += habits.exceptions.raiseFrom;
    helpers += habits.exceptions.raiseHelpers;
    if (habits.exceptions.python2) python2++;
  }
  const tally = `${plural(raiseFrom, 'raise')} with \`from\`, ${plural(helpers, 'call')} of a chaining helper, ${python2} of ${plural(modules.length, 'module')} importing Python 2 features from __future__`;
  const keepsPython2 = python2 >= 5 && python2 * 20 >= modules.length;
  // Once is enough to show the project has taken up the syntax (Twisted: one, and its
  // maintainers took more); never is a habit of implicit chaining.
  const value = raiseFrom >= 1 && !keepsPython2 && helpers <= raiseFrom * 2;
  return learnt(value, `learnt from ${tally}`);
}

/** A bare `except:` is the project's idiom when it writes many (its linter must allow them). */
export function learnBareExcept(files: readonly LearntFile[]): Sourced<boolean> | undefined {
  let bare = 0;
  let all = 0;
  for (const { habits } of files) {
    bare += habits.exceptions.bareExcepts;
    all += habits.exceptions.excepts;
  }
  if (all === 0) return undefined;
  return learnt(bare >= 10 && bare * 50 >= all, `learnt from ${plural(all, 'except clause')}, ${bare} bare`);
}
