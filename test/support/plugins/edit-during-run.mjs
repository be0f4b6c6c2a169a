// A user transform for the write tests: while pycodemod works on a file, it edits that
// file on disk as a user in an editor would (option `target`: the absolute path), then
// proposes adding a comment, so that the run has something to write.
import { appendFileSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export default {
  id: 'edit-during-run',
  summary: 'Edit the file behind pycodemod\'s back',
  suggestion: 4,
  safety: 'safe',
  scope: 'file',
  options: { target: { type: 'string', default: '', description: 'the file to edit while it is being transformed' } },
  *find(file, context) {
    if (file.text.startsWith('# touched')) return;
    const target = context.options.target;
    // Only while pycodemod holds this very file (others may run at the same time).
    if (target && basename(target) === basename(file.path) && !readFileSync(target, 'utf8').includes('# the user')) appendFileSync(target, '# the user was here\n');
    yield { message: 'untouched file', at: { start: 0, end: 0 }, fix: () => ({ title: 'Touch', edits: [{ start: 0, end: 0, text: '# touched\n' }] }) };
  },
};
