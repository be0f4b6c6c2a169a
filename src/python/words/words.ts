// Words of Python identifiers: splitting names in any case style, joining words back in
// a chosen style, the one shipped dictionary of abbreviations (shared by the naming
// transforms and the summarizer), and how words read in prose.

export type CaseStyle = 'snake' | 'constant' | 'camel' | 'pascal';

/** An identifier taken apart: `__private_value_` -> `__`, [private, value], `_`. */
export interface IdentifierParts {
  /** Leading underscores (`_`, `__`), kept apart so they survive a rename. */
  leading: string;
  /**
   * The words, lowercased, except acronyms inside a camel or Pascal case name (`HTTP`
   * in `HTTPServer`), which keep their capitals. Digits stay with the letters before
   * them (`utf8`, `base64`); a run of digits alone is a word (`version_2`).
   */
  words: string[];
  /** Trailing underscores (`class_`, `__init__`). */
  trailing: string;
  /** The style the name is written in (one lowercase word counts as `snake`). */
  style: CaseStyle;
}

const WORD_PATTERN = /[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+/g;

/** The style of a name, ignoring its leading and trailing underscores. */
export function caseStyleOf(name: string): CaseStyle {
  const core = name.replace(/^_+|_+$/g, '');
  if (/^[A-Z0-9_]+$/.test(core) && /[A-Z]/.test(core)) return core.length > 1 || core.includes('_') ? 'constant' : 'pascal';
  if (/^[a-z0-9_]+$/.test(core) || core.includes('_')) return 'snake';
  return /^[A-Z]/.test(core) ? 'pascal' : 'camel';
}

export function splitIdentifier(name: string): IdentifierParts {
  return splitLowerCase(name) ?? splitByPattern(name);
}

/**
 * A name of lowercase ASCII letters, digits and underscores (most of Python's), split
 * character by character as `splitByPattern` splits it, without a regular expression;
 * undefined for any other name. Its words are runs of letters, each with the digits
 * after it, and runs of digits that follow no letter (`utf8`, `a1b2` -> `a1`, `b2`).
 */
function splitLowerCase(name: string): IdentifierParts | undefined {
  let leadingEnd = 0;
  while (leadingEnd < name.length && name.charCodeAt(leadingEnd) === 95) leadingEnd++;
  let trailingStart = name.length;
  while (trailingStart > leadingEnd && name.charCodeAt(trailingStart - 1) === 95) trailingStart--;
  const words: string[] = [];
  let start = -1;
  for (let at = leadingEnd; at <= trailingStart; at++) {
    const code = at < trailingStart ? name.charCodeAt(at) : 95;
    const letter = code >= 97 && code <= 122;
    const digit = code >= 48 && code <= 57;
    if (!letter && !digit && code !== 95) return undefined;
    // A word ends at an underscore, and at a letter after a digit.
    if (start >= 0 && (code === 95 || (letter && name.charCodeAt(at - 1) <= 57))) {
      words.push(name.slice(start, at));
      start = -1;
    }
    if (code === 95) continue;
    if (start < 0) start = at;
  }
  const core = leadingEnd < trailingStart;
  return { leading: name.slice(0, leadingEnd), words, trailing: name.slice(trailingStart), style: core ? 'snake' : 'camel' };
}

/** `splitIdentifier` for any name, by WORD_PATTERN. */
export function splitByPattern(name: string): IdentifierParts {
  const leading = /^_*/.exec(name)?.[0] ?? '';
  const rest = name.slice(leading.length);
  const trailing = rest.length > 0 ? (/_*$/.exec(rest)?.[0] ?? '') : '';
  const core = rest.slice(0, rest.length - trailing.length);
  const style = caseStyleOf(name);
  const words: string[] = [];
  for (const part of core.split('_')) {
    for (const match of part.match(WORD_PATTERN) ?? []) {
      const acronym = (style === 'camel' || style === 'pascal') && match.length > 1 && /^[A-Z]+\d*$/.test(match);
      words.push(acronym ? match : match.toLowerCase());
    }
  }
  return { leading, words, trailing, style };
}

/** The words of a name, lowercased (`getHTTPResponse` -> get, http, response). */
export function identifierWords(name: string): string[] {
  return splitIdentifier(name).words.map((word) => word.toLowerCase());
}

function capitalized(word: string): string {
  if (/^[A-Z]+\d*$/.test(word) && word.length > 1) return word;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Joins words into an identifier of the given style, with the given underscores. */
export function joinIdentifier(
  words: readonly string[],
  style: CaseStyle,
  underscores: { leading?: string; trailing?: string } = {},
): string {
  let core: string;
  switch (style) {
    case 'snake':
      core = words.map((word) => word.toLowerCase()).join('_');
      break;
    case 'constant':
      core = words.map((word) => word.toUpperCase()).join('_');
      break;
    case 'camel':
      core = words.map((word, index) => (index === 0 ? word.toLowerCase() : capitalized(word))).join('');
      break;
    case 'pascal':
      core = words.map(capitalized).join('');
      break;
  }
  return `${underscores.leading ?? ''}${core}${underscores.trailing ?? ''}`;
}

/** `__init__`, `__eq__`: a name Python itself gives a meaning to. */
export function isDunder(name: string): boolean {
  return /^__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__$/.test(name);
}

/** One leading underscore and not a dunder: private by convention. */
export function isPrivateName(name: string): boolean {
  return name.startsWith('_') && !isDunder(name);
}

/**
 * Abbreviations and what they stand for, one word each (an expansion may be several
 * words, separated by spaces). Left out on purpose: abbreviations with two common
 * meanings (`res`: result or resource or response; `temp`: temporary or temperature;
 * `mod`: module or modulo; `desc`: description or descending; `auth`: authentication or
 * authorization; `dt`, `sec`, `spec`; after a standard-library run: `doc`, a docstring more
 * often than a document; `fn`, a file name as often as a function; `ns`, a namespace or
 * nanoseconds or Netscape; `dst`, daylight saving time as often as a destination; `ts`, a
 * TypeVarTuple, a TopologicalSorter or a tab size more often than a timestamp; `cur`, a
 * database cursor more often than current (`curr` stays); `loc`, a locale; `tpl`, a tuple;
 * `usr`, `SIGUSR1`) and
 * domain abbreviations (`rp`), which users add.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['addr', 'address'],
  ['alloc', 'allocation'],
  ['amt', 'amount'],
  ['attr', 'attribute'],
  ['avg', 'average'],
  ['btn', 'button'],
  ['buf', 'buffer'],
  ['calc', 'calculate'],
  ['cb', 'callback'],
  ['cfg', 'configuration'],
  ['cnt', 'count'],
  ['col', 'column'],
  ['conf', 'configuration'],
  ['conn', 'connection'],
  ['ctx', 'context'],
  ['curr', 'current'],
  ['dest', 'destination'],
  ['dir', 'directory'],
  ['elem', 'element'],
  ['env', 'environment'],
  ['err', 'error'],
  ['exc', 'exception'],
  ['expr', 'expression'],
  ['fmt', 'format'],
  ['hdr', 'header'],
  ['idx', 'index'],
  ['img', 'image'],
  ['impl', 'implementation'],
  ['lbl', 'label'],
  ['lib', 'library'],
  ['lst', 'list'],
  ['mgr', 'manager'],
  ['msg', 'message'],
  ['num', 'number'],
  ['opt', 'option'],
  ['param', 'parameter'],
  ['pkg', 'package'],
  ['pos', 'position'],
  ['prev', 'previous'],
  ['proc', 'process'],
  ['proj', 'project'],
  ['ptr', 'pointer'],
  ['qty', 'quantity'],
  ['ref', 'reference'],
  ['repo', 'repository'],
  ['req', 'request'],
  ['resp', 'response'],
  ['sep', 'separator'],
  ['seq', 'sequence'],
  ['srv', 'server'],
  ['src', 'source'],
  ['stmt', 'statement'],
  ['svc', 'service'],
  ['sz', 'size'],
  ['tbl', 'table'],
  ['tmp', 'temporary'],
  ['tok', 'token'],
  ['util', 'utility'],
  ['val', 'value'],
  ['ver', 'version'],
]);

/**
 * Short names that every Python reader knows, never expanded in identifiers: loop
 * counters, exception and file variables, the conventional parameter names, builtins,
 * well-known acronyms.
 */
export const IDIOMS: ReadonlySet<string> = new Set([
  'a', 'b', 'c', 'i', 'j', 'k', 'n', 'm', 'x', 'y', 'z', 'e', 'f', 'v', 'ex', 'fd', 'fp', 'db',
  'id', 'ip', 'os', 're', 'io', 'ui', 'url', 'uri', 'uuid', 'api', 'http', 'https', 'json', 'xml', 'html',
  'csv', 'sql', 'ssl', 'tls', 'tcp', 'udp', 'dns', 'cpu', 'utc', 'tz', 'pk', 'ok', 'args', 'kwargs', 'arg',
  'self', 'cls', 'obj', 'func', 'init', 'config', 'info', 'str', 'int', 'dict', 'len', 'max', 'min', 'repr',
  'lineno', 'stdin', 'stdout', 'stderr',
]);

/**
 * Abbreviations that are ordinary Python vocabulary: the standard library, PEP 8's
 * examples and linters' defaults use them as plain names (`idx`, `attr`, `col`, `pos`,
 * `tmp`, `src`, `env`, `pkg`, `buf`, `fmt`, `msg`, `conn`, `ctx`, `expr`, `opts`...), and
 * every Python programmer reads them at sight. `variable-names` leaves them alone unless
 * the user's abbreviations option names them; prose (`proseWords`) still spells them out.
 */
export const UNIVERSAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'addr', 'arg', 'args', 'attr', 'avg', 'buf', 'cb', 'cmd', 'cnt', 'col', 'conn', 'ctx', 'curr', 'dir', 'dst', 'elem', 'env', 'err', 'exc',
  'expr', 'fmt', 'func', 'idx', 'impl', 'init', 'lib', 'msg', 'num', 'obj', 'opt', 'param', 'pkg', 'pos', 'prev',
  'proc', 'ptr', 'ref', 'repo', 'req', 'resp', 'sep', 'seq', 'src', 'stmt', 'tmp', 'tok', 'val',
]);

