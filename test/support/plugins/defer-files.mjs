// A project transform that puts off every file not spelling `keep` (tests only): its
// combine asks for the put-off files that spell `wanted`, and throws in any round that
// lacks one; it reports, on each file that spells `keep`, what the last round saw.
export default {
  id: 'defer-files',
  summary: 'Put off files',
  suggestion: 1,
  safety: 'safe',
  scope: 'project',
  options: {},
  docs: { before: '', after: '' },
  project: {
    defer: (_options, context) => (context.text.includes('keep') ? null : { wanted: context.text.includes('wanted') }),
    collect: (file) => file.path,
    combine(files, _options, _renames, _gate, context) {
      const deferred = [...(context?.deferred ?? [])];
      for (const [path, { note }] of deferred) if (note.wanted) context.need(path);
      if (deferred.some(([, { note }]) => note.wanted)) throw new Error('a wanted file is missing');
      return { collected: files.map((file) => file.data), deferred: deferred.map(([path, { module }]) => `${path} (${module})`) };
    },
    quiet: (path) => !path.startsWith('keep'),
  },
  *find(file, context) {
    yield { message: JSON.stringify(context.project), at: file.root };
  },
};
