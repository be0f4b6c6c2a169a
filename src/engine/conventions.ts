// The project's conventions as every transform sees them (`context.conventions`): the
// line length, docstring style, quotes, logging idiom, trailing-comma habit, vocabulary
// and test code of the project being rewritten, each with where it came from. Detected
// once per run (src/project/conventions/) and carried to the workers as plain data.

export type DocstringStyle = 'google' | 'numpy' | 'sphinx' | 'plain';
export const DOCSTRING_STYLES: readonly DocstringStyle[] = ['google', 'numpy', 'sphinx', 'plain'];

/** `null`: the project has no clear preference (leave each string's quotes alone). */
export type QuotePreference = 'single' | 'double' | null;

export interface DocstringLayout {
  /** `"""Summary.` (true) or `"""` with the summary on the next line (false). */
  summaryOnQuoteLine: boolean;
  /**
   * A docstring of one line of text: on one line (`"""Summary."""`, true) or as three
   * (quotes alone above and below, false), as most of the project's are; absent: as the
   * summary's place says.
   */
  oneLiner?: boolean;
}

/**
 * The verb form a docstring's summary opens with: "Return the ..." (PEP 257's imperative),
 * "Returns the ..." (third person), or `none` when the project shows no clear habit.
 */
export type DocstringMood = 'imperative' | 'third-person' | 'none';
export const DOCSTRING_MOODS: readonly DocstringMood[] = ['imperative', 'third-person', 'none'];

export interface LoggingIdiom {
  /** Whether the project's modules log at all (a library's often do not). */
  logs: boolean;
  /** The module logger's usual name (`LOG`, `logger`), when the project has one. */
  loggerName: string | null;
  /** The import its logging module comes from (`from oslo_log import log as logging`). */
  importStatement: string | null;
  /** The call that makes the logger, as the project writes it (`logging.getLogger(__name__)`). */
  factory: string | null;
}

/** Where test code lives: directory names and file-name patterns (globs on the base name). */
export interface TestLayout {
  /** Directory names whose files are tests (`tests`, `test`, `testing`). */
  directories: string[];
  /** Globs on the file's base name (`test_*.py`, `*_test.py`, `conftest.py`). */
  files: string[];
}

/** Where a value came from: configured, learnt from the code, overridden, or the default. */
export type ConventionOrigin = 'configured' | 'learnt' | 'override' | 'default';

export interface Sourced<T> {
  value: T;
  origin: ConventionOrigin;
  /** For a person: `setup.cfg:12 [flake8] max-line-length`, `learnt from 812 docstrings`. */
  source: string;
}

/** Every convention as plain data (crosses threads, prints as JSON). */
export interface ConventionsData {
  lineLength: Sourced<number>;
  docstringStyle: Sourced<DocstringStyle>;
  docstringLayout: Sourced<DocstringLayout>;
  docstringMood: Sourced<DocstringMood>;
  /** The width docstring prose is wrapped at (never past the line length). */
  docstringWidth: Sourced<number>;
  quotes: Sourced<QuotePreference>;
  logging: Sourced<LoggingIdiom>;
  trailingCommaAfterSoleElement: Sourced<boolean>;
  /** Names and word parts used across many modules: the project's idioms. */
  vocabulary: Sourced<string[]>;
  tests: Sourced<TestLayout>;
  /**
   * Whether the project chains exceptions with `raise X from e`: not one that chains
   * through a helper of its own (`util.raise_(..., from_=e)`, six's `raise_from`), keeps
   * Python 2 working, or never writes it (implicit chaining is its habit).
   */
  raiseFrom: Sourced<boolean>;
  /** Whether a bare `except:` is one of the project's idioms (its linter lets it be). */
  bareExcept: Sourced<boolean>;
}

export type ConventionName = keyof ConventionsData;

/** What a transform reads: the values, ready to use, and where each came from. */
export interface Conventions {
  readonly lineLength: number;
  readonly docstringStyle: DocstringStyle;
  readonly docstringLayout: DocstringLayout;
  readonly docstringMood: DocstringMood;
  readonly docstringWidth: number;
  readonly quotes: QuotePreference;
  readonly logging: LoggingIdiom;
  readonly trailingCommaAfterSoleElement: boolean;
  /** Identifiers (as spelt) and lower-case word parts used across many modules. */
  readonly vocabulary: ReadonlySet<string>;
  readonly raiseFrom: boolean;
  readonly bareExcept: boolean;
  /** Whether a path (relative or absolute, either slash) holds test code. */
  isTestFile(path: string): boolean;
  readonly data: ConventionsData;
}

const DEFAULT_SOURCE = 'default';

function fallback<T>(value: T): Sourced<T> {
  return { value, origin: 'default', source: DEFAULT_SOURCE };
}

/** The usual unittest and pytest layout. */
export const DEFAULT_TEST_LAYOUT: TestLayout = {
  directories: ['test', 'tests'],
  files: ['test_*.py', '*_test.py', '*_tests.py', 'conftest.py'],
};

/** The conventions of a project nothing is known about: PEP 8 and the common habits. */
export function defaultConventionsData(): ConventionsData {
  return {
    lineLength: fallback(79),
    docstringStyle: fallback<DocstringStyle>('google'),
    docstringLayout: fallback({ summaryOnQuoteLine: true }),
    docstringMood: fallback<DocstringMood>('none'),
    // PEP 8: prose to 72, code to 79; docstrings are commonly kept to 79.
    docstringWidth: fallback(79),
    quotes: fallback<QuotePreference>(null),
    logging: fallback<LoggingIdiom>({ logs: true, loggerName: null, importStatement: null, factory: null }),
    // Most projects write no comma after a sole element laid out alone (an exploded call with
    // one argument had none 84% and 92% of the time on two large projects).
    trailingCommaAfterSoleElement: fallback(false),
    vocabulary: fallback<string[]>([]),
    tests: fallback({ directories: [...DEFAULT_TEST_LAYOUT.directories], files: [...DEFAULT_TEST_LAYOUT.files] }),
    raiseFrom: fallback(true),
    bareExcept: fallback(false),
  };
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** A test for paths built from a layout: a listed directory anywhere in the path, or a file glob. */
export function testFileMatcher(layout: TestLayout): (path: string) => boolean {
  const files = layout.files.map(globToRegExp);
  const directories = new Set(layout.directories);
  return (path: string) => {
    const parts = path.split(/[\\/]/);
    const name = parts.pop() ?? '';
    return files.some((pattern) => pattern.test(name)) || parts.some((part) => directories.has(part));
  };
}

/** Builds what transforms read from the plain data. */
export function conventionsOf(data: ConventionsData): Conventions {
  return {
    lineLength: data.lineLength.value,
    docstringStyle: data.docstringStyle.value,
    docstringLayout: data.docstringLayout.value,
    docstringMood: data.docstringMood.value,
    docstringWidth: data.docstringWidth.value,
    quotes: data.quotes.value,
    logging: data.logging.value,
    trailingCommaAfterSoleElement: data.trailingCommaAfterSoleElement.value,
    vocabulary: new Set(data.vocabulary.value),
    raiseFrom: data.raiseFrom.value,
    bareExcept: data.bareExcept.value,
    isTestFile: testFileMatcher(data.tests.value),
    data,
  };
}

let defaults: Conventions | undefined;

/** The conventions of a run that was given none (a library call of `runFile`). */
export function defaultConventions(): Conventions {
  return (defaults ??= conventionsOf(defaultConventionsData()));
}
