// From a read review to a plan: each suggestion mapped to its transform and resolved to
// its targets in the code (a definition, a variable, a handler, lines, or a whole file),
// with the reviewer's new names checked before anyone applies them.
import { shortenName } from '../project/shorter-names.js';
import { identifierWords } from '../python/words/words.js';
import { statementAt, type CodeIndex, type Definition, type LineRange } from './code-index.js';
import type { Mention, Suggestion } from './read-review.js';
import { topicOf } from './topics.js';

export interface PlanAction {
  /** The review suggestion it comes from (its number). */
  suggestion: number;
  transform: string;
  file: string;
  /** The definition it acts on, dotted within its module; absent: the file, or `lines`. */
  target?: string;
  /** The module-qualified name a rename plan keys on. */
  qualified?: string;
  /** The variable to rename (variable-names), bound in `target`. */
  variable?: string;
  /** The exception class whose handlers to fix (exception-handling). */
  handler?: string;
  lines?: LineRange;
  newName?: string;
  /** Why the entry needs a human look before it is applied. */
  check: string[];
  /** Other names: the reviewer's alternatives and the transform's own proposal, each with a word. */
  alternatives: Array<{ name: string; note: string }>;
  /** How the target was found. */
  notes: string[];
  /** The review sentence it came from. */
  quote: string;
}

export interface Unactionable {
  suggestion: number;
  title: string;
  reason: string;
}

export interface ReviewPlan {
  actions: PlanAction[];
  unactionable: Unactionable[];
  /** Names quoted in the review that the code does not have. */
  missing: Array<{ suggestion: number; name: string; sentence: string }>;
  /** Paragraphs that ask for nothing. */
  remarks: string[];
}

function lastPart(name: string): string {
  return name.split('.').pop() as string;
}

function definitionsNamed(index: CodeIndex, name: string): Definition[] {
  return index.definitions.filter((definition) => definition.path === name || definition.name === lastPart(name) || definition.path.endsWith(`.${name}`));
}

/** Whether the code has anything by this name (definition, variable, attribute, caught class). */
function exists(index: CodeIndex, name: string): boolean {
  return (
    definitionsNamed(index, name).length > 0 ||
    index.variables.some((variable) => variable.name === name) ||
    index.attributes.some((attribute) => attribute.name === name || lastPart(attribute.name) === name) ||
    index.handlers.some((handler) => handler.catches.includes(lastPart(name)))
  );
}

/** What a proposed name loses or risks, in words for the plan's comment (empty: nothing). */
function concernsAbout(oldName: string, newName: string, definition: Definition | null, index: CodeIndex): string[] {
  const concerns: string[] = [];
  const oldWords = identifierWords(oldName).map((word) => word.toLowerCase());
  const newWords = new Set(identifierWords(newName).map((word) => word.toLowerCase()));
  const dropped = oldWords.filter((word) => !newWords.has(word));
  if (dropped.length) concerns.push(`drops "${dropped.join(' ')}": the name no longer says everything \`${oldName}\` does`);
  if (oldName.startsWith('_') && !newName.startsWith('_')) concerns.push('drops the leading underscore: a private helper becomes public');
  if (definition) {
    const parent = definition.path.includes('.') ? definition.path.slice(0, definition.path.lastIndexOf('.')) : '';
    const clash = index.definitions.find((other) => other.file === definition.file && other.name === newName && (parent ? other.path === `${parent}.${newName}` : other.path === newName));
    if (clash) concerns.push(`collides with \`${clash.path}\` (line ${clash.lines.start})`);
  } else if (index.variables.some((variable) => variable.name === newName)) {
    concerns.push(`\`${newName}\` is already a name in this code`);
  }
  return concerns;
}

interface Builder {
  index: CodeIndex;
  plan: ReviewPlan;
  suggestion: Suggestion;
  transform: string;
}

function action(builder: Builder, fields: Partial<PlanAction> & { file: string; quote: string }): PlanAction {
  const made: PlanAction = { suggestion: builder.suggestion.number, transform: builder.transform, check: [], alternatives: [], notes: [], ...fields };
  builder.plan.actions.push(made);
  return made;
}

function unactionable(builder: Builder, reason: string): void {
  builder.plan.unactionable.push({ suggestion: builder.suggestion.number, title: builder.suggestion.title, reason });
}

/** Definitions the suggestion names, skipping names that are only proposed new names. */
function namedDefinitions(builder: Builder, filter: (definition: Definition) => boolean = () => true): Array<{ mention: Mention; definition: Definition }> {
  const proposed = new Set(builder.suggestion.proposals.flatMap((proposal) => proposal.to));
  return builder.suggestion.mentions
    .filter((mention) => !proposed.has(mention.name))
    .flatMap((mention) => definitionsNamed(builder.index, mention.name).filter(filter).map((definition) => ({ mention, definition })));
}

