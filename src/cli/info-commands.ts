// `pycodemod list` and `pycodemod explain ID`: what each transform does and its options.
import { InputError } from '../engine/errors.js';
import { formatOptionValue } from '../engine/options.js';
import type { AnyTransform } from '../engine/types.js';

export function describeTransforms(transforms: readonly AnyTransform[]) {
  return transforms.map((transform) => ({
    id: transform.id,
    summary: transform.summary,
    suggestion: transform.suggestion,
    safety: transform.safety,
    scope: transform.scope,
    options: Object.fromEntries(
      Object.entries(transform.options).map(([name, spec]) => [
        name,
        { type: spec.type, default: spec.default, description: spec.description, ...('choices' in spec ? { choices: spec.choices } : {}) },
      ]),
    ),
  }));
}

export function listText(transforms: readonly AnyTransform[]): string {
  const width = Math.max(...transforms.map((transform) => transform.id.length));
  return transforms.map((transform) => `${transform.id.padEnd(width)}  ${transform.safety.padEnd(6)}  ${transform.summary}\n`).join('');
}

function indent(text: string, prefix: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** `configured` holds option values that differ from the defaults (from flags or config). */
export function explainText(transforms: readonly AnyTransform[], id: string, configured: Record<string, unknown> = {}, configFile?: string): string {
  const transform = transforms.find((candidate) => candidate.id === id);
  if (!transform) throw new InputError(`unknown transform '${id}'; valid: ${transforms.map((item) => item.id).join(', ')}`);
  const lines = [
    `${transform.id} (${transform.safety}${transform.scope === 'project' ? ', project-wide' : ''}): ${transform.summary}`,
    `Review suggestion ${transform.suggestion}.`,
    transform.safety === 'unsafe' ? 'Unsafe: its fixes are written only with --unsafe or when it is named with -t.' : 'Safe: its fixes keep what the code does.',
    '',
  ];
  const options = Object.entries(transform.options);
  if (options.length) {
    lines.push('Options (--set ' + transform.id + '.NAME=VALUE):');
    for (const [name, spec] of options) {
      const choices = 'choices' in spec ? ` [${spec.choices.join(', ')}]` : '';
      const value = name in configured ? `  (configured: ${formatOptionValue(configured[name])}${configFile ? ` in ${configFile}` : ''})` : '';
      lines.push(`  ${name} = ${formatOptionValue(spec.default) || '(none)'}${choices}${value}`, `      ${spec.description}`);
      if (spec.type === 'table') lines.push(`      On the command line: --set ${transform.id}.${name}=KEY=VALUE,KEY=VALUE, or one entry a flag: --set ${transform.id}.${name}.KEY=VALUE`);
    }
    lines.push('');
  }
  // The example may need options (variable-names renames only declared words by default):
  // say which, or the reader expects the example from a run with the defaults.
  const exampleOptions = Object.entries(transform.docs.options ?? {}).map(([name, value]) => `--set ${transform.id}.${name}=${formatOptionValue(value)}`);
  lines.push(exampleOptions.length ? `Before (with ${exampleOptions.join(' ')}):` : 'Before:', indent(transform.docs.before, '    '), '', 'After:', indent(transform.docs.after, '    '), '');
  return lines.join('\n');
}
