// Transform option schemas: the one description from which option types, defaults,
// command-line parsing (`--set id.option=value`), config validation and docs derive.
import { InputError } from './errors.js';

interface BaseOption<Kind extends string, Value> {
  type: Kind;
  default: Value;
  description: string;
}

export type BooleanOption = BaseOption<'boolean', boolean>;
export type IntegerOption = BaseOption<'integer', number> & { min?: number };
/** A string; `pattern` (a regular expression's source) restricts it, `format` says so in an error. */
export type StringOption = BaseOption<'string', string> & { pattern?: string; format?: string };
export type EnumOption<C extends string = string> = BaseOption<'enum', C> & { choices: readonly C[] };
/** A list of strings; on the command line, comma-separated. */
export type ListOption = BaseOption<'list', readonly string[]>;
/** A string-to-string table; on the command line, `key=value` pairs separated by commas. */
export type TableOption = BaseOption<'table', Readonly<Record<string, string>>>;

export type OptionSpec = BooleanOption | IntegerOption | StringOption | EnumOption | ListOption | TableOption;
export type OptionSchema = Readonly<Record<string, OptionSpec>>;

type ValueOf<O extends OptionSpec> = O extends EnumOption<infer C>
  ? C
  : O extends BooleanOption
    ? boolean
    : O extends IntegerOption
      ? number
      : O extends ListOption
        ? readonly string[]
        : O extends TableOption
          ? Readonly<Record<string, string>>
          : string;

export type OptionValues<S extends OptionSchema> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** A bad option value or name; the message says what is valid. */
export class OptionError extends InputError {
  override name = 'OptionError';
}

export function defaultOptions<S extends OptionSchema>(schema: S): OptionValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) values[name] = spec.default;
  return values as OptionValues<S>;
}

function describeSpec(spec: OptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `an integer${spec.min !== undefined ? ` >= ${spec.min}` : ''}`;
    case 'enum':
      return `one of ${spec.choices.join(', ')}`;
    case 'list':
      return 'a comma-separated list';
    case 'table':
      return 'key=value pairs separated by commas';
    case 'string':
      return spec.format ?? 'a string';
  }
}

/**
 * Converts a raw value (a command-line string, or a TOML value) to the option's type.
 * `where` names the option for the error message, e.g. `docstrings.style`.
 */
export function coerceOption(spec: OptionSpec, raw: unknown, where: string): unknown {
  const fail = (): never => {
    throw new OptionError(`invalid value ${JSON.stringify(raw)} for ${where}: expected ${describeSpec(spec)}`);
  };
  switch (spec.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'yes' || raw === '1') return true;
      if (raw === 'false' || raw === 'no' || raw === '0') return false;
      return fail();
    case 'integer': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isInteger(value) || (spec.min !== undefined && value < spec.min)) return fail();
      return value;
    }
    case 'string':
      return typeof raw === 'string' && (spec.pattern === undefined || new RegExp(spec.pattern).test(raw)) ? raw : fail();
    case 'enum':
      return typeof raw === 'string' && spec.choices.includes(raw) ? raw : fail();
    case 'list':
      if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw;
      if (typeof raw === 'string') return raw.split(',').map((item) => item.trim()).filter(Boolean);
      return fail();
    case 'table': {
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const entries = Object.entries(raw as Record<string, unknown>);
        if (entries.every(([, value]) => typeof value === 'string')) return Object.fromEntries(entries);
        return fail();
      }
      if (typeof raw !== 'string') return fail();
      const table: Record<string, string> = {};
      for (const pair of raw.split(',').map((item) => item.trim()).filter(Boolean)) {
        const equals = pair.indexOf('=');
        if (equals <= 0) return fail();
        table[pair.slice(0, equals).trim()] = pair.slice(equals + 1).trim();
      }
      return table;
    }
  }
}

/** Merges raw overrides into the defaults, rejecting unknown names and bad values. */
export function resolveOptions<S extends OptionSchema>(
  transformId: string,
  schema: S,
  overrides: Readonly<Record<string, unknown>>,
): OptionValues<S> {
  const values: Record<string, unknown> = { ...defaultOptions(schema) };
  for (const [name, raw] of Object.entries(overrides)) {
    const spec = schema[name];
    if (!spec) {
      const known = Object.keys(schema);
      throw new OptionError(
        `unknown option '${name}' for transform ${transformId}; ` +
          (known.length ? `valid options: ${known.join(', ')}` : 'it takes no options'),
      );
    }
    values[name] = coerceOption(spec, raw, `${transformId}.${name}`);
  }
  return values as OptionValues<S>;
}

/** Renders an option value the way a user would type it after `--set id.option=`. */
export function formatOptionValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, string>)
      .map(([key, item]) => `${key}=${item}`)
      .join(',');
  }
  return String(value);
}
