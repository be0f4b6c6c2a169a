// What the endpoint summarizer is told about one definition, as plain data read from its
// syntax tree: the source, parameters, every name it holds (to check an answer against),
// the exceptions it raises and the functions it calls (to ask callees first); and a few
// of the project's own docstrings, to show the model the project's tone.
import { createHash } from 'node:crypto';
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { allParameters, isMethod, type Definition } from '../summaries/functions.js';
import type { DefinitionRequest } from '../summaries/summary-prompt.js';
import { existingDocstring } from './docstring-place.js';
import { definitionNodes } from '../syntax/definitions.js';

/** The key an answer is found by: the definition's source (its offsets move as fixes land). */
export function requestKey(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

export function definitionRequest(file: SourceFile, definition: Definition): DefinitionRequest {
  const { node } = definition;
  const source = file.slice(definition.statement);
  const identifiers = new Set<string>();
  const callees = new Set<string>();
  const visit = (current: SyntaxNode) => {
    if (current.type === 'identifier') identifiers.add(current.text);
    if (current.type === 'call') {
      const callee = current.childForFieldName('function');
      const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.type === 'identifier' ? callee.text : undefined;
      if (name) callees.add(name);
    }
    for (const child of current.namedChildren) visit(child);
  };
  visit(definition.statement);
  const raised = new Set<string>();
  for (const match of source.matchAll(/\braise\s+([A-Za-z_][\w.]*)/g)) {
    raised.add(match[1]!);
    raised.add(match[1]!.slice(match[1]!.lastIndexOf('.') + 1));
  }
  return {
    key: requestKey(source),
    file: file.path,
    name: definition.name,
    kind: node.type === 'class_definition' ? 'class' : isMethod(definition) ? 'method' : 'function',
    source,
    parameters: node.type === 'function_definition' ? allParameters(node).map((parameter) => parameter.name) : [],
    identifiers: [...identifiers],
    raised: [...raised],
    callees: [...callees].filter((name) => name !== definition.name),
  };
}

/** Up to two of the file's function docstrings of a telling length, as written. */
export function exampleDocstrings(file: SourceFile): string[] {
  const examples: string[] = [];
  for (const node of definitionNodes(file, ['function_definition'])) {
    const statement = existingDocstring(node);
    const text = statement?.text ?? '';
    if (text.length >= 60 && text.length <= 400 && !/\n\s*(?:Args|Parameters|:param)/.test(text)) examples.push(text);
    if (examples.length === 2) break;
  }
  return examples;
}
