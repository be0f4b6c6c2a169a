// What a language model is asked for a docstring summary, and whether its answer may be
// used. The prompt carries the definition's source, the project's docstring convention,
// a few of the project's own docstrings and the summaries of the functions it calls
// (asked first). An answer is checked against the code before it is used: an identifier
// the code does not have, a parameter the signature does not have, an exception the code
// never raises, a refusal or an answer that is not a short text: the answer is dropped.

/** One definition to summarise, as plain data (it crosses threads). */
export interface DefinitionRequest {
  /** Where the answer is looked up from `find`: the file and the definition's source. */
  key: string;
  file: string;
  name: string;
  kind: 'function' | 'method' | 'class';
  source: string;
  /** Parameter names, without stars. */
  parameters: string[];
  /** Every identifier and attribute name of the source. */
  identifiers: string[];
  /** Exception classes the source raises anywhere (`raise X`, `raise X(...)`). */
  raised: string[];
  /** Names of the functions it calls (`f(...)`, `self.f(...)`, `x.f(...)`). */
  callees: string[];
}

export interface PromptSettings {
  /** google, numpy, sphinx or plain, and the layout in words. */
  style: string;
  lineLength: number;
  /** A few docstrings of the project, as written. */
  examples: readonly string[];
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const SYSTEM = [
  'You write the summary of a Python docstring for a maintainer of the project.',
  'Say what the code does that its name and signature do not already say: what it returns, when it returns early, what it changes, why it exists.',
  'Answer with the summary text only: one sentence in the imperative mood ("Return ...", "Raise ..."), optionally followed by a blank line and a short paragraph.',
  'No quotes, no code fences, no Args, Returns or Raises sections (they are written from the code), no names the code does not contain.',
  'If the name and signature already say everything, answer exactly: NOTHING',
].join(' ');

/** The chat messages for one definition; `callees` are summaries of what it calls. */
export function promptMessages(request: DefinitionRequest, settings: PromptSettings, callees: ReadonlyMap<string, string>): ChatMessage[] {
  const parts = [`The project writes ${settings.style} docstrings, lines of at most ${settings.lineLength} characters.`];
  if (settings.examples.length) parts.push(`Docstrings of the project, for its tone:\n${settings.examples.map((example) => `---\n${example}`).join('\n')}\n---`);
  const known = [...callees].map(([name, summary]) => `- ${name}: ${summary}`);
  if (known.length) parts.push(`What the functions it calls do:\n${known.join('\n')}`);
  parts.push(`The ${request.kind} ${request.name} in ${request.file}:\n\`\`\`python\n${request.source}\n\`\`\``);
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** Why an answer cannot be used, or its cleaned text. */
export type Verdict = { text: string } | { dropped: string } | { malformed: string };

const REFUSAL = /^(?:NOTHING\b|I(?:'m| am) sorry|sorry\b|I can(?:no|')t|as an (?:AI|assistant)|I'm unable|unable to)/i;
const EXCEPTION = /\b[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt)\b/g;
/** A word that reads as code: snake_case, dotted, camelCase, a call. */
const CODE_WORD = /`([^`\n]+)`|\b([A-Za-z_]\w*(?:\.\w+)+|[a-z]+_\w+|_\w+|[a-z]+[A-Z]\w*|\w+\(\))/g;

/** Checks an answer against the code it summarises. */
export function verifyAnswer(answer: string, request: DefinitionRequest): Verdict {
  let text = answer.replace(/\r\n/g, '\n').trim();
  text = text.replace(/^```\w*\n?|```$/g, '').replace(/^(?:"""|''')|(?:"""|''')$/g, '').trim();
  text = text.replace(/^(["'])(.*)\1$/s, '$2').trim();
  if (!text) return { malformed: 'empty answer' };
  if (REFUSAL.test(text)) return { dropped: 'nothing to add' };
  if (text.length > 800 || text.split('\n').length > 8) return { malformed: 'longer than a summary' };
  if (/^\s*(?:Args|Arguments|Parameters|Returns|Raises|Yields):?\s*$/m.test(text) || /:param\b|:returns?:|:raises\b/.test(text)) return { malformed: 'holds sections' };
  const identifiers = new Set(request.identifiers);
  const parameters = new Set(request.parameters);
  for (const match of text.matchAll(CODE_WORD)) {
    const word = (match[1] ?? match[2] ?? '').replace(/\(\)$/, '').replace(/^self\./, '');
    const parts = word.split('.').filter(Boolean);
    if (!parts.length || !/^[A-Za-z_][\w.]*$/.test(word)) continue;
    if (!parts.every((part) => identifiers.has(part) || request.name === part)) return { dropped: `names ${word}, which the code does not have` };
  }
  for (const match of text.matchAll(/\b(?:the |parameter |argument )`?([A-Za-z_]\w*)`? (?:parameter|argument)\b|\b(?:parameter|argument) `([A-Za-z_]\w*)`/g)) {
    const name = match[1] ?? match[2]!;
    if (!parameters.has(name)) return { dropped: `names a parameter ${name} the signature does not have` };
  }
  for (const match of text.matchAll(EXCEPTION)) {
    if (!request.raised.includes(match[0])) return { dropped: `names ${match[0]}, which the code never raises` };
  }
  return { text };
}

/**
 * The order to ask in: callees before their callers (by name, within the run), in levels
 * that can each be asked concurrently; a cycle is broken where it closes.
 */
export function calleeFirstLevels(requests: readonly DefinitionRequest[]): DefinitionRequest[][] {
  const byName = new Map<string, DefinitionRequest[]>();
  for (const request of requests) byName.set(request.name, [...(byName.get(request.name) ?? []), request]);
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (request: DefinitionRequest): number => {
    const known = level.get(request.key);
    if (known !== undefined) return known;
    if (visiting.has(request.key)) return 0;
    visiting.add(request.key);
    let deepest = -1;
    for (const callee of request.callees) {
      for (const target of byName.get(callee) ?? []) if (target.key !== request.key) deepest = Math.max(deepest, depth(target));
    }
    visiting.delete(request.key);
    level.set(request.key, deepest + 1);
    return deepest + 1;
  };
  const levels: DefinitionRequest[][] = [];
  for (const request of requests) (levels[depth(request)] ??= []).push(request);
  return levels.filter(Boolean);
}
