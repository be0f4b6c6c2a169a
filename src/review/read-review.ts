// Reading a code review's text (plain or Markdown): its suggestions, each with its heading,
// sentences, the identifiers and line numbers it names and the new names it proposes; and
// the paragraphs that ask for nothing ("No security defects are detected").

export interface Proposal {
  /** The name the reviewer wants changed. */
  from: string;
  /** The new names offered, in the order given (the first is the main one). */
  to: string[];
  /** The sentence that proposes it. */
  sentence: string;
}

export interface Mention {
  name: string;
  /** Quoted with backticks or quotes: a name the reviewer means as code. */
  quoted: boolean;
  sentence: string;
}

export interface LineReference {
  start: number;
  end: number;
  sentence: string;
}

export interface Suggestion {
  /** The reviewer's number, or its position among the suggestions. */
  number: number;
  /** The heading or opening phrase (`Docstrings`), empty when it has none. */
  title: string;
  /** The whole text, heading included. */
  text: string;
  sentences: string[];
  mentions: Mention[];
  lines: LineReference[];
  proposals: Proposal[];
}

export interface ReadReview {
  suggestions: Suggestion[];
  /** Paragraphs that ask for nothing, as written. */
  remarks: string[];
}

const NUMBERED = /^\s{0,3}(\d{1,3})[.)]\s+(.*)$/;
const BULLETED = /^\s{0,3}[-*+•]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
/** Words that make a paragraph ask for something. */
const ASKS = /\b(consider|should|could|would|try|please|rename|renaming|add|adding|use|using|avoid|remove|replace|break|split|extract|document|move|prefer|need|needs|must|make|handle|ensure|instead)\b/i;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Sentences of a paragraph, without splitting on the dots of `self.flavor1` or `e.g.`. */
export function sentencesOf(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < flat.length; i++) {
    const char = flat[i];
    if (char === '`') quoted = !quoted;
    if (quoted || (char !== '.' && char !== '!' && char !== '?')) continue;
    const next = flat[i + 1];
    if (next !== undefined && next !== ' ') continue;
    if (/\b(e\.g|i\.e|etc|vs)$/i.test(flat.slice(start, i))) continue;
    sentences.push(flat.slice(start, i + 1).trim());
    start = i + 1;
  }
  if (flat.slice(start).trim()) sentences.push(flat.slice(start).trim());
  return sentences;
}

function looksLikeCode(word: string): boolean {
  return /_/.test(word) || /[a-z][A-Z]/.test(word) || /\./.test(word) || /\d/.test(word);
}

