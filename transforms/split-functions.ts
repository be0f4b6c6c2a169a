// Review suggestion 8: long functions split into well-named helpers. A paragraph of a
// long function headed by a comment becomes a private helper placed right after the
// function (a method of the same class for methods), its comment the helper's docstring,
// with parameters and results from the data flow; a block that cannot move safely stays.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import type { SourceFile } from '../src/engine/source.js';
import { blockFlow, leavesLoop } from '../src/python/data-flow.js';
import { bodyParagraphs } from '../src/python/paragraphs.js';
import { analyzeScopes, type Scope } from '../src/python/scopes.js';
import { isTestFile } from '../src/python/tests.js';
import { identifierWords } from '../src/python/words.js';

const FILLER = new Set(['a', 'an', 'the', 'and', 'then', 'now', 'here', 'this', 'that', 'it', 'its', 'of', 'we', 'so', 'just', 'first', 'next', 'finally']);
// Within function-names' defaults (4 words, 30 characters), so that a name this
// transform chooses is never one that function-names then wants to shorten.
const MAX_NAME_WORDS = 4;
const PREPOSITIONS = new Set(['to', 'from', 'for', 'with', 'in', 'on', 'by', 'of', 'at', 'into', 'onto', 'over', 'per']);
const MAX_NAME_LENGTH = 30;

function countStatements(node: SyntaxNode): number {
  let count = 0;
  for (const child of node.namedChildren) {
    if (child.type === 'block') count += countStatements(child);
    else if (child.type.endsWith('_statement') || child.type === 'expression_statement' || child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition') {
      count += 1 + countStatements(child);
    } else if (child.type.endsWith('clause')) count += countStatements(child);
  }
  return count;
}

