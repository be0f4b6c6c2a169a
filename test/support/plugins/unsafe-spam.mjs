// An unsafe user transform for the command-line tests: renames `spam` to a configurable
// name; options of each type, for configuration tests.
export default {
  id: 'unsafe-spam',
  summary: 'Rename spam',
  suggestion: 4,
  safety: 'unsafe',
  scope: 'file',
  options: {
    name: { type: 'string', default: 'eggs', description: 'the new name' },
    style: { type: 'enum', choices: ['plain', 'loud'], default: 'plain', description: 'loud upper-cases the new name' },
    'max-count': { type: 'integer', min: 1, default: 100, description: 'rename at most this many per file' },
    skip: { type: 'list', default: [], description: 'files (display paths) to leave alone' },
  },
  docs: { before: 'spam = 1\n', after: 'eggs = 1\n' },
  *find(file, context) {
    if (context.options.skip.includes(file.path)) return;
    const name = context.options.style === 'loud' ? context.options.name.toUpperCase() : context.options.name;
    let count = 0;
    for (const node of file.root.descendantsOfType('identifier')) {
      if (node.text !== 'spam' || count++ >= context.options['max-count']) continue;
      yield { message: 'spam is a placeholder name', at: node, fix: () => ({ title: `Rename to ${name}`, edits: [{ start: node.startIndex, end: node.endIndex, text: name }] }) };
    }
  },
};
