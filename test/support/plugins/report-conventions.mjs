// A user transform that reports, once per file, the conventions it was given: the tests
// check that the run's conventions reach every file in the workers.
export default {
  id: 'report-conventions',
  summary: 'Report the conventions a file sees',
  suggestion: 8,
  safety: 'safe',
  scope: 'file',
  options: {},
  docs: { before: 'x = 1\n', after: 'x = 1\n' },
  *find(file, context) {
    const { lineLength, quotes, docstringStyle } = context.conventions;
    const test = context.conventions.isTestFile(file.path);
    yield { message: `line-length=${lineLength} quotes=${quotes} docstring-style=${docstringStyle} test=${test}`, kind: 'conventions', at: { start: 0, end: 0 } };
  },
};
