// Suppression comments, honoured by the fix loop for every transform:
//   # pycodemod: ignore                 every transform, on this statement
//   # pycodemod: ignore[docstrings,..]  only the transforms named
//   # pycodemod: skip-file[ids]         the whole file (in its header; ids optional)
// Where a comment applies (documented in the README, "Suppression comments"): the line a
// finding starts on; the first or the last line of the statement holding the finding (so
// a comment after the closing bracket of a multi-line call covers the call); for a finding
// in the header of a definition (decorators, `def`/`class` line), also the comment lines
// directly above it.
import type { SyntaxNode } from './syntax-tree.js';
import type { SourceFile } from './source.js';
import type { Span } from './types.js';

const DIRECTIVE = /#[ \t]*pycodemod:[ \t]*(ignore|skip-file)\b(?:\[([^\]\n]*)\])?/g;
/** How far down the file a skip-file comment counts, besides the leading comment block. */
export const SKIP_FILE_HEADER_LINES = 10;

interface Directive {
  kind: 'ignore' | 'skip-file';
  /** 1-based line of the comment. */
  line: number;
  /** The transforms named in brackets; null for all. */
  transforms: ReadonlySet<string> | null;
  /** True when the comment is alone on its line. */
  standalone: boolean;
}

const BLOCK_PARENTS = new Set(['module', 'block']);
// Clauses carry their own header (`except ValueError:`), so a comment there covers them.
const CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause', 'case_clause']);
const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition']);

function parseIds(list: string | undefined): ReadonlySet<string> | null {
  if (list === undefined) return null;
  const ids = list.split(',').map((id) => id.trim()).filter(Boolean);
  return ids.length ? new Set(ids) : null;
}

function matches(directive: Directive, transform: string): boolean {
  return directive.transforms === null || directive.transforms.has(transform);
}

/**
 * The transforms the directives of a text name (`'all'` for one naming none), read as
 * text: a directive inside a string counts too, which is on the safe side for what asks
 * (a project-wide change refused, a file read again). Undefined when there is none.
 */
export function transformsNamedIn(text: string): readonly string[] | 'all' | undefined {
  if (!text.includes('pycodemod:')) return undefined;
  const named = new Set<string>();
  for (const match of text.matchAll(DIRECTIVE)) {
    const ids = parseIds(match[2]);
    if (ids === null) return 'all';
    for (const id of ids) named.add(id);
  }
  return named.size ? [...named] : undefined;
}

/** The real comments (not text inside strings) that hold a pycodemod directive. */
function findDirectives(file: SourceFile): Directive[] {
  if (!file.text.includes('pycodemod:')) return [];
  const directives: Directive[] = [];
  for (const match of file.text.matchAll(DIRECTIVE)) {
    const index = match.index ?? 0;
    const node = file.root.descendantForIndex(index, index + 1);
    if (node.type !== 'comment' || node.startIndex > index) continue;
    directives.push({
      kind: match[1] as Directive['kind'],
      line: file.position(index).line,
      transforms: parseIds(match[2]),
      standalone: file.startsLine(node.startIndex),
    });
  }
  return directives;
}

/** The statement (or clause) holding `node`: the node whose parent is a block or the module. */
function enclosingStatement(node: SyntaxNode): SyntaxNode | null {
  let current: SyntaxNode | null = node;
  while (current && current.parent) {
    if (BLOCK_PARENTS.has(current.parent.type) || CLAUSES.has(current.type)) return current;
    current = current.parent;
  }
  return null;
}

/** First and last line of a statement's header: the whole statement when it is simple. */
function headerLines(statement: SyntaxNode): [number, number] {
  const first = statement.startPosition.row + 1;
  const owner = statement.type === 'decorated_definition' ? (statement.childForFieldName('definition') ?? statement) : statement;
  const colon = owner.children.find((child) => child.type === ':');
  const hasBody = owner.children.some((child) => child.type === 'block');
  if (colon && hasBody) return [first, colon.startPosition.row + 1];
  return [first, statement.endPosition.row + 1];
}

export class Suppressions {
  private readonly byLine = new Map<number, Directive[]>();
  private lineStarts: number[] | undefined;
  /** The skip-file directive of the file's header, if any. */
  readonly skipFile: Directive | undefined;

  constructor(private readonly file: SourceFile) {
    const directives = findDirectives(file);
    const firstStatement = file.root.children.find((child) => child.type !== 'comment');
    const headerEnd = Math.max(SKIP_FILE_HEADER_LINES, firstStatement ? firstStatement.startPosition.row : Infinity);
    for (const directive of directives) {
      if (directive.kind === 'skip-file') {
        if (directive.line <= headerEnd && !this.skipFile) this.skipFile = directive;
        continue;
      }
      const list = this.byLine.get(directive.line) ?? [];
      list.push(directive);
      this.byLine.set(directive.line, list);
    }
  }

  get isEmpty(): boolean {
    return this.byLine.size === 0 && !this.skipFile;
  }

  /** Whether a skip-file comment excludes `transform` from the whole file. */
  skipsFile(transform: string): boolean {
    return !!this.skipFile && matches(this.skipFile, transform);
  }

  /** The line of the comment that suppresses a finding of `transform` at `span`, or 0. */
  suppressing(transform: string, span: Span): number {
    if (this.skipsFile(transform)) return this.skipFile?.line ?? 0;
    if (this.byLine.size === 0) return 0;
    const line = this.file.position(span.start).line;
    const lines = new Set([line]);
    const statement = enclosingStatement(this.file.root.descendantForIndex(span.start, Math.max(span.start, span.end)));
    if (statement) {
      const [first, last] = headerLines(statement);
      if (line >= first && line <= last) {
        lines.add(first).add(last);
        if (DEFINITIONS.has(statement.type)) {
          for (let above = first - 1; this.isStandaloneComment(above); above--) lines.add(above);
        }
      }
    }
    for (const candidate of lines) {
      const found = this.byLine.get(candidate)?.find((directive) => matches(directive, transform));
      if (found) return found.line;
    }
    return 0;
  }

  private isStandaloneComment(line: number): boolean {
    if (line < 1) return false;
    if (this.byLine.get(line)?.some((directive) => directive.standalone)) return true;
    // Other comment lines between the directive and the definition keep the block together.
    const text = this.lineText(line);
    return /^[ \t]*#/.test(text);
  }

  private lineText(line: number): string {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      const text = this.file.text;
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
    }
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    return this.file.text.slice(start, this.file.lineEnd(start));
  }
}
