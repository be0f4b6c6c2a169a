// Proposals for over-long function, method and class names: drop articles and hedges
// only (never a word that carries meaning), or the words that repeat the class or module
// a name is always spelled after (`TensAdd._tens_add_collect_terms`); keep the leading
// underscore, never touch names that frameworks call by name or that leave the project
// (public API, exceptions, RPC methods) unless asked, never propose a name that
// collides; "over-long" is judged against the project's own names.
import { isTestFile } from '../python/conventions/tests.js';
import { isVerb } from '../python/words/english.js';
import { identifierWords, isDunder, joinIdentifier, splitIdentifier } from '../python/words/words.js';
import type { ProjectIndex, ProjectSymbol } from './index.js';

export interface ShorterNameOptions {
  /** Longer names get a proposal; 0: learnt from the project's own names. */
  maxLength: number;
  /** Names of more words get a proposal; 0: learnt from the project's own names. */
  maxWords: number;
  /** Also propose names that code outside the project may use. */
  public?: boolean;
}

export interface NameProposal {
  qualified: string;
  oldName: string;
  newName: string;
  references: number;
  /** No leading underscore: code outside the project may use it too. */
  isPublic: boolean;
  /** Tests named after it (`test_<name>`), which keep the old words unless renamed too. */
  namesakes: string[];
}

/**
 * Words that carry no meaning a reader needs in a name: articles and hedges. Nothing
 * else goes: `all`, `and`, `or`, `not`, `by`, `be`, `is`, `has` and prepositions all
 * say something (`instance_get_all_by_host` returns a list, `validate_and_default_volume_size`
 * does two things, `SecurityGroupCannotBeApplied` is English only with its `be`), and
 * `GetExtnNameForEvent` lost its relation without its `for`.
 */
const FILLER = new Set(['a', 'an', 'the', 'actually', 'really', 'just', 'basically']);

/** Forms of `be`: the article after them belongs to the predicate (`_expression_collection_was_a_list`). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

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
    if ([cls, ...index.ancestors(cls)].some((candidate) => index.hasExternalBase(candidate))) return true;
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
  // A name its words do not spell back (`m2m` splits into `m2`, `m`) would be mangled.
  if (joinIdentifier(parts.words, parts.style, { leading: parts.leading, trailing: parts.trailing }) !== name) return null;
  // Only words that carry no meaning go: dropping a content word (`wait_result_broken`,
  // `parse_content_disposition_header`) changed the meaning in most stdlib proposals.
  // A last word is what the name ends on (`set_a`): it stays.
  // `is_a_shelved_one`, `was_a_list` and `is_not_a_valid_host` need their article to read
  // as English: one after a form of `be` (and its negation), or before `one`, stays.
  const lower = parts.words.map((word) => word.toLowerCase());
  // A form of `be` followed by an article opens a noun predicate, which keeps all its
  // articles: rope's `_is_the_last_method_of_a_class` would become
  // `_is_the_last_method_of_class`, half English. A subject before it may lose them
  // (`_check_the_host_is_a_compute_node`), and so may a participle's object
  // (`CannotBeAppliedToTheInstance`).
  const opensNounPredicate = (position: number): boolean => {
    if (!COPULAS.has(lower[position] ?? '')) return false;
    const next = /^(?:not|never)$/.test(lower[position + 1] ?? '') ? position + 2 : position + 1;
    return FILLER.has(lower[next] ?? '');
  };
  const inPredicate = (position: number): boolean => lower.slice(0, position).some((_, at) => opensNounPredicate(at));
  const keepsArticle = (position: number): boolean => inPredicate(position) || lower.slice(position + 1, position + 4).includes('one');
  const words = parts.words.filter((word, position) => position === 0 || position === lower.length - 1 || !FILLER.has(lower[position]!) || keepsArticle(position));
  const candidate = joinIdentifier(words, parts.style, { leading: parts.leading, trailing: parts.trailing });
  if (candidate === name || words.length === parts.words.length || words.length < 2) return null;
  return candidate;
}

/** Where `run` occurs as consecutive words of `words`. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The name without its first `count` words, as written (`_tensAdd_collect_terms` minus
 * two words is `_collect_terms`, `_tlsShutdownFinished` minus one is
 * `_shutdownFinished`), or null when the words cannot be found in the spelling.
 */
