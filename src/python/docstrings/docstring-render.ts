// Renders docstring content in the four styles (google, numpy, sphinx, plain): sections,
// wrapping at the line length, quoting (`"""`, `r"""` when the text holds a backslash,
// escaped quotes), one line when there are no sections.

export type DocstringStyle = 'google' | 'numpy' | 'sphinx' | 'plain';
export const DOCSTRING_STYLES: readonly DocstringStyle[] = ['google', 'numpy', 'sphinx', 'plain'];

export interface DocumentedName {
  /** With its stars for `*args` and `**kwargs`. */
  name: string;
  type?: string;
  default?: string;
  description: string;
}

export interface DocumentedValue {
  type?: string;
  description: string;
}

export interface DocumentedException {
  type: string;
  description?: string;
}

export interface DocstringContent {
  /** One sentence. */
  summary: string;
  /**
   * Further paragraphs: prose to wrap, or (when they hold line breaks, as the later
   * paragraphs of a promoted comment do) lines kept as written.
   */
  paragraphs?: string[];
  parameters?: DocumentedName[];
  attributes?: DocumentedName[];
  returns?: DocumentedValue;
  yields?: DocumentedValue;
  raises?: DocumentedException[];
}

export interface DocstringLayout {
  /** The indentation of the docstring's first line, repeated on the others. */
  indent: string;
  /** One level of indentation, for section items (the file's own; four spaces by default). */
  unit?: string;
  lineLength: number;
  eol: string;
  /**
   * False in projects that open every docstring with `"""` alone on its line and put the
   * summary under it (Django); true or absent: the summary follows the quotes.
   */
  summaryOnQuoteLine?: boolean;
  /**
   * A docstring of one sentence that fits is written on one line (`"""Summary."""`)
   * even where longer ones open with the quotes alone (Matplotlib); absent: only when
   * the summary follows the quotes.
   */
  oneLiner?: boolean;
}

/** Never wrap narrower than this, however deep the indentation. */
const MINIMUM_WIDTH = 30;

/**
 * Greedy word wrap, the first line to `firstWidth`, the others to `restWidth`; a word
 * longer than its line gets a line of its own.
 */
