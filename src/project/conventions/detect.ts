// A run's conventions, found once before any file is transformed: what the overrides
// set, else what the configuration files declare, else what the code shows, else the
// defaults. Reading the code is a text scan of each file (no parse): on this thread, or
// by a run's worker threads, each scanning a share (`scanFiles`), its names counted there.
import { relative } from 'node:path';
import { DEFAULT_TEST_LAYOUT, defaultConventionsData, testFileMatcher, type ConventionName, type ConventionsData } from '../../engine/conventions.js';
import { fileHabits, lineHabits } from '../../python/conventions/file-habits.js';
import { readConfiguredConventions, type ConfiguredConventions } from './configured.js';
import { readRegularFile } from '../read-file.js';
import {
  learnBareExcept,
  learnDocstringMood,
  learnDocstringWidth,
  learnDocstrings,
  learnLineLength,
  learnLogging,
  learnQuotes,
  learnRaiseFrom,
  learnTests,
  learnTrailingCommas,
  learnVocabulary,
  addVocabularyCounts,
  emptyVocabularyCounts,
  type LearntFile,
  type VocabularyCounts,
  VocabularyCounter,
} from './learn.js';
import { applyOverrides, type ConventionOverride } from './overrides.js';

/** Past this many files, an even sample of them is read: the habits are clear long before. */
const MAX_FILES_READ = 4000;

export interface DetectRequest {
  /** The run's Python files (absolute paths). */
  files: readonly string[];
  /** Where to look for configuration files: the run's paths' directory (null: read none, --isolated). */
  start: string | null;
  /** Configuration file names are shown relative to it. */
  cwd: string;
  overrides?: readonly ConventionOverride[];
  /**
   * Learns from the files read (relative paths as `learnConventions` sees them); `learn`
   * reads and scans them. The runner answers from its cache when the same files have the
   * same bytes (the scan is most of a warm run's time otherwise).
   */
  learnFrom?: (paths: readonly string[], learn: () => ConventionsData) => ConventionsData;
  /** What to learn besides what every run needs (default: everything); what is left out stays at the default. */
  parts?: ScanParts;
}

/**
 * What a run's transforms read that only some need, and that is dear to learn: the
 * vocabulary (a third of the scan: variable-names), the exception habits (logging,
 * `raise from`, bare `except`: a quarter of the rest, exception-handling), and the habits
 * read token by token (quotes, trailing commas, and the docstrings'). Without the
 * vocabulary, the scan jumps from one comment, string or bracket to the next
 * (`lineHabits`): for the line length alone in a third of the time of the full scan (a
 * rename's run), with the quotes and the brackets in about half (trailing commas), with
 * the docstrings too in three quarters (quote-style, docstrings).
 */
export interface ScanParts {
  vocabulary: boolean;
  exceptions: boolean;
  habits: boolean;
  docstrings: boolean;
}

export const EVERY_PART: ScanParts = { vocabulary: true, exceptions: true, habits: true, docstrings: true };

/** The conventions that only the scan of the docstrings learns. */
const DOCSTRING_HABITS: readonly ConventionName[] = ['docstringStyle', 'docstringLayout', 'docstringMood', 'docstringWidth'];

/** The conventions that only the token-by-token scan learns. */
const TOKEN_HABITS: readonly ConventionName[] = ['quotes', 'trailingCommaAfterSoleElement', ...DOCSTRING_HABITS];

/** The parts a selection of transforms reads (a transform that declares no conventions reads them all). */
export function scanPartsFor(transforms: ReadonlyArray<{ conventions?: readonly ConventionName[] }>): ScanParts {
  const reads = (name: ConventionName) => transforms.some((transform) => transform.conventions?.includes(name) ?? true);
  return {
    vocabulary: reads('vocabulary'),
    exceptions: reads('logging') || reads('raiseFrom') || reads('bareExcept'),
    habits: TOKEN_HABITS.some(reads),
    docstrings: DOCSTRING_HABITS.some(reads),
  };
}

function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)] as T);
}

/** The files whose code the conventions are learnt from: every file, or an even sample of a large tree. */
export function conventionsSample(files: readonly string[]): string[] {
  return sample(files, MAX_FILES_READ);
}

const isDefaultTest = testFileMatcher(DEFAULT_TEST_LAYOUT);

/** What one file's code shows (a text scan, no parse); `path` as the conventions name it; what `parts` leaves out is empty. */
export function scanFile(path: string, text: string, parts: ScanParts = EVERY_PART): LearntFile {
  const habits = parts.vocabulary
    ? fileHabits(text, { names: true, exceptions: parts.exceptions })
    : lineHabits(text, { exceptions: parts.exceptions, tokens: parts.habits, docstrings: parts.docstrings });
  return { path, habits, isTest: isDefaultTest(path) };
}

/** The scans of some files: each file's habits without its identifiers, which `vocabulary` counts. */
export interface Scans {
  /** In the order of the paths scanned; null for a file that cannot be read, or is no regular file. */
  files: Array<LearntFile | null>;
  vocabulary: VocabularyCounts;
}

/**
 * Each file's scan, in the order given: files are read one at a time, each dropped once
 * scanned. Paths as the conventions name them are relative to `cwd`. Their names go to
 * `counter` when the vocabulary is counted (a thread's counter for all the batches it
 * scans, see `scanBatches`).
 */
