// `pycodemod conventions [paths..]`: the conventions a run over these paths would use,
// each with where it came from (a configuration file and key, the code, an override).
import type { ConventionsData } from '../engine/conventions.js';
import { detectConventions } from '../project/conventions/detect.js';
import { expandIdentifier } from '../python/words/words.js';
import { discoverFiles } from '../runner/discover.js';
import { commonDirectory } from '../runner/run.js';
import { loadConfigAndTransforms, parseConventionFlags } from './resolve-run.js';
import type { Terminal } from './run-command.js';

export interface ConventionsArguments {
  paths: string[];
  exclude: string[];
  set: string[];
  pyi: boolean;
  config?: string;
  isolated?: boolean;
  format: 'text' | 'json';
}

/** Vocabulary entries a renaming transform would otherwise expand: the ones worth showing. */
function keptIdioms(vocabulary: readonly string[]): string[] {
  return vocabulary.filter((word) => /^[A-Za-z]+$/.test(word) && expandIdentifier(word) !== undefined);
}

/** One line per convention with its value, then where it came from, indented. */
export function conventionsText(data: ConventionsData): string {
  const { logging, tests } = data;
  const idioms = keptIdioms(data.vocabulary.value);
  const shownIdioms = idioms.slice(0, 40).join(', ') + (idioms.length > 40 ? `, ... (${idioms.length - 40} more)` : '');
  const rows: Array<[string, string, string]> = [
    ['line length', String(data.lineLength.value), data.lineLength.source],
    ['docstring style', data.docstringStyle.value, data.docstringStyle.source],
    [
      'docstring summary',
      (data.docstringLayout.value.summaryOnQuoteLine ? 'on the opening quote line' : 'on the line after the opening quotes') +
        (data.docstringLayout.value.oneLiner === undefined ? '' : data.docstringLayout.value.oneLiner ? '; one sentence on one line' : '; one sentence as three lines'),
      data.docstringLayout.source,
    ],
    ['docstring width', String(data.docstringWidth.value), data.docstringWidth.source],
    [
      'docstring summary verb',
      data.docstringMood.value === 'imperative' ? 'imperative (Return ...)' : data.docstringMood.value === 'third-person' ? 'third person (Returns ...)' : 'no preference (each comment keeps its verb)',
      data.docstringMood.source,
    ],
    ['quotes', data.quotes.value ?? 'no preference (each string keeps its quotes)', data.quotes.source],
    [
      'logging',
      logging.value.logs
        ? [
            logging.value.loggerName ? (logging.value.factory ? `${logging.value.loggerName} = ${logging.value.factory}` : logging.value.loggerName) : 'modules log',
            logging.value.importStatement ? `after '${logging.value.importStatement}'` : '',
          ]
            .filter(Boolean)
            .join(', ')
        : `modules do not log${logging.value.loggerName ? ` (the few that do: ${logging.value.loggerName}${logging.value.importStatement ? `, after '${logging.value.importStatement}'` : ''})` : ''}`,
      logging.source,
    ],
    ['trailing comma after a sole element', data.trailingCommaAfterSoleElement.value ? 'yes' : 'no', data.trailingCommaAfterSoleElement.source],
    ['raise ... from e', data.raiseFrom.value ? 'yes' : 'no', data.raiseFrom.source],
    ['bare except:', data.bareExcept.value ? 'an idiom' : 'no', data.bareExcept.source],
    [
      'vocabulary',
      `${data.vocabulary.value.length} names and word parts${idioms.length ? `; kept though they look abbreviated: ${shownIdioms}` : ''}`,
      data.vocabulary.source,
    ],
    ['test code', `directories ${tests.value.directories.join(', ')}; files ${tests.value.files.join(', ')}`, tests.source],
  ];
  return rows.map(([name, value, source]) => `${name}: ${value}\n    (${source})\n`).join('');
}

export async function conventionsCommand(args: ConventionsArguments, terminal: Terminal): Promise<number> {
  const { config } = await loadConfigAndTransforms({ paths: args.paths, plugin: [], config: args.config, isolated: args.isolated }, terminal.cwd);
  const paths = args.paths.length ? args.paths : ['.'];
  const excludeFrom = config?.exclude?.length ? [{ base: config.root, patterns: config.exclude }] : [];
  const files = discoverFiles(paths, { exclude: args.exclude, excludeFrom, includeStubs: args.pyi, cwd: terminal.cwd });
  const overrides = [...(config?.conventions ?? []), ...parseConventionFlags(args.set)];
  const data = detectConventions({ files, start: args.isolated ? null : commonDirectory(paths, terminal.cwd), cwd: terminal.cwd, overrides });
  terminal.stdout.write(args.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : conventionsText(data));
  return 0;
}
