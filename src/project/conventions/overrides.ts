// Conventions set by hand: keys of `[tool.pycodemod]` (`line-length = 100`) and `--set
// KEY=VALUE` flags. Each key names one convention; its value wins over the configuration
// files and over what the code shows.
import { DOCSTRING_MOODS, DOCSTRING_STYLES, type ConventionsData, type DocstringMood, type DocstringStyle, type Sourced } from '../../engine/conventions.js';
import { InputError } from '../../engine/errors.js';

/** The keys, with what each accepts (for messages and the README). */
export const CONVENTION_KEYS = {
  'line-length': 'a whole number of columns',
  'docstring-style': DOCSTRING_STYLES.join(', '),
  'docstring-summary': 'quote-line or next-line',
  'docstring-mood': DOCSTRING_MOODS.join(', '),
  'docstring-width': 'a whole number of columns',
  quotes: 'single, double or none',
  logs: 'true or false',
  'logger-name': 'a name, e.g. LOG',
  'logger-import': "an import statement, e.g. 'from oslo_log import log as logging'",
  'trailing-comma-sole-element': 'true or false',
  vocabulary: 'a list of names and word parts (added to those learnt)',
  'test-directories': 'a list of directory names',
  'test-files': 'a list of file-name globs, e.g. test_*.py',
  'raise-from': 'true or false',
  'bare-except': 'true or false',
} as const;

export type ConventionKey = keyof typeof CONVENTION_KEYS;

export function isConventionKey(key: string): key is ConventionKey {
  return Object.hasOwn(CONVENTION_KEYS, key);
}

/** One override: its raw value and where it was set (`pyproject.toml [tool.pycodemod]`, `--set`). */
export interface ConventionOverride {
  key: ConventionKey;
  value: unknown;
  source: string;
}

function fail(override: ConventionOverride, got: unknown): never {
  throw new InputError(`${override.source} ${override.key}: expected ${CONVENTION_KEYS[override.key]}; got ${JSON.stringify(got)}`);
}

function asBoolean(override: ConventionOverride): boolean {
  const { value } = override;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail(override, value);
}

function asList(override: ConventionOverride): string[] {
  const { value } = override;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter(Boolean);
  return fail(override, value);
}

/** A width in columns: a whole number, 20 at least. */
function asColumns(override: ConventionOverride): number {
  const number = typeof override.value === 'string' ? Number(override.value) : override.value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 20) fail(override, override.value);
  return number;
}

function asString(override: ConventionOverride): string {
  if (typeof override.value === 'string' && override.value.trim()) return override.value.trim();
  return fail(override, override.value);
}

/** Checks an override's value without applying it (to fail before any work). */
export function checkOverride(override: ConventionOverride): void {
  applyOverrides(defaultsForCheck(), [override]);
}

function defaultsForCheck(): ConventionsData {
  const any = { value: null, origin: 'default', source: '' } as unknown as Sourced<never>;
  return {
    lineLength: any,
    docstringStyle: any,
    docstringLayout: any,
    docstringMood: any,
    docstringWidth: any,
    quotes: any,
    logging: { value: { logs: true, loggerName: null, importStatement: null, factory: null }, origin: 'default', source: '' },
    trailingCommaAfterSoleElement: any,
    vocabulary: { value: [], origin: 'default', source: '' },
    tests: { value: { directories: [], files: [] }, origin: 'default', source: '' },
    raiseFrom: any,
    bareExcept: any,
  };
}

/** The conventions with the overrides applied, in order (a later one wins). */
export function applyOverrides(data: ConventionsData, overrides: readonly ConventionOverride[]): ConventionsData {
  const result: ConventionsData = { ...data };
  const set = <K extends keyof ConventionsData>(name: K, value: ConventionsData[K]['value'], override: ConventionOverride) => {
    result[name] = { value, origin: 'override', source: `${override.source} ${override.key}` } as ConventionsData[K];
  };
  for (const override of overrides) {
    switch (override.key) {
      case 'line-length':
        set('lineLength', asColumns(override), override);
        break;
      case 'docstring-style': {
        const style = asString(override) as DocstringStyle;
        if (!DOCSTRING_STYLES.includes(style)) fail(override, override.value);
        set('docstringStyle', style, override);
        break;
      }
      case 'docstring-summary': {
        const where = asString(override);
        if (where !== 'quote-line' && where !== 'next-line') fail(override, override.value);
        set('docstringLayout', { summaryOnQuoteLine: where === 'quote-line' }, override);
        break;
      }
      case 'docstring-width':
        set('docstringWidth', asColumns(override), override);
        break;
      case 'docstring-mood': {
        const mood = asString(override) as DocstringMood;
        if (!DOCSTRING_MOODS.includes(mood)) fail(override, override.value);
        set('docstringMood', mood, override);
        break;
      }
      case 'quotes': {
        const quotes = asString(override);
        if (quotes !== 'single' && quotes !== 'double' && quotes !== 'none') fail(override, override.value);
        set('quotes', quotes === 'none' ? null : quotes, override);
        break;
      }
      case 'logs':
        set('logging', { ...result.logging.value, logs: asBoolean(override) }, override);
        break;
      case 'logger-name':
        set('logging', { ...result.logging.value, loggerName: asString(override) }, override);
        break;
      case 'logger-import':
        set('logging', { ...result.logging.value, importStatement: asString(override) }, override);
        break;
      case 'trailing-comma-sole-element':
        set('trailingCommaAfterSoleElement', asBoolean(override), override);
        break;
      case 'raise-from':
        set('raiseFrom', asBoolean(override), override);
        break;
      case 'bare-except':
        set('bareExcept', asBoolean(override), override);
        break;
      case 'vocabulary':
        set('vocabulary', [...new Set([...result.vocabulary.value, ...asList(override)])].sort(), override);
        break;
      case 'test-directories':
        set('tests', { ...result.tests.value, directories: asList(override) }, override);
        break;
      case 'test-files':
        set('tests', { ...result.tests.value, files: asList(override) }, override);
        break;
    }
  }
  return result;
}