function dropLeadingWords(name: string, count: number): string | null {
  const leading = /^_*/.exec(name)?.[0] ?? '';
  const core = name.slice(leading.length);
  const words = identifierWords(core);
  let cursor = 0;
  for (const word of words.slice(0, count)) {
    const at = core.toLowerCase().indexOf(word, cursor);
    if (at !== cursor) return null;
    cursor = at + word.length;
    while (core[cursor] === '_') cursor++;
  }
  let rest = core.slice(cursor);
  // `tlsShutdownFinished` is camelCase: what remains starts in lower case too.
  if (/^[a-z]/.test(core) && /^[A-Z][a-z]/.test(rest)) rest = rest.charAt(0).toLowerCase() + rest.slice(1);
  const shorter = `${leading}${rest}`;
  return identifierWords(shorter).join(' ') === words.slice(count).join(' ') ? shorter : null;
}

/**
 * Go's linters call `http.HTTPServer` a stutter: callers spell the package before the
 * name, so the name need not repeat it. They leave methods alone ("method names are used
 * object-qualified"), and so do we where the evidence says so: a name is shortened only
 * where every place the project uses it spells the context before it
 * (`TensAdd._tensAdd_collect_terms(args)`, `cache._cache_lookup(key)`), never where it is
 * reached as `self.x`, `cls.x`, a bare name or on an object of unknown class (there the
 * repeated words are all the reader has). Blind reviews on real projects taught the other
 * conditions: the words dropped open both the name and the class's (or module's) own
 * name, as in golint (`DateTimeCheckMixin._check_fix_default_value` checks: its `check`
 * is the action, not the class); what remains starts with a verb
 * and has two words at least (`_minpoly_add` to `_add` says nothing); and it is not the
 * name of another member of the hierarchy or module, with or without underscores
 * (`TimerBase._timer_start` beside `start`, `TensAdd._tensAdd_flatten` beside
 * `AssocOp.flatten`: the prefix is what tells them apart), nor in the modules of its
 * base classes; and no sibling shares the prefix (`_timer_start`, `_timer_stop` are a
 * family of backend hooks, named alike on purpose).
 */
export function withoutRepeatedContext(symbol: ProjectSymbol, index: ProjectIndex): string | null {
  if (symbol.kind !== 'function') return null;
  const name = symbol.definition.name;
  const context = symbol.classPath.length ? (symbol.classPath[symbol.classPath.length - 1] as string) : (symbol.module.split('.').pop() as string);
  const contextWords = identifierWords(context);
  const words = identifierWords(name);
  // The name opens with the context's own opening words (golint's prefix rule).
  let repeated = 0;
  while (repeated < words.length - 1 && repeated < contextWords.length && words[repeated] === contextWords[repeated]) repeated++;
  if (repeated === 0) return null;
  const rest = words.slice(repeated);
  if (rest.length < 2 || !isVerb(rest[0] as string)) return null;
  const shorter = dropLeadingWords(name, repeated);
  if (!shorter) return null;
  // Every use spells the context: `Class.name` or `module.name`, with the repeated words.
  const dropped = words.slice(0, repeated);
  const occurrences = index.occurrencesOf(name);
  if (occurrences.unknown.length > 0 || occurrences.references.length === 0) return null;
  const spelled = occurrences.references.every(({ reference }) => {
    if (reference.kind !== 'attribute' && reference.kind !== 'imported') return false;
    const receiver = reference.base[reference.base.length - 1];
    return !!receiver && containsRun(identifierWords(receiver), dropped);
  });
  if (!spelled) return null;
  // Siblings named with the same prefix (`_tensAdd_flatten`, `_tensAdd_check`) are a
  // family: renaming one of them breaks it.
  const scope = symbol.qualified.slice(0, -name.length);
  const siblings = [...index.symbols.values()].filter((other) => other !== symbol && other.path === symbol.path && other.qualified === `${scope}${other.definition.name}`);
  if (siblings.some((other) => containsRun(identifierWords(other.definition.name).slice(0, repeated), dropped) && identifierWords(other.definition.name).length > repeated)) return null;
  // A near namesake (`start` for `_start`) is what the prefix kept apart, in the class's
  // hierarchy or the modules it comes from (`IndexedIntegral._indexed_process_limits`
  // beside `expr_with_limits._process_limits`, which its base class uses).
  const bare = shorter.replace(/^_+/, '');
  const spellings = [bare, `_${bare}`, `__${bare}`];
  const modules = new Set([symbol.path]);
  if (symbol.classPath.length) {
    const cls = [symbol.module, ...symbol.classPath].join('.');
    for (const member of index.hierarchy(cls)) {
      if (spellings.some((spelling) => index.symbols.has(`${member}.${spelling}`))) return null;
      const path = index.symbols.get(member)?.path;
      if (path) modules.add(path);
    }
  }
  for (const path of modules) if (spellings.some((spelling) => index.files.get(path)?.globals.includes(spelling))) return null;
  return shorter;
}

