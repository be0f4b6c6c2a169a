// What a new docstring says about a function or class: the summary (given), and the
// sections the code supports (parameters, attributes, returns, yields, raises).
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { describeParameter, describeReturn, describeYield } from '../summaries/definition-summary.js';
import type { DocstringContent, DocstringStyle, DocumentedException, DocumentedName } from './docstring-render.js';
import { asSentence } from './docstring-render.js';
import {
  bodyFacts,
  classBodyDefinitions,
  documentedParameters,
  generatorTypes,
  initAttributes,
  isProperty,
  type Definition,
  type Parameter,
} from '../summaries/functions.js';
import { namePhrase, isDunder } from '../words/words.js';
import { noDoubleArticle } from '../words/english.js';

/** Dunders whose parameters and result say more than their one-line summary. */
const DOCUMENTED_DUNDERS = new Set(['__init__', '__new__', '__call__', '__init_subclass__']);

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

function documentedName(parameter: Parameter): DocumentedName {
  return {
    name: `${parameter.stars}${parameter.name}`,
    ...(parameter.annotation ? { type: parameter.annotation } : {}),
    ...(parameter.default !== undefined ? { default: parameter.default } : {}),
    description: describeParameter(parameter),
  };
}

/** The sections of a function's docstring. */
export function functionSections(definition: Definition, summary: string): Omit<DocstringContent, 'summary'> {
  if (isProperty(definition)) return {};
  if (isDunder(definition.name) && !DOCUMENTED_DUNDERS.has(definition.name)) return {};
  const facts = bodyFacts(definition.node);
  const annotation = definition.node.childForFieldName('return_type')?.text;
  const content: Omit<DocstringContent, 'summary'> = {};
  const parameters = documentedParameters(definition).map(documentedName);
  if (parameters.length) content.parameters = parameters;
  if (facts.yields) {
    const types = generatorTypes(annotation);
    content.yields = { ...(types.yields ? { type: types.yields } : {}), description: describeYield(definition, facts) };
    if (types.returns) content.returns = { type: types.returns, description: describeReturn(definition, facts, summary) };
  } else if (facts.returnsValue && definition.name !== '__init__') {
    content.returns = { ...(annotation ? { type: annotation } : {}), description: describeReturn(definition, facts, summary) };
  }
  // A message of a word or two (`raise LineTooLong("status line")`) names no condition.
  const raises: DocumentedException[] = facts.raises.map((raised) =>
    raised.message && raised.message.trim().split(/\s+/).length >= 3 ? { type: raised.type, description: asSentence(raised.message) } : { type: raised.type },
  );
  if (raises.length) content.raises = raises;
  return content;
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
    const parameters = init ? documentedParameters(init).map(documentedName) : [];
    if (parameters.length) content.parameters = parameters;
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