/** The helper's name from the comment that heads the paragraph: its first words, snake_case. */
export function helperName(comment: string): string | null {
  const words = (comment.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((word) => !FILLER.has(word)).slice(0, MAX_NAME_WORDS);
  while (words.length > 1 && `_${words.join('_')}`.length > MAX_NAME_LENGTH) words.pop();
  // A name does not end on a preposition cut from its object (`_fetch_every_record_from`).
  while (words.length > 1 && PREPOSITIONS.has(words[words.length - 1] as string)) words.pop();
  if (words.length === 0) return null;
  const name = `_${words.join('_')}`;
  return /^_test/.test(name) ? `_do${name}` : name;
}

function commentText(comments: readonly SyntaxNode[]): string {
  return comments.map((comment) => comment.text.replace(/^#+\s?/, '').trim()).join(' ').trim();
}

function docstringFor(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  const ended = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  return ended.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
}

interface Candidate {
  name: string;
  /** Where the paragraph (with its heading comment) starts and ends. */
  start: number;
  end: number;
  statements: SyntaxNode[];
  comment: string;
}

function taken(file: SourceFile, functionNode: SyntaxNode, name: string): boolean {
  const container = functionNode.parent?.type === 'decorated_definition' ? functionNode.parent.parent : functionNode.parent;
  return (container?.namedChildren ?? []).some((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    return definition?.childForFieldName('name')?.text === name;
  }) || new RegExp(`\\b${name}\\b`).test(file.text);
}

export default defineTransform({
  id: 'split-functions',
  summary: 'Move the comment-headed paragraphs of long functions into private helpers',
  suggestion: 8,
  safety: 'unsafe',
  scope: 'file',
  options: {
    'max-statements': { type: 'integer', default: 15, min: 2, description: 'functions with more statements than this are split' },
    'max-lines': { type: 'integer', default: 40, min: 2, description: 'functions with more lines than this are split' },
    'min-paragraph': { type: 'integer', default: 2, min: 1, description: 'paragraphs with fewer statements (nested ones included) stay where they are' },
  },
  docs: {
    before: [
      'def report(servers):',
      '    names = []',
      '    for server in servers:',
      '        names.append(server.name)',
      '',
      '    # Count the active servers.',
      '    active = 0',
      '    for server in servers:',
      '        if server.active:',
      '            active += 1',
      '',
      '    return names, active',
      '',
    ].join('\n'),
    after: [
      'def report(servers):',
      '    names = []',
      '    for server in servers:',
      '        names.append(server.name)',
      '',
      '    active = _count_active_servers(servers)',
      '',
      '    return names, active',
      '',
      '',
      'def _count_active_servers(servers):',
      '    """Count the active servers."""',
      '    active = 0',
      '    for server in servers:',
      '        if server.active:',
      '            active += 1',
      '    return active',
      '',
    ].join('\n'),
    options: { 'max-statements': 5 },
  },
  *find(file, { options }): Generator<Finding> {
    const analysis = analyzeScopes(file.root);
    const findings: Finding[] = [];
    for (const scope of analysis.scopes) {
      if (scope.kind !== 'function') continue;
      const functionNode = scope.node;
      const method = scope.parent?.kind === 'class';
      if (!method && scope.parent?.kind !== 'module') continue;
      const lines = file.position(functionNode.endIndex).line - file.position(functionNode.startIndex).line + 1;
      const body = functionNode.childForFieldName('body');
      if (!body || (countStatements(body) <= options['max-statements'] && lines <= options['max-lines'])) continue;
      const decorators = functionNode.parent?.type === 'decorated_definition' ? functionNode.parent.namedChildren.filter((child) => child.type === 'decorator').map((decorator) => decorator.text) : [];
      if (method && decorators.some((decorator) => /staticmethod|classmethod|property/.test(decorator))) continue;
      const paragraphs = bodyParagraphs(file, functionNode);
      paragraphs.forEach((paragraph, position) => {
        // The first paragraph usually sets up what the rest uses; the heading comment is what names the helper.
        const size = paragraph.statements.reduce((sum, statement) => sum + 1 + countStatements(statement), 0);
        if (position === 0 || size < options['min-paragraph']) return;
        const heading = paragraph.comments.filter((comment) => comment.startIndex < (paragraph.statements[0] as SyntaxNode).startIndex);
        if (heading.length === 0) return;
        const comment = commentText(heading);
        const name = helperName(comment);
        if (!name) return;
        const candidate: Candidate = { name, start: file.lineStart((heading[0] as SyntaxNode).startIndex), end: (paragraph.statements.at(-1) as SyntaxNode).endIndex, statements: paragraph.statements, comment };
        findings.push(splitFinding(file, scope, candidate, method, isTestFile(file.path)));
      });
    }
    yield* findings;
  },
});

function splitFinding(file: SourceFile, scope: Scope, candidate: Candidate, method: boolean, testFile: boolean): Finding {
  const functionNode = scope.node;
  const functionName = scope.name ?? 'function';
  const flow = blockFlow(scope, candidate.statements);
  if (leavesLoop(candidate.statements)) flow.refusals.push('it breaks out of or continues a loop outside it');
  let name = candidate.name;
  if (testFile && /^_?test/.test(name)) name = `_do${name}`;
  if (taken(file, functionNode, name)) flow.refusals.push(`the name ${name} is already used in the module`);
  const at = candidate.statements[0] as SyntaxNode;
  if (flow.refusals.length) {
    return { message: `Not splitting "${candidate.comment}" out of ${functionName}: ${flow.refusals.join('; ')}`, at };
  }
  const receiver = method ? scope.parameters()[0]?.name : undefined;
  const parameters = flow.parameters.filter((parameter) => parameter !== receiver);
  const indent = file.indentAt(at.startIndex);
  const outer = file.indentAt((functionNode.parent?.type === 'decorated_definition' ? functionNode.parent : functionNode).startIndex);
  const eol = file.eol;
  const callee = receiver ? `${receiver}.${name}` : name;
  const call = `${flow.awaits ? 'await ' : ''}${callee}(${parameters.join(', ')})`;
  const results = flow.results;
  const callLine = results.length ? `${indent}${results.join(', ')} = ${call}` : `${indent}${call}`;
  const blockText = file.text.slice(file.lineStart(at.startIndex), candidate.end);
  const signature = [...(receiver ? [receiver] : []), ...parameters].join(', ');
  const returnLine = results.length ? `${eol}${indent}return ${results.join(', ')}` : '';
  const separator = method ? eol : `${eol}${eol}`;
  const helper = `${eol}${separator}${outer}${flow.awaits ? 'async ' : ''}def ${name}(${signature}):${eol}${indent}"""${docstringFor(candidate.comment)}"""${eol}${blockText}${returnLine}`;
  return {
    message: `${functionName} is long: "${candidate.comment}" can be its own helper, ${name}`,
    at,
    fix: () => ({
      title: `Extract ${name}`,
      edits: [
        { start: candidate.start, end: candidate.end, text: callLine },
        // After the function's last line, so that a comment ending it stays with it.
        { start: file.lineEnd(functionNode.endIndex), end: file.lineEnd(functionNode.endIndex), text: helper },
      ],
    }),
  };
}