export function wrapWords(text: string, firstWidth: number, restWidth = firstWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = lines.length === 0 ? firstWidth : restWidth;
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A paragraph wrapped so that `indent + prefix + text` stays within the width. */
function wrapped(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const lines = wrapWords(text, Math.max(MINIMUM_WIDTH, width - firstPrefix.length), Math.max(MINIMUM_WIDTH, width - restPrefix.length));
  if (lines.length === 0) return [firstPrefix.trimEnd()];
  return lines.map((line, index) => `${index === 0 ? firstPrefix : restPrefix}${line}`);
}

/** Ends a text with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return trimmed;
  // A URL, a dotted or snake_case name or camelCase keeps its case.
  const firstWord = /^\S+/.exec(trimmed)?.[0] ?? '';
  const verbatim = /:\/\/|[_.]\w|^[a-z]+[A-Z]/.test(firstWord.replace(/[.,:;!?]+$/, ''));
  const capital = verbatim ? trimmed : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  // "Constants shared by all instances:" introduced what followed the comment.
  return /[.!?]["')\]]?$/.test(capital) ? capital : `${capital.replace(/[:;,]$/, '')}.`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withDefault(item: DocumentedName): string {
  return item.default !== undefined ? `${item.description} Defaults to ${oneLine(item.default)}.` : item.description;
}

function googleSections(content: DocstringContent, width: number, unit: string): string[][] {
  const sections: string[][] = [];
  const names = (title: string, items: DocumentedName[] | undefined) => {
    if (!items?.length) return;
    sections.push([
      `${title}:`,
      ...items.flatMap((item) => {
        const head = item.type ? `${item.name} (${oneLine(item.type)}): ` : `${item.name}: `;
        return wrapped(`${head}${withDefault(item)}`, width, unit, unit + unit);
      }),
    ]);
  };
  const value = (title: string, item: DocumentedValue | undefined) => {
    if (!item) return;
    const text = item.type ? `${oneLine(item.type)}: ${item.description}` : item.description;
    sections.push([`${title}:`, ...wrapped(text, width, unit, unit + unit)]);
  };
  names('Args', content.parameters);
  names('Attributes', content.attributes);
  value('Returns', content.returns);
  value('Yields', content.yields);
  if (content.raises?.length) {
    sections.push([
      'Raises:',
      ...content.raises.flatMap((item) => wrapped(item.description ? `${item.type}: ${item.description}` : item.type, width, unit, unit + unit)),
    ]);
  }
  return sections;
}

function numpySections(content: DocstringContent, width: number, unit: string): string[][] {
  const sections: string[][] = [];
  const header = (title: string) => [title, '-'.repeat(title.length)];
  const names = (title: string, items: DocumentedName[] | undefined) => {
    if (!items?.length) return;
    sections.push([
      ...header(title),
      ...items.flatMap((item) => {
        const type = item.type ? oneLine(item.type) : undefined;
        const kind = item.default !== undefined ? (type ? `${type}, default ${oneLine(item.default)}` : 'optional') : type;
        const description = item.default !== undefined && !type ? withDefault(item) : item.description;
        return [kind ? `${item.name} : ${kind}` : item.name, ...wrapped(description, width, unit)];
      }),
    ]);
  };
  const value = (title: string, item: DocumentedValue | undefined) => {
    if (!item) return;
    sections.push([...header(title), item.type ? oneLine(item.type) : '', ...wrapped(item.description, width, unit)].filter(Boolean));
  };
  names('Parameters', content.parameters);
  names('Attributes', content.attributes);
  value('Returns', content.returns);
  value('Yields', content.yields);
  if (content.raises?.length) {
    sections.push([...header('Raises'), ...content.raises.flatMap((item) => [item.type, ...(item.description ? wrapped(item.description, width, unit) : [])])]);
  }
  return sections;
}

function sphinxSections(content: DocstringContent, width: number, unit: string): string[][] {
  const lines: string[] = [];
  const field = (text: string) => lines.push(...wrapped(text, width, '', unit));
  for (const item of content.parameters ?? []) {
    field(`:param ${item.name}: ${withDefault(item)}`);
    if (item.type) field(`:type ${item.name}: ${oneLine(item.type)}`);
  }
  for (const item of content.attributes ?? []) {
    field(`:ivar ${item.name}: ${item.description}`);
    if (item.type) field(`:vartype ${item.name}: ${oneLine(item.type)}`);
  }
  if (content.returns) {
    field(`:returns: ${content.returns.description}`);
    if (content.returns.type) field(`:rtype: ${oneLine(content.returns.type)}`);
  }
  if (content.yields) {
    field(`:yields: ${content.yields.description}`);
    if (content.yields.type) field(`:ytype: ${oneLine(content.yields.type)}`);
  }
  for (const item of content.raises ?? []) field(`:raises ${item.type}:${item.description ? ` ${item.description}` : ''}`);
  return lines.length ? [lines] : [];
}

/** The sections of the content in a style, each a list of lines without indentation. */
export function docstringSections(content: DocstringContent, style: DocstringStyle, width: number, unit = '    '): string[][] {
  switch (style) {
    case 'google':
      return googleSections(content, width, unit);
    case 'numpy':
      return numpySections(content, width, unit);
    case 'sphinx':
      return sphinxSections(content, width, unit);
    case 'plain':
      return [];
  }
}

/**
 * The docstring literal: quotes included, every line after the first prefixed with the
 * indentation, no line break at the end (the caller places it).
 */
export function renderDocstring(content: DocstringContent, style: DocstringStyle, layout: DocstringLayout): string {
  const { indent, lineLength, eol } = layout;
  const width = lineLength - indent.length;
  const summary = asSentence(content.summary);
  const sections = docstringSections(content, style, width, layout.unit);
  const paragraphs = (content.paragraphs ?? []).map((paragraph) => (paragraph.includes('\n') ? paragraph : asSentence(paragraph))).filter(Boolean);
  const raw = [summary, ...paragraphs, ...sections.flat()].some((line) => line.includes('\\'));
  const quote = raw ? 'r"""' : '"""';
  // A quote right after the opening quotes would read as a fourth one: it is escaped.
  const escape = (line: string) => line.replace(/"""/g, '""\\"');
  const escapeFirst = (line: string) => (raw ? escape(line) : escape(line).replace(/^"/, '\\"'));

  const onQuoteLine = layout.summaryOnQuoteLine ?? true;
  if ((layout.oneLiner ?? onQuoteLine) && sections.length === 0 && paragraphs.length === 0 && indent.length + quote.length + summary.length + 3 <= lineLength) {
    const text = escapeFirst(summary);
    return `${quote}${text.endsWith('"') ? `${text.slice(0, -1)}\\"` : text}"""`;
  }
  // A file or project that writes one sentence as three lines (quotes alone above and
  // below it) gets that form, whatever the place of longer docstrings' summaries: not
  // `"""Sentence.` with the quotes alone under it, which neither form is.
  const sentenceOnly = sections.length === 0 && paragraphs.length === 0 && layout.oneLiner === false;
  const lines = onQuoteLine && !sentenceOnly ? wrapped(summary, width, quote, '') : [quote, ...wrapped(summary, width)];
  for (const paragraph of paragraphs) lines.push('', ...(paragraph.includes('\n') ? paragraph.split('\n') : wrapped(paragraph, width)));
  for (const section of sections) lines.push('', ...section);
  const body = lines.map((line, index) => (index === 0 ? quote + escapeFirst(line.slice(quote.length)) : line ? `${indent}${escape(line)}` : ''));
  return [...body, `${indent}"""`].join(eol);
}
