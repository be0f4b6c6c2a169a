// A user transform that reports without fixing, for the summary tests: `global`
// statements (kind `global`) and identifiers named `tmp` (kind `vague-name`).
export default {
  id: 'report-only',
  summary: 'Report globals and vague names',
  suggestion: 8,
  safety: 'safe',
  scope: 'file',
  options: {},
  docs: { before: 'global x\n', after: 'global x\n' },
  *find(file) {
    for (const node of file.root.descendantsOfType('global_statement')) yield { message: 'global statement', kind: 'global', at: node };
    for (const node of file.root.descendantsOfType('identifier')) {
      if (node.text === 'tmp') yield { message: 'tmp says nothing about the value', kind: 'vague-name', at: node };
    }
  },
};