function pluralOf(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * What an abbreviation stands for, as words (`dest` -> [destination], `msgs` ->
 * [messages]), or undefined when the word is not a known abbreviation or is an idiom.
 * `extra` adds or overrides entries (a user's own dictionary).
 */
export function expandAbbreviation(word: string, extra?: ReadonlyMap<string, string>): string[] | undefined {
  const lower = word.toLowerCase();
  if (IDIOMS.has(lower) && !extra?.has(lower)) return undefined;
  const direct = extra?.get(lower) ?? ABBREVIATIONS.get(lower);
  // An empty expansion in the user's dictionary switches a shipped entry off.
  if (direct === '') return undefined;
  if (direct !== undefined) return direct.split(' ');
  // `tss` (time seconds, beside `thh` and `tmm`) is no plural of `ts`: an abbreviation
  // that ends in `s` has no `+s` plural.
  if (lower.endsWith('s') && lower.length > 2 && !lower.endsWith('ss')) {
    const stem = lower.slice(0, -1);
    const singular = IDIOMS.has(stem) && !extra?.has(stem) ? undefined : (extra?.get(stem) ?? ABBREVIATIONS.get(stem));
    if (singular) {
      const words = singular.split(' ');
      return [...words.slice(0, -1), pluralOf(words[words.length - 1]!)];
    }
  }
  return undefined;
}

/** Expands every abbreviation of a word list (`[dest, host]` -> `[destination, host]`). */
export function expandWords(words: readonly string[], extra?: ReadonlyMap<string, string>): string[] {
  return words.flatMap((word) => expandAbbreviation(word, extra) ?? [word]);
}

/**
 * A user's dictionary as `expandAbbreviation` reads it: keys lowercased, expansions
 * written in any style (`resource_provider`, `resourceProvider`, `resource provider`)
 * turned into space-separated words; an empty expansion stays empty (entry switched off).
 */
export function abbreviationTable(entries: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(
    Object.entries(entries).map(([abbreviation, expansion]) => [
      abbreviation.trim().toLowerCase(),
      expansion
        .trim()
        .split(/\s+/)
        .flatMap((part) => (part ? splitIdentifier(part).words.map((word) => word.toLowerCase()) : []))
        .join(' '),
    ]),
  );
}

/**
 * Words that read as abbreviations but that the dictionary leaves alone because they
 * have several meanings (see ABBREVIATIONS); with words of two to four consonants
 * (`rp`, `vm`, `hw`), they are what keeps a name from being expanded by halves.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set(['res', 'temp', 'mod', 'desc', 'auth', 'dt', 'sec', 'spec', 'doc', 'fn', 'ns', 'dst', 'ts', 'cur', 'loc', 'tpl', 'usr']);

/** Units of measure, written short everywhere (`timeout_ms`). */
const UNITS = new Set(['ms', 'us', 'ns', 'kb', 'mb', 'gb', 'tb', 'px', 'hz', 'khz', 'mhz']);

/** Whether a word reads as an abbreviation the dictionary does not expand (`rp`, `res`), not an idiom. */
export function looksAbbreviated(word: string): boolean {
  const lower = word.toLowerCase().replace(/\d+$/, '');
  if (IDIOMS.has(lower) || UNITS.has(lower)) return false;
  return AMBIGUOUS_ABBREVIATIONS.has(lower) || /^[b-df-hj-np-tv-xz]{2,4}$/.test(lower);
}

/** What `planExpansion` decides for one name: the expanded name, or why it stays. */
export interface Expansion {
  newName?: string;
  /** Set when some word would expand but the name as a whole must not (a half expansion). */
  refusal?: string;
}

/**
 * A name with every abbreviated word expanded, in the name's own case style and with its
 * underscores kept (`dest_host` -> `destination_host`, `tmpDir` -> `temporaryDirectory`,
 * `buf2` -> `buffer2`). Nothing when nothing expands or the name does not come back from
 * its words unchanged (`a__b`, `Mixed_Case`), where a rewrite could lose its shape.
 * `vocabulary` holds the project's own words and names (used across many modules): they
 * are idioms there and stay, unless the user's dictionary (`extra`) names them. A name is
 * expanded whole or not at all: a word that stays abbreviated (`rp` in `dest_rp_uuid`,
 * a vocabulary word) refuses the rest, since `destination_rp_uuid` reads half done.
 * `evidence.projectWords`, when given, are the words the project itself uses widely: an
 * abbreviation is then expanded only to such words (`dest` only where `destination` is
 * the project's word), unless declared. `evidence.declared` are the abbreviations the
 * user declared (default: the keys of `extra`), which override the vocabulary.
 */
export function planExpansion(
  name: string,
  extra?: ReadonlyMap<string, string>,
  vocabulary: ReadonlySet<string> = new Set(),
  evidence: { projectWords?: ReadonlySet<string>; declared?: ReadonlySet<string> } = {},
): Expansion {
  const parts = splitIdentifier(name);
  // Most names have no word the dictionary knows: nothing could change (the words below
  // change only so), and nothing more is weighed.
  if (!parts.words.some((word) => word.toLowerCase() === 'num' || expandAbbreviation(lettersOf(word), extra) !== undefined)) return {};
  if (isDunder(name)) return {};
  const underscores = { leading: parts.leading, trailing: parts.trailing };
  if (joinIdentifier(parts.words, parts.style, underscores) !== name) return {};
  const declared = evidence.declared;
  const explicit = (word: string): boolean => (declared ? declared.has(word.toLowerCase()) : (extra?.has(word.toLowerCase()) ?? false));
  const projectWords = evidence.projectWords;
  // The project does not write the long form as its word: the short one is its word.
  const unproven = (expansion: readonly string[]): boolean => projectWords !== undefined && !expansion.every((long) => projectWords.has(long.toLowerCase()));
  if (vocabulary.has(name) && !parts.words.some(explicit)) return {};
  let changed = false;
  const staying: string[] = [];
  const words = parts.words.flatMap((word, position) => {
    const bare = word.toLowerCase().replace(/\d+$/, '');
    const kept = (vocabulary.has(word.toLowerCase()) || vocabulary.has(bare)) && !explicit(word) && !explicit(bare);
    // `num_lines` is the number of lines (`number_lines` reads badly).
    if (position === 0 && parts.words.length > 1 && word.toLowerCase() === 'num' && !explicit('num') && !kept && !unproven(['number'])) {
      changed = true;
      return word === 'NUM' ? ['NUMBER', 'OF'] : word === 'Num' ? ['Number', 'of'] : ['number', 'of'];
    }
    // Digits stay with the word before them (`buf2`): expand the letters, keep the digits.
    const letters = lettersOf(word);
    const digits = word.slice(letters.length);
    const acronym = /^[A-Z]+$/.test(letters) && letters.length > 1;
    const expanded = acronym ? undefined : expandAbbreviation(letters, extra);
    if (!expanded || kept || (!explicit(letters) && unproven(expanded))) {
      if (expanded || (!explicit(letters) && looksAbbreviated(letters))) staying.push(word);
      return [word];
    }
    changed = true;
    return [...expanded.slice(0, -1), `${expanded[expanded.length - 1]!}${digits}`];
  });
  if (!changed) return {};
  const newName = joinIdentifier(words, parts.style, underscores);
  if (staying.length > 0) {
    const quoted = (list: string[]): string => list.map((word) => `\`${word}\``).join(', ');
    const lower = staying.map((word) => word.toLowerCase());
    return { refusal: `${quoted(staying)} would stay abbreviated: \`${newName}\` is half expanded (declare ${quoted(lower)} in the abbreviations option to expand it all)` };
  }
  return { newName };
}

/** A word without the digits that end it, when a letter comes before them (`buf2` -> `buf`; `12` stays). */
function lettersOf(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) >= 48 && word.charCodeAt(end - 1) <= 57) end--;
  const before = end > 0 && end < word.length ? word.charCodeAt(end - 1) | 32 : 0;
  return before >= 97 && before <= 122 ? word.slice(0, end) : word;
}

