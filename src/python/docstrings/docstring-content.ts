// What a new docstring says about a function or class beyond its name and signature:
// the summary (given), the parameters whose `None` default the body gives a meaning,
// the exceptions that leave the function and when, the early returns, the settings and
// environment variables read. Nothing is listed only to restate a name: a parameter
// entry "hosts: The hosts." or "Returns: The result." tells a reader nothing.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { DocstringContent, DocstringStyle, DocumentedException, DocumentedName } from './docstring-render.js';
import { asSentence } from './docstring-render.js';
import { configurationRead, earlyReturnFacts, noneDefaultMeanings, raisedFacts } from '../summaries/code-facts.js';
import { classBodyDefinitions, documentedParameters, initAttributes, isProperty, type Definition } from '../summaries/functions.js';
import { namePhrase } from '../words/words.js';
import { joinAnd, noDoubleArticle } from '../words/english.js';
import { isTestName } from '../conventions/tests.js';
import { callerParameters } from './docstring-silence.js';

/** Splits a summary text into its first sentence and further paragraphs. */
export function splitSummary(text: string): { summary: string; paragraphs: string[] } {
  const blocks = text.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const first = blocks[0] ?? '';
  // A long first paragraph keeps its first sentence as the summary line.
  const sentence = /^(.{10,}?[.!?])\s+(?=[A-Z])(.+)$/s.exec(first);
  if (sentence && !/\b(?:e\.g|i\.e|etc|vs|Mr|Dr)\.$/.test(sentence[1]!)) {
    return { summary: sentence[1]!, paragraphs: [sentence[2]!, ...blocks.slice(1)] };
  }
  return { summary: first, paragraphs: blocks.slice(1) };
}

/** Sections of a docstring and sentences of prose, beyond the summary. */
export interface FunctionContent {
  sections: Omit<DocstringContent, 'summary' | 'paragraphs'>;
  /** Facts said in prose (all of them in the plain style, which has no sections). */
  prose: string[];
}

/** "Read the DEBUG and USE_TZ settings." */
function configurationSentences(definition: Definition, unsaid: (setting: string) => boolean): string[] {
  const { environment, changed } = configurationRead(definition);
  const settings = configurationRead(definition).settings.filter(unsaid);
  const sentences: string[] = [];
  if (changed.length) sentences.push(`Change the ${joinAnd(changed)} environment variable${changed.length > 1 ? 's' : ''}.`);
  if (settings.length) sentences.push(`Read the ${joinAnd(settings)} setting${settings.length > 1 ? 's' : ''}.`);
  if (environment.length) sentences.push(`Read the ${joinAnd(environment)} environment variable${environment.length > 1 ? 's' : ''}.`);
  return sentences;
}

/** "Raise ValueError if x is None." for the plain style. */
function raiseSentence(raised: DocumentedException): string {
  const condition = /^If (.*)\.$/.exec(raised.description ?? '');
  return condition ? `Raise ${raised.type} if ${condition[1]}.` : `Raise ${raised.type}${raised.description ? ` (${raised.description.replace(/[.]$/, '')})` : ''}.`;
}

/** What a function's docstring says beyond its summary; empty when the code says nothing more. */
export function functionContent(definition: Definition, style: DocstringStyle): FunctionContent {
  if (isProperty(definition) || isTestName(definition.name, 'function_definition')) return { sections: {}, prose: [] };
  const sections: FunctionContent['sections'] = {};
  const prose: string[] = [];
  const parameters = callerParameters(definition, documentedParameters(definition));
  const meanings = noneDefaultMeanings(
    definition,
    parameters.filter((parameter) => parameter.default === 'None').map((parameter) => parameter.name),
  );
  const documented: DocumentedName[] = parameters
    .filter((parameter) => meanings.has(parameter.name))
    .map((parameter) => ({ name: parameter.name, description: meanings.get(parameter.name)! }));
  const raised = raisedFacts(definition);
  const raises: DocumentedException[] = raised.map((item) => (item.description ? { type: item.type, description: asSentence(item.description) } : { type: item.type }));
  const early = earlyReturnFacts(definition);
  if (early.nothingIf.length) prose.push(`Do nothing if ${joinOr(early.nothingIf)}.`);
  if (early.noneIf.length) prose.push(`Return None if ${joinOr(early.noneIf)}.`);
  // A setting already named as a parameter's default is not said twice.
  const meant = [...meanings.values()].join(' ');
  prose.push(...configurationSentences(definition, (name) => !new RegExp(`\\b${name}\\b`).test(meant)));
  if (style === 'plain') {
    for (const item of documented) prose.push(`${item.description.replace(/^If None(?: or empty)?, (.*) is used\.$/, `If ${item.name} is not given, $1 is used.`)}`);
    // In prose the message keeps its own case: "Raise ValueError (a host name is required)."
    prose.push(...raised.map(raiseSentence));
    return { sections: {}, prose };
  }
  if (documented.length) sections.parameters = documented;
  if (raises.length) sections.raises = raises;
  return { sections, prose };
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * Whether the content says something worth a docstring: a bare exception name
 * ("Raises: ValueError") or a setting read, under a summary made from the name, tells
 * too little alone.
 */
export function hasContent(content: FunctionContent): boolean {
  const { parameters, raises } = content.sections;
  // Settings and environment variables read are worth saying beside something else, not alone.
  const telling = content.prose.filter((sentence) => !/^Raise [\w.]+\.$/.test(sentence) && !/^Read the .* (?:settings?|environment variables?)\.$/.test(sentence));
  return telling.length > 0 || !!parameters?.length || !!raises?.some((raised) => raised.description);
}

export interface ClassSectionOptions {
  style: DocstringStyle;
  /** Document the public attributes `__init__` assigns. */
  attributes: boolean;
}

/** The sections of a class docstring: numpy documents `__init__`'s parameters here. */
export function classSections(node: SyntaxNode, options: ClassSectionOptions): Omit<DocstringContent, 'summary'> {
  const content: Omit<DocstringContent, 'summary'> = {};
  if (options.style === 'numpy') {
    const init = classBodyDefinitions(node).find((definition) => definition.name === '__init__' && definition.node.type === 'function_definition');
    const parameters = init ? functionContent(init, 'numpy').sections.parameters : undefined;
    if (parameters?.length) content.parameters = parameters;
  }
  if (options.attributes) {
    const attributes = initAttributes(node)
      .filter((attribute) => !attribute.name.startsWith('_'))
      .map((attribute) => ({
        name: attribute.name,
        ...(attribute.annotation ? { type: attribute.annotation } : {}),
        description: asSentence(noDoubleArticle(`the ${namePhrase(attribute.name)}`)),
      }));
    if (attributes.length) content.attributes = attributes;
  }
  return content;
}
