// A transform that reports, on every file, whether it runs on the main thread: which
// threads a run starts (tests only).
import { isMainThread } from 'node:worker_threads';

export default {
  id: 'report-thread',
  summary: 'Report the thread',
  suggestion: 1,
  safety: 'safe',
  scope: 'file',
  options: {},
  docs: { before: '', after: '' },
  *find(file) {
    yield { message: `main thread: ${isMainThread}`, at: file.root };
  },
};
