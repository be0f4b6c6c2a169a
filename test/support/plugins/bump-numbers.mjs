// A user transform that claims to be safe but changes behaviour (1 becomes 2): --verify
// must catch it and leave the file alone.
export default {
  id: 'bump-numbers',
  summary: 'Turn 1 into 2',
  suggestion: 1,
  safety: 'safe',
  scope: 'file',
  options: {},
  docs: { before: 'x = 1\n', after: 'x = 2\n' },
  *find(file) {
    for (const node of file.root.descendantsOfType('integer')) {
      if (node.text === '1') yield { message: 'one', at: node, fix: () => ({ title: 'Make it two', edits: [{ start: node.startIndex, end: node.endIndex, text: '2' }] }) };
    }
  },
};