/** Names the sentence mentions: quoted ones first, then bare snake_case or camelCase words. */
function mentionsOf(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const add = (name: string, quoted: boolean) => {
    const clean = name.replace(/\(\)$/, '');
    if (!IDENTIFIER.test(clean) || seen.has(clean)) return;
    seen.add(clean);
    mentions.push({ name: clean, quoted, sentence });
  };
  for (const match of sentence.matchAll(/`([^`]+)`|(?<![\w'])'([A-Za-z_][\w.]*(?:\(\))?)'(?!\w)|"([A-Za-z_][\w.]*(?:\(\))?)"/g)) {
    const quoted = ((match[1] ?? match[2] ?? match[3]) as string).trim();
    // `except OSError` names the class a handler catches; `client.py` is a file, not a name.
    if (/\.(?:py|pyi|txt|md|cfg|toml|ini)$/.test(quoted)) continue;
    add(quoted.replace(/^except\s+\(?/, '').replace(/\)?(?:\s+as\s+\w+)?:?$/, ''), true);
  }
  const unquoted = sentence.replace(/`[^`]*`|'[^'\s]*'|"[^"\s]*"/g, ' ');
  for (const match of unquoted.matchAll(/\b[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\b/g)) {
    if (looksLikeCode(match[0]) && !/^\d/.test(match[0])) add(match[0], false);
  }
  return mentions;
}

function linesOf(sentence: string): LineReference[] {
  const references: LineReference[] = [];
  for (const match of sentence.matchAll(/\blines?\s+(\d+)(?:\s*(?:-|–|to|through)\s*(\d+))?/gi)) {
    const start = Number(match[1]);
    references.push({ start, end: match[2] ? Number(match[2]) : start, sentence });
  }
  // "lines 34 and 35"
  for (const match of sentence.matchAll(/\blines\s+(\d+)\s+and\s+(\d+)/gi)) {
    references.push({ start: Number(match[2]), end: Number(match[2]), sentence });
  }
  return references;
}

const NAME = '`?([A-Za-z_][\\w.]*)`?';

/**
 * The renames a suggestion proposes: "rename X to Y" (with "or even shorter, Z" as an
 * alternative), "X -> Y", and "names like A and B ... such as C and D" (paired in order).
 */
function proposalsOf(sentences: readonly string[]): Proposal[] {
  const proposals: Proposal[] = [];
  for (const sentence of sentences) {
    const rename = new RegExp(`\\brenam(?:e|ing)\\s+(?:the\\s+\\w+\\s+)?${NAME}(?:\\s+(?:in|of|inside|from)\\s+\\x60?[\\w.]+\\x60?)?\\s+(?:to|into|as)\\s+(?:something\\s+like\\s+|simply\\s+)?${NAME}`, 'i').exec(sentence);
    const arrow = new RegExp(`${NAME}\\s*(?:->|→|=>)\\s*${NAME}`).exec(sentence);
    const found = rename ?? arrow;
    if (found) {
      const to = [found[2] as string];
      for (const alternative of sentence.slice(found.index + found[0].length).matchAll(new RegExp(`\\bor\\s+(?:even\\s+)?(?:shorter|simpler|simply|just)?,?\\s*${NAME}`, 'gi'))) {
        to.push(alternative[1] as string);
      }
      proposals.push({ from: found[1] as string, to: to.map((name) => name.replace(/[.,;:]+$/, '')), sentence });
    }
  }
  // "`resp` could be clearer, such as `response`": the names before and after pair up.
  for (const sentence of sentences) {
    const split = /\b(?:such as|for example|e\.g\.|like)\b/i.exec(sentence);
    if (!split || proposals.some((proposal) => proposal.sentence === sentence)) continue;
    const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((name) => name[1] as string);
    const [before, after] = [quoted(sentence.slice(0, split.index)), quoted(sentence.slice(split.index))];
    if (before.length > 0 && before.length === after.length && before.every((name, i) => name !== after[i])) {
      before.forEach((name, i) => proposals.push({ from: name, to: [after[i] as string], sentence }));
    }
  }
  // "Variable names like `a` and `b` ... such as `c` and `d`": the two lists pair up.
  const all = sentences.join(' ');
  const like = /\b(?:like|as)\s+((?:`[^`]+`(?:,\s*|\s+and\s+|\s+or\s+)?)+)/gi;
  const lists = [...all.matchAll(like)].map((match) => [...(match[1] as string).matchAll(/`([^`]+)`/g)].map((name) => name[1] as string));
  if (lists.length >= 2) {
    const [names, offered] = [lists[0] as string[], lists[lists.length - 1] as string[]];
    if (names.length === offered.length && names.length > 0 && names.every((name, i) => name !== offered[i] && !proposals.some((p) => p.from === name))) {
      const sentence = sentences.find((candidate) => candidate.includes(`\`${offered[0]}\``)) ?? all;
      names.forEach((name, i) => proposals.push({ from: name, to: [offered[i] as string], sentence }));
    }
  }
  return proposals;
}

function titleOf(first: string): { title: string; rest: string } {
  const bold = /^\*\*(.+?)\*\*:?\s*(.*)$/.exec(first) ?? /^__(.+?)__:?\s*(.*)$/.exec(first);
  if (bold) return { title: (bold[1] as string).replace(/[:.]$/, '').trim(), rest: bold[2] as string };
  const colon = /^([^:.!?]{2,60}):\s*(.*)$/.exec(first);
  if (colon && !/`/.test(colon[1] as string)) return { title: (colon[1] as string).trim(), rest: colon[2] as string };
  return { title: '', rest: first };
}

function suggestionOf(number: number, heading: string | null, body: string): Suggestion {
  const lines = body.split('\n');
  let title = heading ?? '';
  if (!heading) {
    const opened = titleOf((lines[0] ?? '').trim());
    title = opened.title;
    lines[0] = opened.rest;
  }
  const text = lines.join('\n').trim();
  const sentences = sentencesOf(text);
  return {
    number,
    title,
    text: title ? `${title}: ${text}` : text,
    sentences,
    mentions: sentences.flatMap(mentionsOf).filter((mention, i, all) => all.findIndex((other) => other.name === mention.name) === i),
    lines: sentences.flatMap(linesOf),
    proposals: proposalsOf(sentences),
  };
}

/** Reads a review: numbered or bulleted suggestions, or Markdown sections, and remarks. */
export function readReview(text: string): ReadReview {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  const items: Array<{ number: number | null; heading: string | null; body: string[] }> = [];
  const loose: string[][] = [[]];
  let current: (typeof items)[number] | null = null;
  let blank = false;
  for (const row of rows) {
    const heading = HEADING.exec(row);
    const numbered = NUMBERED.exec(row);
    const bulleted = numbered ? null : BULLETED.exec(row);
    if (heading) {
      current = { number: null, heading: (heading[1] as string).replace(/^\d+[.)]\s*/, '').replace(/\*\*/g, '').replace(/:$/, ''), body: [] };
      items.push(current);
    } else if (numbered || bulleted) {
      if (current?.heading && current.body.join('').trim() === '' && bulleted) {
        current.body.push((bulleted[1] as string));
      } else {
        current = { number: numbered ? Number(numbered[1]) : null, heading: null, body: [(numbered ? numbered[2] : bulleted?.[1]) as string] };
        items.push(current);
      }
    } else if (row.trim() === '') {
      blank = true;
      if (!current) loose.push([]);
      continue;
    } else if (current && blank && !/^\s/.test(row) && current.body.join(' ').trim() && !ASKS.test(row) && !current.heading) {
      // A paragraph after the last item that asks for nothing closes the list.
      current = null;
      loose.push([row]);
    } else if (current) {
      current.body.push(row);
    } else {
      (loose[loose.length - 1] as string[]).push(row);
    }
    blank = false;
  }
  const remarks = loose.map((lines) => lines.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const suggestions: Suggestion[] = [];
  // A review written as plain paragraphs: each one that asks for something is a suggestion.
  if (items.length === 0) {
    for (const paragraph of remarks.splice(0)) items.push({ number: null, heading: null, body: [paragraph] });
  }
  items.forEach((item) => {
    const suggestion = suggestionOf(item.number ?? suggestions.length + 1, item.heading, item.body.join('\n'));
    if (suggestion.text.trim() === '' || (!ASKS.test(suggestion.text) && suggestion.mentions.length === 0)) {
      if (suggestion.text.trim()) remarks.push(suggestion.text);
      return;
    }
    suggestions.push(suggestion);
  });
  return { suggestions, remarks };
}