/**
 * Whether `proposeShorterNames` could propose a new name for a definition of this name,
 * whatever the definition's context and the project's limits, as the name alone shows:
 * it has words that carry no meaning to drop (`shortenName`), or a verb after its first
 * word with another word after it, which the context's words could precede
 * (`withoutRepeatedContext`). Only the places of such names are read for proposals.
 */
export function mayBeProposed(name: string): boolean {
  if (shortenName(name, { maxLength: 0, maxWords: 0 }) !== null) return true;
  const words = identifierWords(name);
  for (let repeated = 1; repeated <= words.length - 2; repeated++) {
    if (isVerb(words[repeated] as string) && dropLeadingWords(name, repeated) !== null) return true;
  }
  return false;
}

/** The value at `fraction` of the sorted values (0.98: longer than 98 in 100). */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/**
 * The lengths past which a name is over-long for this project: the options when set,
 * else longer than 98 in 100 of its own (non-test) names, and never under 30 characters
 * or 5 words (names of 23 to 32 characters were called over-long in a project whose
 * names run that long). Under a hundred names say too little: the floors hold.
 */
export function overLongLimits(index: ProjectIndex, options: ShorterNameOptions): { maxLength: number; maxWords: number } {
  const all = [...index.symbols.values()].filter((symbol) => !isTestFile(symbol.path)).map((symbol) => symbol.definition.name);
  const names = all.length >= 100 ? all : [];
  return {
    maxLength: options.maxLength > 0 ? options.maxLength : Math.max(30, percentile(names.map((name) => name.length), 0.98)),
    maxWords: options.maxWords > 0 ? options.maxWords : Math.max(5, percentile(names.map((name) => splitIdentifier(name).words.length), 0.98)),
  };
}

function isTooLong(name: string, limits: { maxLength: number; maxWords: number }): boolean {
  return name.length > limits.maxLength || splitIdentifier(name).words.length > limits.maxWords;
}

/**
 * Why a symbol's name leaves the project, or null: exception classes travel in
 * serialized payloads and `except` clauses of other projects, RPC methods are called by
 * name from other processes, and a public name (no underscore on it, its classes or its
 * module, or listed in `__all__`) may be imported by code we cannot see.
 */
