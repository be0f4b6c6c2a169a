// A project-wide user transform for the command-line tests: collects every function
// definition in the project and proposes (suggest) or applies (--rename) upper-case names.
export default {
  id: 'shout-names',
  summary: 'Upper-case function names',
  suggestion: 3,
  safety: 'unsafe',
  scope: 'project',
  options: {},
  docs: { before: 'def f(): pass\n', after: 'def F(): pass\n' },
  project: {
    collect: (file) => file.root.descendantsOfType('function_definition').map((node) => node.childForFieldName('name').text),
    combine: (files) => files.flatMap(({ path, data }) => data.map((name) => ({ path, name }))),
  },
  suggest: (project) =>
    project.map(({ path, name }) => ({ qualified: `${path.replace(/\.py$/, '').replace(/\//g, '.')}.${name}`, newName: name.toUpperCase(), note: `${name} in ${path}` })),
  *find(file, context) {
    const module = file.path.replace(/\.py$/, '').replace(/\//g, '.');
    for (const node of file.root.descendantsOfType('identifier')) {
      const newName = context.renames.get(`${module}.${node.text}`);
      if (newName) yield { message: 'rename', at: node, fix: () => ({ title: 'rename', edits: [{ start: node.startIndex, end: node.endIndex, text: newName }] }) };
    }
  },
};