export function scanFiles(paths: readonly string[], cwd: string, parts: ScanParts = EVERY_PART, counter: VocabularyCounter | null = null): Array<LearntFile | null> {
  return paths.map((path) => {
    const text = readText(path);
    if (text === null) return null;
    // Counted at once: a file's names are not kept, nor cross threads.
    return countedScan(scanFile(relative(cwd, path) || path, text, parts), counter);
  });
}

/**
 * The files cut into batches, in order, for threads to take one at a time as each is
 * free: about sixteen per thread, so that none waits long for the last.
 */
export function scanBatches(paths: readonly string[], threads: number): string[][] {
  const size = Math.max(8, Math.ceil(paths.length / (16 * Math.max(1, threads))));
  const batches: string[][] = [];
  for (let start = 0; start < paths.length; start += size) batches.push(paths.slice(start, start + size));
  return batches;
}

/** The scans of `scanBatches`' batches and the threads' counts of names, put back together: files in the paths' order, names added up. */
export function joinedScans(batches: ReadonlyArray<ReadonlyArray<LearntFile | null>>, vocabularies: readonly VocabularyCounts[]): Scans {
  const vocabulary = emptyVocabularyCounts();
  for (const counts of vocabularies) addVocabularyCounts(vocabulary, counts);
  return { files: batches.flat(), vocabulary };
}

/** Learns what can be learnt from the files' texts; the rest stays at the defaults. */
export function learnConventions(files: Iterable<{ path: string; text: string }>, parts: ScanParts = EVERY_PART): ConventionsData {
  const learnt: LearntFile[] = [];
  const counter = parts.vocabulary ? new VocabularyCounter() : null;
  for (const { path, text } of files) learnt.push(countedScan(scanFile(path, text, parts), counter));
  return conventionsFromScans(learnt, counter?.counts() ?? emptyVocabularyCounts(), parts);
}

/**
 * The scan, its names added to `vocabulary` (when counted: a third of the scan's time)
 * and then dropped (they are most of its size).
 */
function countedScan(scan: LearntFile, counter: VocabularyCounter | null): LearntFile {
  counter?.count(scan.habits);
  return { ...scan, habits: { ...scan.habits, identifiers: [], identifierUses: [] } };
}

/** The conventions the scanned files show, with their names counted; the rest stays at the defaults. */
export function conventionsFromScans(learnt: readonly LearntFile[], vocabulary: VocabularyCounts, parts: ScanParts = EVERY_PART): ConventionsData {
  const data = defaultConventionsData();
  if (learnt.length === 0) return data;
  // What no transform of the run reads is not learnt: the default.
  const read = <T>(part: boolean, learn: () => T | undefined, fallback: T): T => (part ? learn() : undefined) ?? fallback;
  const docstrings = parts.docstrings ? learnDocstrings(learnt) : {};
  return {
    lineLength: learnLineLength(learnt) ?? data.lineLength,
    docstringStyle: docstrings.docstringStyle ?? data.docstringStyle,
    docstringLayout: docstrings.docstringLayout ?? data.docstringLayout,
    docstringMood: read(parts.docstrings, () => learnDocstringMood(learnt), data.docstringMood),
    docstringWidth: read(parts.docstrings, () => learnDocstringWidth(learnt), data.docstringWidth),
    quotes: read(parts.habits, () => learnQuotes(learnt), data.quotes),
    logging: read(parts.exceptions, () => learnLogging(learnt), data.logging),
    trailingCommaAfterSoleElement: read(parts.habits, () => learnTrailingCommas(learnt), data.trailingCommaAfterSoleElement),
    vocabulary: read(parts.vocabulary, () => learnVocabulary(vocabulary), data.vocabulary),
    tests: learnTests(learnt),
    raiseFrom: read(parts.exceptions, () => learnRaiseFrom(learnt), data.raiseFrom),
    bareExcept: read(parts.exceptions, () => learnBareExcept(learnt), data.bareExcept),
  };
}

/** A file's text, or null when it cannot be read. */
function readText(path: string): string | null {
  try {
    // Null for a pipe or device named on the command line.
    return readRegularFile(path)?.toString('utf8') ?? null;
  } catch {
    // An unreadable file is reported when the run reaches it; it teaches nothing here.
    return null;
  }
}

/** The files' texts one at a time: each is scanned and dropped before the next is read. */
function* readAll(paths: readonly string[], cwd: string): Generator<{ path: string; text: string }> {
  for (const path of paths) {
    const text = readText(path);
    if (text !== null) yield { path: relative(cwd, path) || path, text };
  }
}

/** The conventions of a run over files on disk. Throws InputError on a bad configuration file. */
export function detectConventions(request: DetectRequest): ConventionsData {
  const configured: ConfiguredConventions = request.start === null ? { files: [] } : readConfiguredConventions(request.start, request.cwd);
  const read = conventionsSample(request.files);
  const learn = () => learnConventions(readAll(read, request.cwd), request.parts ?? EVERY_PART);
  const learnt = request.learnFrom ? request.learnFrom(read, learn) : learn();
  const data: ConventionsData = {
    ...learnt,
    lineLength: configured.lineLength ?? learnt.lineLength,
    docstringStyle: configured.docstringStyle ?? learnt.docstringStyle,
    quotes: configured.quotes ?? learnt.quotes,
  };
  return applyOverrides(data, request.overrides ?? []);
}
