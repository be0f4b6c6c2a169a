// A module of N small functions, as generated code and long test modules are: each with
// a parameter or two, a guard that raises, a local, a condition, a comment paragraph, and
// a call to the one before it. The scaling benchmark (bench.ts --scaling) runs on 4,000 and 8,000 of them.
export function manyFunctions(count: number): string {
  const lines = ['"""Functions generated for the scaling benchmark."""', '', 'import logging', '', 'LOG = logging.getLogger(__name__)', '', ''];
  for (let index = 0; index < count; index++) {
    lines.push(
      `def compute_value_${index}(count, offset=0):`,
      // A guard that raises: a fact the docstrings transform writes a docstring for.
      '    if not isinstance(count, int):',
      '        raise TypeError(count)',
      '    # Scale the count and shift it.',
      `    total = count * ${(index % 7) + 1} + offset`,
      `    if total > ${index}:`,
      index > 0 ? `        return compute_value_${index - 1}(total - 1)` : '        return total - 1',
      '    try:',
      '        value = int(total)',
      '    except Exception:',
      '        pass',
      '    return total',
      '',
      '',
    );
  }
  return `${lines.join('\n')}`;
}
