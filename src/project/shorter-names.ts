// Proposals for over-long function, method and class names: drop filler words, keep the
// verb and its object, keep the leading underscore, never touch names that frameworks
// call by name, and never propose a name that collides.
import { isTestFile } from '../python/conventions/tests.js';
import { isDunder, joinIdentifier, splitIdentifier } from '../python/words/words.js';
import type { ProjectIndex, ProjectSymbol } from './index.js';

export interface ShorterNameOptions {
  maxLength: number;
  maxWords: number;
}

export interface NameProposal {
  qualified: string;
  oldName: string;
  newName: string;
  references: number;
  /** No leading underscore: code outside the project may use it too. */
  isPublic: boolean;
}

/**
 * Words that carry no meaning a reader needs in a name (and verbs that only link others).
 * Prepositions are not among them: `GetExtnNameForEvent`, `add_call_item_to_queue`,
 * `_build_char_in_string_func` and `_optim_args_from_interpreter_flags` (beside its sibling
 * `_args_from_interpreter_flags`) lost their relation without them, in the standard library.
 */
const FILLER = new Set(['a', 'an', 'the', 'and', 'that', 'which', 'then', 'also', 'is', 'are', 'be', 'it', 'its', 'this', 'some', 'all', 'do', 'does', 'actually', 'really', 'just', 'basically', 'given', 'specified', 'provided']);


/**
 * Names that frameworks look up by their exact spelling. Test code is left to
 * test-names: test runners, `-k` expressions and CI configuration name its classes and
 * methods (and helpers such as `_testX` pair with `testX` by name).
 */
function isFrameworkBound(symbol: ProjectSymbol, index: ProjectIndex): boolean {
  const name = symbol.definition.name;
  if (isTestFile(symbol.path)) return true;
  if (isDunder(name) || /^test/i.test(name) || /^(setUp|tearDown|setUpClass|tearDownClass|asyncSetUp|asyncTearDown|setUpModule|tearDownModule)$/.test(name)) return true;
  if (/^(do|visit|handle|on|depart|get|post|put|patch|delete)_/.test(name)) return true;
  if (symbol.definition.decorators.some((decorator) => /(^|\.)(fixture|hookimpl|route|command|group|task|receiver|validator|property|setter|overload|abstractmethod)\b/.test(decorator))) return true;
  // A method of a class with a base outside the project may override one we cannot see.
  if (symbol.classPath.length) {
    const cls = [symbol.module, ...symbol.classPath].join('.');
    if ([cls, ...index.ancestors(cls)].some((candidate) => index.externalBases.has(candidate))) return true;
  }
  return false;
}

/** A shorter spelling of `name`, or null when it cannot be made short enough sensibly. */
export function shortenName(name: string, options: ShorterNameOptions): string | null {
  // A name that mixes underscores and capitals (`CTask_CFuture_Tests`, `skipIf`-style
  // suffixes) cannot be rebuilt in its own style: better no proposal than a mangled one.
  const core = name.replace(/^_+|_+$/g, '');
  if (core.includes('_') && /[A-Z]/.test(core) && !/^[A-Z0-9_]+$/.test(core)) return null;
  const parts = splitIdentifier(name);
  if (parts.words.length === 0) return null;
  // Only words that carry no meaning go: dropping a content word (`wait_result_broken`,
  // `parse_content_disposition_header`) changed the meaning in most stdlib proposals.
  const words = parts.words.filter((word, position) => position === 0 || !FILLER.has(word.toLowerCase()));
  const candidate = joinIdentifier(words, parts.style, { leading: parts.leading, trailing: parts.trailing });
  if (candidate === name || candidate.length > options.maxLength || words.length > options.maxWords || words.length < 2) return null;
  return candidate;
}

function isTooLong(name: string, options: ShorterNameOptions): boolean {
  return name.length > options.maxLength || splitIdentifier(name).words.length > options.maxWords;
}

/** Counts the references the index holds for a name (an estimate for the reviewer). */
function referenceCount(index: ProjectIndex, name: string): number {
  const occurrences = index.occurrencesOf(name);
  return occurrences.references.length + occurrences.strings.length + occurrences.imports.length;
}

export function proposeShorterNames(index: ProjectIndex, options: ShorterNameOptions): NameProposal[] {
  const proposals: NameProposal[] = [];
  const taken = new Set<string>();
  for (const symbol of [...index.symbols.values()].sort((a, b) => a.qualified.localeCompare(b.qualified))) {
    const oldName = symbol.definition.name;
    if (!isTooLong(oldName, options) || isFrameworkBound(symbol, index)) continue;
    const newName = shortenName(oldName, options);
    if (!newName) continue;
    const scope = symbol.qualified.slice(0, -oldName.length);
    const key = `${scope}${newName}`;
    if (taken.has(key) || index.symbols.has(key) || index.files.get(symbol.path)?.globals.includes(newName)) continue;
    taken.add(key);
    const isPublic = [...symbol.classPath, oldName].every((part) => !part.startsWith('_'));
    proposals.push({ qualified: symbol.qualified, oldName, newName, references: referenceCount(index, oldName), isPublic });
  }
  return proposals;
}