function wholeFiles(builder: Builder, why: string): void {
  for (const { file } of builder.index.files) action(builder, { file, notes: [why], quote: builder.suggestion.sentences[0] ?? builder.suggestion.text });
}

function planDefinitions(builder: Builder, kind: 'function' | 'class' | 'any', fallback: string | null): void {
  const named = namedDefinitions(builder, (definition) => kind === 'any' || definition.kind === kind);
  for (const { mention, definition } of named) {
    action(builder, { file: definition.file, target: definition.path, quote: mention.sentence, notes: [`\`${mention.name}\` is ${definition.kind === 'class' ? 'the class' : 'the function'} \`${definition.path}\` at line ${definition.lines.start}`] });
  }
  if (named.length === 0) {
    if (fallback) wholeFiles(builder, fallback);
    else unactionable(builder, 'it names no function or class of the code');
  }
}

function planStyle(builder: Builder): void {
  const { suggestion, index } = builder;
  const fileWide = /\bthroughout\b|\beverywhere\b|\bwhole (?:file|code|module)\b|\ball (?:the )?(?:code|files?)\b/i.test(suggestion.text);
  const notes: string[] = [];
  const ranges: Array<{ file: string; lines: LineRange; quote: string }> = [];
  const files = index.files;
  for (const reference of suggestion.lines) {
    // The names a line reference speaks of: those after it in its sentence, up to the next one.
    const at = reference.sentence.search(new RegExp(`\\blines?\\s+${reference.start}\\b`));
    const next = reference.sentence.slice(at + 5).search(/\blines?\s+\d/);
    const clause = reference.sentence.slice(at, next < 0 ? undefined : at + 5 + next);
    const mentioned = suggestion.mentions.filter((mention) => clause.includes(mention.name));
    for (const { file, source } of files) {
      const statement = statementAt(source, reference.start);
      const text = statement?.node.text ?? '';
      // The reviewer's line numbers may be off: trust the names they quote over the number.
      const wrong = mentioned.filter((mention) => !text.includes(mention.name));
      for (const mention of wrong) {
        const assigned = index.attributes.find((attribute) => attribute.file === file && attribute.name === mention.name);
        if (assigned) {
          notes.push(`line ${reference.start} does not mention \`${mention.name}\`; it is assigned at line ${assigned.lines.start}`);
          ranges.push({ file, lines: assigned.lines, quote: reference.sentence });
        }
      }
      if (statement && wrong.length === 0) ranges.push({ file, lines: statement.lines, quote: reference.sentence });
    }
  }
  if (fileWide || ranges.length === 0) {
    const why = fileWide ? 'the suggestion asks for consistency throughout the code' : 'the suggestion names no lines';
    for (const { file } of files) action(builder, { file, notes: [why, ...notes], quote: suggestion.sentences.find((sentence) => /throughout|everywhere/i.test(sentence)) ?? suggestion.sentences[0] ?? '' });
    return;
  }
  const unique = ranges.filter((range, i) => ranges.findIndex((other) => other.file === range.file && other.lines.start === range.lines.start) === i);
  for (const range of unique) action(builder, { file: range.file, lines: range.lines, quote: range.quote, notes });
}

