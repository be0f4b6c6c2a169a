// The conventions a project declares in its tool configuration: flake8 and pycodestyle
// sections of setup.cfg, tox.ini and .flake8; black and ruff tables of pyproject.toml;
// pydocstyle's convention. A file that cannot be read or parsed is an input error that
// names the file and line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { DocstringStyle, QuotePreference, Sourced } from '../../engine/conventions.js';
import { InputError } from '../../engine/errors.js';

/** What the configuration files declare; each absent unless declared. */
export interface ConfiguredConventions {
  lineLength?: Sourced<number>;
  docstringStyle?: Sourced<DocstringStyle>;
  quotes?: Sourced<QuotePreference>;
  /** The configuration files that were read (for `pycodemod conventions`). */
  files: string[];
}

const INI_FILES = ['setup.cfg', 'tox.ini', '.flake8'];

interface IniValue {
  value: string;
  line: number;
}

type IniDocument = Map<string, Map<string, IniValue>>;

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Parses an INI file the way Python's configparser reads it (sections, keys, continuations). */
export function parseIni(text: string, shown: string): IniDocument {
  const document: IniDocument = new Map();
  let section: Map<string, IniValue> | null = null;
  let last: IniValue | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*$/.test(raw) || /^\s*[#;]/.test(raw)) return;
    if (/^\s/.test(raw) && last) {
      last.value += `\n${raw.trim()}`;
      return;
    }
    const header = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(raw);
    if (header) {
      const name = (header[1] as string).trim();
      section = document.get(name) ?? new Map();
      document.set(name, section);
      last = null;
      return;
    }
    if (raw.startsWith('[')) throw new InputError(`${shown}:${line}: malformed section header: ${raw.trim()}`);
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!pair) throw new InputError(`${shown}:${line}: expected 'key = value' or a [section]: ${raw.trim()}`);
    if (!section) throw new InputError(`${shown}:${line}: a key before any [section]: ${raw.trim()}`);
    last = { value: (pair[2] as string).replace(/\s+[#;].*$/, ''), line };
    section.set((pair[1] as string).trim().toLowerCase().replace(/_/g, '-'), last);
  });
  return document;
}

function positiveInteger(value: string, where: string): number {
  const number = Number(value.trim());
  if (!Number.isInteger(number) || number < 1) throw new InputError(`${where}: expected a whole number of columns, got '${value.trim()}'`);
  return number;
}

function fromIni(configured: ConfiguredConventions, file: string, shown: string): void {
  const document = parseIni(readText(file, shown), shown);
  for (const name of ['flake8', 'pycodestyle', 'pep8']) {
    const section = document.get(name);
    if (!section) continue;
    const length = section.get('max-line-length');
    if (!configured.lineLength) {
      configured.lineLength = length
        ? { value: positiveInteger(length.value, `${shown}:${length.line}`), origin: 'configured', source: `${shown}:${length.line} [${name}] max-line-length` }
        : { value: 79, origin: 'configured', source: `${shown} [${name}] (no max-line-length: ${name}'s default)` };
    }
    const quotes = section.get('inline-quotes');
    if (quotes && !configured.quotes) {
      const value = /^(?:'|single)$/.test(quotes.value.trim()) ? 'single' : /^(?:"|double)$/.test(quotes.value.trim()) ? 'double' : undefined;
      if (value) configured.quotes = { value, origin: 'configured', source: `${shown}:${quotes.line} [${name}] inline-quotes` };
    }
    const convention = section.get('docstring-convention');
    const style = convention && docstringConvention(convention.value);
    if (style && !configured.docstringStyle) configured.docstringStyle = { value: style, origin: 'configured', source: `${shown}:${convention!.line} [${name}] docstring-convention` };
  }
  const pydocstyle = document.get('pydocstyle')?.get('convention');
  const style = pydocstyle && docstringConvention(pydocstyle.value);
  if (style && !configured.docstringStyle) configured.docstringStyle = { value: style, origin: 'configured', source: `${shown}:${pydocstyle!.line} [pydocstyle] convention` };
}

/** pydocstyle's and flake8-docstrings' conventions, as docstring styles (pep257 says nothing of sections). */
function docstringConvention(value: string): DocstringStyle | undefined {
  const name = value.trim().toLowerCase();
  return name === 'google' ? 'google' : name === 'numpy' ? 'numpy' : undefined;
}

function table(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The line of `key` inside `[header]` of a TOML text, for naming where a value came from. */
function lineOf(text: string, header: string, key: string): number | null {
  const lines = text.split(/\r?\n/);
  let inside = false;
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line.startsWith('[')) inside = line.replace(/\s+/g, '') === `[${header}]`;
    else if (inside && new RegExp(`^["']?${key.replace(/-/g, '[-_]')}["']?\\s*=`).test(line)) return index + 1;
  }
  return null;
}

function fromPyproject(configured: ConfiguredConventions, file: string, shown: string): void {
  const text = readText(file, shown);
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    const first = ((error as Error).message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
    throw new InputError(`${shown}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: not valid TOML: ${first}`);
  }
  const tool = table(document.tool) ?? {};
  const where = (header: string, key: string) => {
    const line = lineOf(text, header, key);
    return `${shown}${line ? `:${line}` : ''} [${header}] ${key}`;
  };
  const ruff = table(tool.ruff);
  const black = table(tool.black);
  for (const [name, settings] of [['tool.ruff', ruff], ['tool.black', black]] as const) {
    if (!settings || configured.lineLength) continue;
    const value = settings['line-length'];
    if (value === undefined) {
      configured.lineLength = { value: 88, origin: 'configured', source: `${shown} [${name}] (no line-length: ${name.slice(5)}'s default)` };
    } else if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
      configured.lineLength = { value, origin: 'configured', source: where(name, 'line-length') };
    } else {
      throw new InputError(`${where(name, 'line-length')}: expected a whole number of columns, got ${JSON.stringify(value)}`);
    }
  }
  const ruffLint = table(ruff?.lint) ?? ruff;
  const ruffQuotes = table(ruffLint?.['flake8-quotes']);
  const format = table(ruff?.format);
  if (!configured.quotes) {
    const style = format?.['quote-style'];
    if (style === 'single' || style === 'double') configured.quotes = { value: style, origin: 'configured', source: where('tool.ruff.format', 'quote-style') };
    else if (ruffQuotes && (ruffQuotes['inline-quotes'] === 'single' || ruffQuotes['inline-quotes'] === 'double')) {
      const header = ruff?.lint ? 'tool.ruff.lint.flake8-quotes' : 'tool.ruff.flake8-quotes';
      configured.quotes = { value: ruffQuotes['inline-quotes'] as 'single' | 'double', origin: 'configured', source: where(header, 'inline-quotes') };
    } else if (black && black['skip-string-normalization'] !== true) {
      configured.quotes = { value: 'double', origin: 'configured', source: `${shown} [tool.black] (black writes double quotes)` };
    }
  }
  const ruffDocstyle = table(ruffLint?.pydocstyle)?.convention;
  const style = typeof ruffDocstyle === 'string' ? docstringConvention(ruffDocstyle) : undefined;
  if (style && !configured.docstringStyle) {
    configured.docstringStyle = { value: style, origin: 'configured', source: where(ruff?.lint ? 'tool.ruff.lint.pydocstyle' : 'tool.ruff.pydocstyle', 'convention') };
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The configuration files that apply to `start`: the nearest of each kind, walking up no
 * further than the repository's root (the directory holding `.git`).
 */
export function configurationFiles(start: string): string[] {
  const found = new Map<string, string>();
  let directory = isDirectory(start) ? start : dirname(start);
  for (;;) {
    for (const name of [...INI_FILES, 'pyproject.toml']) {
      const candidate = join(directory, name);
      if (!found.has(name) && existsSync(candidate)) found.set(name, candidate);
    }
    const parent = dirname(directory);
    if (parent === directory || existsSync(join(directory, '.git'))) break;
    directory = parent;
  }
  return [...found.values()];
}

/** Reads what the configuration files around `start` declare. `cwd` shortens the names shown. */
export function readConfiguredConventions(start: string, cwd: string): ConfiguredConventions {
  const configured: ConfiguredConventions = { files: [] };
  // flake8's files first (setup.cfg, tox.ini, .flake8, in flake8's own order): the lint
  // gate a patch must pass; then black and ruff in pyproject.toml.
  const files = configurationFiles(start);
  for (const file of files) {
    const shown = relative(cwd, file).startsWith('..') ? file : relative(cwd, file) || file;
    if (file.endsWith('pyproject.toml')) fromPyproject(configured, file, shown);
    else fromIni(configured, file, shown);
    configured.files.push(shown);
  }
  return configured;
}