export function leavesTheProject(symbol: ProjectSymbol, index: ProjectIndex): string | null {
  const cls = symbol.kind === 'class' ? symbol.qualified : null;
  if (cls && [symbol.definition.name, ...symbol.definition.bases, ...index.ancestors(cls)].some((name) => /(?:Error|Exception|Warning|Fault)$/.test(name))) {
    return 'an exception class';
  }
  if (/(?:^|\.)rpc(?:api)?(?:\.|$)/i.test(symbol.module) || symbol.classPath.some((name) => /(?:RPC)?API$/.test(name))) return 'an RPC method';
  const exports = index.files.get(symbol.path)?.exports;
  if (exports?.includes(symbol.classPath[0] ?? symbol.definition.name)) return 'in its module\'s __all__';
  const parts = [...symbol.module.split('.'), ...symbol.classPath, symbol.definition.name];
  if (parts.every((part) => !part.startsWith('_') || isDunder(part))) return 'public';
  return null;
}

/** Tests named after a function (`test_set_vm_state_and_notify` for `_set_vm_state_and_notify`). */
function namesakesOf(index: ProjectIndex, name: string): string[] {
  const core = name.replace(/^_+/, '');
  const found: string[] = [];
  for (const symbol of index.symbols.values()) {
    const other = symbol.definition.name;
    if (/^test/i.test(other) && other.toLowerCase().includes(core.toLowerCase())) found.push(symbol.qualified);
  }
  return found.sort();
}

/** Counts the references the index holds for a name (an estimate for the reviewer). */
function referenceCount(index: ProjectIndex, name: string): number {
  const occurrences = index.occurrencesOf(name);
  return occurrences.references.length + occurrences.strings.length + occurrences.imports.length;
}

/**
 * Whether another definition spells the same words outside the symbol's own override
 * family: rope's `_is_assigned_in_a_tuple_assignment` delegates to the finder's
 * `is_assigned_in_a_tuple_assignment`, and two unrelated classes may name the same step
 * alike. Renaming one of them alone breaks the pair, and the other may not be renamable
 * (the finder's is reached on objects of unknown class): both or neither, so neither.
 */
function hasMirror(symbol: ProjectSymbol, index: ProjectIndex): boolean {
  const bare = symbol.definition.name.replace(/^_+/, '');
  const cls = symbol.classPath.length ? [symbol.module, ...symbol.classPath].join('.') : null;
  const family = cls ? index.hierarchy(cls) : new Set<string>();
  for (const other of index.symbols.values()) {
    if (other === symbol || other.definition.name.replace(/^_+/, '') !== bare) continue;
    const otherClass = other.classPath.length ? [other.module, ...other.classPath].join('.') : null;
    // An override renamed with it (the family) is no mirror.
    if (other.definition.name === symbol.definition.name && otherClass && family.has(otherClass)) continue;
    return true;
  }
  return false;
}

export function proposeShorterNames(index: ProjectIndex, options: ShorterNameOptions): NameProposal[] {
  const proposals: NameProposal[] = [];
  const taken = new Set<string>();
  const limits = overLongLimits(index, options);
  for (const symbol of [...index.symbols.values()].sort((a, b) => a.qualified.localeCompare(b.qualified))) {
    const oldName = symbol.definition.name;
    if (isFrameworkBound(symbol, index)) continue;
    const leaves = leavesTheProject(symbol, index);
    if (leaves && !options.public) continue;
    // A repeated context is redundant at any length; articles only in an over-long name.
    const newName = withoutRepeatedContext(symbol, index) ?? (isTooLong(oldName, limits) ? shortenName(oldName, limits) : null);
    if (!newName || hasMirror(symbol, index)) continue;
    const scope = symbol.qualified.slice(0, -oldName.length);
    const key = `${scope}${newName}`;
    if (taken.has(key) || index.symbols.has(key) || index.files.get(symbol.path)?.globals.includes(newName)) continue;
    taken.add(key);
    const isPublic = [...symbol.classPath, oldName].every((part) => !part.startsWith('_'));
    proposals.push({ qualified: symbol.qualified, oldName, newName, references: referenceCount(index, oldName), isPublic, namesakes: namesakesOf(index, oldName) });
  }
  return proposals;
}
