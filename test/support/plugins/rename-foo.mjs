// A user transform as a plain JavaScript module, for the command-line tests: renames the
// identifier `foo` to `bar`, or (option `break`) writes something that does not parse.
export default {
  id: 'rename-foo',
  summary: 'Rename foo to bar',
  suggestion: 4,
  safety: 'safe',
  // A consistent rename: --verify accepts it unless `bar` already exists.
  invariant: 'alpha',
  scope: 'file',
  options: { break: { type: 'boolean', default: false, description: 'write invalid code instead' } },
  docs: { before: 'foo = 1\n', after: 'bar = 1\n' },
  *find(file, context) {
    for (const node of file.root.descendantsOfType('identifier')) {
      if (node.text !== 'foo') continue;
      yield {
        message: 'foo is a placeholder name',
        at: node,
        fix: () => ({ title: 'Rename to bar', edits: [{ start: node.startIndex, end: node.endIndex, text: context.options.break ? 'bar (' : 'bar' }] }),
      };
    }
  },
};
