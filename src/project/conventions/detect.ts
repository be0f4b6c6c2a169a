// A run's conventions, found once on the main thread before any file is transformed:
// what the overrides set, else what the configuration files declare, else what the code
// shows, else the defaults. Reading the code is a text scan of each file (no parse).
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_TEST_LAYOUT, defaultConventionsData, testFileMatcher, type ConventionsData } from '../../engine/conventions.js';
import { fileHabits } from '../../python/conventions/file-habits.js';
import { readConfiguredConventions, type ConfiguredConventions } from './configured.js';
import { learnBareExcept, learnDocstringMood, learnDocstringWidth, learnDocstrings, learnLineLength, learnLogging, learnQuotes, learnRaiseFrom, learnTests, learnTrailingCommas, learnVocabulary, type LearntFile } from './learn.js';
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
}

function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)] as T);
}

/** Learns what can be learnt from the files' texts; the rest stays at the defaults. */
export function learnConventions(files: Iterable<{ path: string; text: string }>): ConventionsData {
  const isTest = testFileMatcher(DEFAULT_TEST_LAYOUT);
  const learnt: LearntFile[] = [];
  for (const { path, text } of files) learnt.push({ path, habits: fileHabits(text), isTest: isTest(path) });
  const data = defaultConventionsData();
  if (learnt.length === 0) return data;
  const docstrings = learnDocstrings(learnt);
  return {
    lineLength: learnLineLength(learnt) ?? data.lineLength,
    docstringStyle: docstrings.docstringStyle ?? data.docstringStyle,
    docstringLayout: docstrings.docstringLayout ?? data.docstringLayout,
    docstringMood: learnDocstringMood(learnt) ?? data.docstringMood,
    docstringWidth: learnDocstringWidth(learnt) ?? data.docstringWidth,
    quotes: learnQuotes(learnt),
    logging: learnLogging(learnt) ?? data.logging,
    trailingCommaAfterSoleElement: learnTrailingCommas(learnt) ?? data.trailingCommaAfterSoleElement,
    vocabulary: learnVocabulary(learnt),
    tests: learnTests(learnt),
    raiseFrom: learnRaiseFrom(learnt) ?? data.raiseFrom,
    bareExcept: learnBareExcept(learnt) ?? data.bareExcept,
  };
}

/** The files' texts one at a time: each is scanned and dropped before the next is read. */
function* readAll(paths: readonly string[], cwd: string): Generator<{ path: string; text: string }> {
  for (const path of paths) {
    let text: string;
    try {
      // A pipe or device named on the command line would block the read forever.
      if (!statSync(path).isFile()) continue;
      text = readFileSync(path, 'utf8');
    } catch {
      // An unreadable file is reported when the run reaches it; it teaches nothing here.
      continue;
    }
    yield { path: relative(cwd, path) || path, text };
  }
}

/** The conventions of a run over files on disk. Throws InputError on a bad configuration file. */
export function detectConventions(request: DetectRequest): ConventionsData {
  const configured: ConfiguredConventions = request.start === null ? { files: [] } : readConfiguredConventions(request.start, request.cwd);
  const read = sample(request.files, MAX_FILES_READ);
  const learn = () => learnConventions(readAll(read, request.cwd));
  const learnt = request.learnFrom ? request.learnFrom(read, learn) : learn();
  const data: ConventionsData = {
    ...learnt,
    lineLength: configured.lineLength ?? learnt.lineLength,
    docstringStyle: configured.docstringStyle ?? learnt.docstringStyle,
    quotes: configured.quotes ?? learnt.quotes,
  };
  return applyOverrides(data, request.overrides ?? []);
}
