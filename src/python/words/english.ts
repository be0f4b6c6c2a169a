// Small English helpers for sentences written from identifiers: which words are verbs,
// their third-person forms, articles and plurals. Deliberately conservative: a word that
// is not known to be a verb is read as a noun.
import { proseWords, splitIdentifier } from './words.js';

/** Verbs that commonly start a function name, in the imperative. */
const VERBS = new Set(`
accept access acquire activate add adjust boot deallocate dequeue evacuate plug provision reboot rescue shelve unplug unpause unshelve advance allocate allow analyze annotate append apply archive
ask assert assign attach authenticate authorize await backup bind block bootstrap break broadcast
build bump cache calculate call cancel capture cast change check choose clean cleanup clear click clone
close collapse collect combine commit compare compile complete compose compress compute configure
confirm connect consume contain convert copy count crawl create cut deactivate debug decode decorate
decompress decrement decrypt deduplicate define delete deliver deploy deregister describe deserialize
destroy detach detect determine disable disconnect dispatch display dispose divide do download drain
draw drop dump edit emit empty enable encode encrypt end enforce ensure enter enqueue erase escape
evaluate evict exclude execute exit expand expect expire export extend extract fail fetch fill filter
finalize find finish fix flatten follow flip flush fold force fork format forward free freeze gather generate
get grant group guess handle hash hide highlight ignore import increment infer inject insert
inspect install instantiate intercept interpret invalidate invert invoke iterate join keep kill
label launch leave limit link list listen load lock log lookup make map mark mask match measure
merge migrate mock modify monitor mount move multiply mutate normalize notify obtain open optimize
order output override pack pad paint parse partition pass patch pause perform persist pick ping place
play poll pop populate post prepare prepend preprocess print process produce profile prompt propagate
provide prune publish pull purge push put query queue quit quote raise randomize read rebuild receive
record recover redirect reduce refresh register reject release reload remove rename render reorder
repair repeat replace reply report request require reschedule reserve reset resize resolve restart
restore resume retrieve retry return reverse revert revoke rewrite roll rollback rotate round route run
sanitize save scale scan schedule scroll search seed select send serialize serve set setup shift show
shrink shuffle shut shutdown simulate skip sleep slice snapshot sort spawn split squash stage start
step stop store stream strip submit subscribe substitute subtract suspend swap switch sync tag take
teardown terminate test throttle toggle tokenize touch trace track transform translate traverse trigger
trim truncate try unblock unbind undo unescape unify uninstall unlink unload unlock unmount unpack
unquote unregister unset unsubscribe unwrap update upgrade upload use validate verify visit wait walk
warn watch wrap write yield zip
`.split(/\s+/).filter(Boolean));

/** Verbs a test name uses in the third person (`test_login_fails_without_password`). */
const THIRD_PERSON_IRREGULAR = new Set(['is', 'are', 'has', 'does', 'can', 'cannot', 'should', 'must', 'will', 'was', 'were', 'works', 'keeps']);

/** Verbs written as two words in prose. */
const PHRASAL: ReadonlyMap<string, string> = new Map(Object.entries({
  setup: 'set up', teardown: 'tear down', cleanup: 'clean up', shutdown: 'shut down', lookup: 'look up',
  startup: 'start up', backup: 'back up', rollback: 'roll back',
}));

/** Verbs whose object follows a preposition (`connect to the host`). */
const PREPOSITIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  connect: 'to', subscribe: 'to', reply: 'to', respond: 'to', switch: 'to', wait: 'for', search: 'for', listen: 'on',
  iterate: 'over', loop: 'over', unsubscribe: 'from', disconnect: 'from', log: 'to', sleep: 'for',
}));

/** The preposition a verb takes before its object, if any. */
export function prepositionAfter(verb: string): string | undefined {
  return PREPOSITIONS.get(verb.toLowerCase());
}

/** Words after which a noun phrase does not take "the". */
const NO_ARTICLE_BEFORE = new Set(`
a an the this that these those all any each every some no none and or but nor for to from of in on at by
with without into onto over under up down out off if when while until unless as than then so not only
its their his her our your my it them him us me one two three new more most less least many much few
own another both either neither away back again later soon now once twice
`.split(/\s+/).filter(Boolean));

export function isVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return VERBS.has(lower) || /^[a-z]{3,}(?:ize|ise|ify)$/.test(lower);
}

/** `fails`, `raises`, `is`: a verb in the third person singular. */
export function isThirdPersonVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (THIRD_PERSON_IRREGULAR.has(lower)) return true;
  if (lower.endsWith('ies') && VERBS.has(`${lower.slice(0, -3)}y`)) return true;
  if (lower.endsWith('es') && VERBS.has(lower.slice(0, -2))) return true;
  return lower.endsWith('s') && VERBS.has(lower.slice(0, -1));
}