/** The fully expanded name (see `planExpansion`), or undefined when it stays as it is. */
export function expandIdentifier(name: string, extra?: ReadonlyMap<string, string>, vocabulary?: ReadonlySet<string>): string | undefined {
  return planExpansion(name, extra, vocabulary).newName;
}

/** How short words and acronyms read in a sentence (`id` -> `ID`, `kwargs` -> `keyword arguments`). */
const PROSE: ReadonlyMap<string, string> = new Map([
  ['api', 'API'], ['args', 'arguments'], ['arg', 'argument'], ['ascii', 'ASCII'], ['cls', 'class'],
  ['cpu', 'CPU'], ['csv', 'CSV'], ['db', 'database'], ['dict', 'dictionary'], ['dns', 'DNS'],
  ['fd', 'file descriptor'], ['fp', 'file'], ['ftp', 'FTP'], ['gui', 'GUI'], ['imap', 'IMAP'], ['smtp', 'SMTP'], ['ssh', 'SSH'], ['tty', 'TTY'], ['func', 'function'], ['html', 'HTML'], ['http', 'HTTP'],
  ['https', 'HTTPS'], ['id', 'ID'], ['ids', 'IDs'], ['init', 'initialization'], ['io', 'I/O'], ['ip', 'IP'],
  ['json', 'JSON'], ['kwargs', 'keyword arguments'], ['obj', 'object'], ['os', 'OS'], ['pk', 'primary key'],
  ['sql', 'SQL'], ['ssl', 'SSL'], ['str', 'string'], ['tcp', 'TCP'], ['tls', 'TLS'], ['tz', 'time zone'],
  ['symlink', 'symbolic link'], ['symlinks', 'symbolic links'], ['udp', 'UDP'], ['ui', 'UI'], ['uri', 'URI'], ['url', 'URL'], ['urls', 'URLs'], ['utc', 'UTC'],
  ['utf8', 'UTF-8'], ['uuid', 'UUID'], ['xml', 'XML'], ['stdin', 'standard input'],
  ['stdout', 'standard output'], ['stderr', 'standard error'],
]);

/**
 * The words of an identifier as they read in a sentence: abbreviations expanded,
 * acronyms in capitals (`get_db_conn` -> `get database connection`).
 */
export function proseWords(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const lower = word.toLowerCase();
    const spelled = PROSE.get(lower);
    if (spelled !== undefined) return spelled.split(' ');
    const expanded = expandAbbreviation(lower);
    if (expanded) return expanded;
    return [/^[A-Z]+\d*$/.test(word) && word.length > 1 ? word : lower];
  });
}

/** A name as a phrase: `_max_retry_cnt` -> `max retry count`. */
export function namePhrase(name: string): string {
  return proseWords(splitIdentifier(name).words).join(' ');
}