function planRenames(builder: Builder, tests: boolean): void {
  const { suggestion, index } = builder;
  const planned = new Set<string>();
  for (const proposal of suggestion.proposals) {
    const definitions = definitionsNamed(index, proposal.from).filter((definition) => definition.kind !== 'class' || !tests).filter((definition) => definition.test === tests || !tests);
    if (definitions.length === 0) {
      if (!exists(index, proposal.from)) continue;
      unactionable(builder, `\`${proposal.from}\` is not a ${tests ? 'test' : 'function, method or class'} of the code`);
      continue;
    }
    for (const definition of definitions) {
      planned.add(definition.qualified);
      const offered = proposal.to.map((name) => ({ name, concerns: concernsAbout(definition.name, name, definition, index) }));
      const chosen = offered.find((candidate) => !candidate.concerns.some((concern) => /^drops "|^collides/.test(concern))) ?? (offered[0] as (typeof offered)[number]);
      const alternatives = offered.filter((candidate) => candidate !== chosen).map((candidate) => ({ name: candidate.name, note: candidate.concerns.length ? `the reviewer's alternative; needs a human look: ${candidate.concerns.join('; ')}` : "the reviewer's alternative" }));
      if (!tests) {
        const own = shortenName(definition.name, { maxLength: Number.POSITIVE_INFINITY, maxWords: Number.POSITIVE_INFINITY });
        if (own && own !== chosen.name && !proposal.to.includes(own)) alternatives.push({ name: own, note: "function-names' own proposal" });
      }
      action(builder, {
        file: definition.file,
        target: definition.path,
        qualified: definition.qualified,
        newName: chosen.name,
        check: chosen.concerns,
        alternatives,
        quote: proposal.sentence,
        notes: [`\`${proposal.from}\` is \`${definition.path}\` at line ${definition.lines.start}`],
      });
    }
  }
  if (planned.size === 0) unactionable(builder, `it proposes no new name for a ${tests ? 'test' : 'function'} of the code`);
}

function planVariables(builder: Builder): void {
  const { suggestion, index } = builder;
  const proposals = new Map(suggestion.proposals.map((proposal) => [proposal.from, proposal]));
  const proposed = new Set(suggestion.proposals.flatMap((proposal) => proposal.to));
  let planned = 0;
  for (const mention of suggestion.mentions) {
    if (proposed.has(mention.name)) continue;
    const proposal = proposals.get(mention.name);
    for (const variable of index.variables.filter((candidate) => candidate.name === mention.name)) {
      planned++;
      const newName = proposal?.to[0];
      const notes = [`\`${variable.name}\` is ${variable.parameter ? 'a parameter' : 'a local variable'} of \`${variable.owner}\` (line ${variable.line})`];
      if (variable.parameter) notes.push('a parameter: renamed with the keyword arguments of its callers (unsafe)');
      action(builder, {
        file: variable.file,
        target: variable.owner ?? undefined,
        variable: variable.name,
        ...(newName ? { newName } : {}),
        check: newName ? concernsAbout(variable.name, newName, null, index).filter((concern) => !concern.startsWith('drops "')) : [],
        alternatives: (proposal?.to.slice(1) ?? []).map((name) => ({ name, note: "the reviewer's alternative" })),
        quote: proposal?.sentence ?? mention.sentence,
        notes,
      });
    }
  }
  if (planned === 0) unactionable(builder, 'it names no variable of the code');
}

function planHandlers(builder: Builder): void {
  const { suggestion, index } = builder;
  let planned = 0;
  for (const mention of suggestion.mentions) {
    for (const handler of index.handlers.filter((candidate) => candidate.catches.includes(lastPart(mention.name)))) {
      planned++;
      action(builder, { file: handler.file, handler: lastPart(mention.name), ...(handler.owner ? { target: handler.owner } : {}), lines: handler.lines, quote: mention.sentence, notes: [`the handler of \`${lastPart(mention.name)}\` in \`${handler.owner ?? 'the module'}\` (lines ${handler.lines.start}-${handler.lines.end})`] });
    }
  }
  if (planned === 0) planDefinitions(builder, 'function', 'the suggestion names no handler: every handler of the file');
}

const PLANNERS: Record<string, (builder: Builder) => void> = {
  'trailing-commas': planStyle,
  'quote-style': planStyle,
  docstrings: (builder) => planDefinitions(builder, 'any', 'the suggestion names no function: every definition of the file'),
  'function-names': (builder) => planRenames(builder, false),
  'variable-names': planVariables,
  comments: (builder) => planDefinitions(builder, 'function', 'the suggestion names no function: the long functions of the file'),
  'test-names': (builder) => planRenames(builder, true),
  'exception-handling': planHandlers,
  'split-functions': (builder) => planDefinitions(builder, 'function', 'the suggestion names no function: the long functions of the file'),
};

/** A suggestion that only says "rename X to Y": the kind of thing X is decides the transform. */
function topicFromRenames(suggestion: Suggestion, index: CodeIndex): { transform: string; because: string } | null {
  for (const proposal of suggestion.proposals) {
    const definition = definitionsNamed(index, proposal.from)[0];
    if (definition) return { transform: definition.test ? 'test-names' : 'function-names', because: `\`${proposal.from}\` being a ${definition.test ? 'test' : definition.kind}` };
    if (index.variables.some((variable) => variable.name === proposal.from)) return { transform: 'variable-names', because: `\`${proposal.from}\` being a variable` };
  }
  return null;
}

export function planReview(suggestions: readonly Suggestion[], remarks: readonly string[], index: CodeIndex): ReviewPlan {
  const plan: ReviewPlan = { actions: [], unactionable: [], missing: [], remarks: [...remarks] };
  for (const suggestion of suggestions) {
    const proposed = new Set(suggestion.proposals.flatMap((proposal) => proposal.to));
    for (const mention of suggestion.mentions) {
      if (mention.quoted && !proposed.has(mention.name) && !exists(index, mention.name)) plan.missing.push({ suggestion: suggestion.number, name: mention.name, sentence: mention.sentence });
    }
    const topic = topicOf(suggestion.title, suggestion.text) ?? topicFromRenames(suggestion, index);
    if (!topic) {
      plan.unactionable.push({ suggestion: suggestion.number, title: suggestion.title, reason: 'it is about nothing pycodemod rewrites' });
      continue;
    }
    const before = plan.actions.length;
    (PLANNERS[topic.transform] as (builder: Builder) => void)({ index, plan, suggestion, transform: topic.transform });
    for (const made of plan.actions.slice(before)) made.notes.unshift(`${topic.transform}, from ${topic.because}`);
  }
  return plan;
}