/** The verb as it reads in a sentence (`setup` -> `set up`). */
export function verbPhrase(verb: string): string {
  return PHRASAL.get(verb.toLowerCase()) ?? verb.toLowerCase();
}

/** Whether "the" may go before the words that follow a verb. */
export function takesArticle(followingWords: readonly string[]): boolean {
  const next = followingWords[0];
  if (next === undefined) return false;
  return !NO_ARTICLE_BEFORE.has(next.toLowerCase()) && !/^\d/.test(next) && !isThirdPersonVerb(next);
}

/** "a" or "an" for a phrase, by the sound of its first letter (acronyms spelled out). */
export function indefiniteArticle(phrase: string): string {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  if (/^[A-Z]{2,}/.test(first)) return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  if (/^(?:uni|use|usu|one|eu)/i.test(first)) return 'a';
  if (/^(?:hour|honest|honor)/i.test(first)) return 'an';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** The plural of a phrase's last word (`connection pool` -> `connection pools`). */
export function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  let plural: string;
  if (/[^s]s$/.test(last) && !/(?:ss|us|is)$/.test(last)) plural = last;
  else if (/(?:s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...words, plural].join(' ');
}

/** Capitalises the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Verbs that old-style names glue to their object (`getvalue`, `readline`, `isdir`). */
const GLUED_VERBS = ['get', 'set', 'is', 'has', 'read', 'write', 'iter', 'find', 'split'];
/** Words that start like a glued verb but are words of their own. */
const NOT_GLUED = new Set([
  'settings', 'setting', 'settle', 'setter', 'setters', 'getter', 'getters', 'issue', 'issues', 'island', 'isolate',
  'isolated', 'isolation', 'hashable', 'readable', 'readably', 'writable', 'writeable', 'iterate', 'iterable', 'iterator',
  'iterators', 'iteration', 'iterated', 'finder', 'finders', 'getting', 'reading', 'writing', 'readiness', 'splitter',
  'issuer', 'hasher', 'readers', 'writers', 'finding', 'findings', 'settlement', 'isthmus', 'setback',
]);

/**
 * Splits a verb glued to its object (`getboolean` -> get, boolean; `readline` -> read,
 * line) when the rest is at least three letters; words of their own stay whole.
 */
export function splitGluedVerb(word: string): string[] {
  const lower = word.toLowerCase();
  if (NOT_GLUED.has(lower) || VERBS.has(lower)) return [word];
  for (const verb of GLUED_VERBS) {
    if (lower.startsWith(verb) && lower.length - verb.length >= 3) return [verb, lower.slice(verb.length)];
  }
  return [word];
}

/** The words of a function name as prose, a verb glued to its object split off (`readline`). */
export function functionWords(name: string): string[] {
  const [first, ...rest] = splitIdentifier(name).words;
  if (first === undefined) return [];
  // `init_db`: first, `init` is the verb (elsewhere the noun: `_no_init`, `InitVar`).
  if (first.toLowerCase() === 'init') return ['initialize', ...proseWords(rest)];
  return proseWords([...splitGluedVerb(first), ...rest]);
}

/** `the a type` -> `a type`: "the" before a phrase that opens with an article goes. */
export function noDoubleArticle(text: string): string {
  return text.replace(/\b(the) (?=(?:a|an|the) )/gi, '');
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `Returns` -> `Return`: the imperative of a regular verb in the third person, else undefined. */
export function imperativeOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (THIRD_PERSON_IRREGULAR.has(lower) || !isThirdPersonVerb(lower)) return undefined;
  const base = lower.endsWith('ies') && VERBS.has(`${lower.slice(0, -3)}y`) ? `${lower.slice(0, -3)}y` : lower.endsWith('es') && VERBS.has(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.slice(0, -1);
  return /^[A-Z]/.test(word) ? capitalize(base) : base;
}

/** `Return` -> `Returns`, `Apply` -> `Applies`: the third person of a known verb, else undefined. */
export function thirdPersonOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!VERBS.has(lower) || PHRASAL.has(lower)) return undefined;
  const third = /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : /(?:s|x|z|ch|sh|o)$/.test(lower) ? `${lower}es` : `${lower}s`;
  return /^[A-Z]/.test(word) ? capitalize(third) : third;
}

/** `Cleanup` -> `Clean up`: a verb written as one word that prose writes as two, else undefined. */
export function phrasalVerbOf(word: string): string | undefined {
  const phrase = PHRASAL.get(word.toLowerCase());
  return phrase && /^[A-Z]/.test(word) ? capitalize(phrase) : phrase;
}
