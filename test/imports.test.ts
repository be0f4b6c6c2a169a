// The shared import and logger helpers: where `import x` goes, how an existing import is
// found or extended, which logger a module already has.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits } from '../src/engine/arbiter.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { addImportEdit, addNameToFromImport, fromImportOf, importedModuleName, importedName } from '../src/python/syntax/imports.js';
import { loggerSetup, moduleLogger } from '../src/python/syntax/logger.js';

const file = (text: string) => new SourceFile('m.py', text, parsePython(text));

describe('imports', () => {
  test('a new import goes in alphabetical place among the plain imports', () => {
    const source = file('"""Doc."""\nimport abc\nimport os\nfrom x import y\n\nvalue = 1\n');
    assert.equal(applyEdits(source.text, [addImportEdit(source, 'logging')]), '"""Doc."""\nimport abc\nimport logging\nimport os\nfrom x import y\n\nvalue = 1\n');
  });

  test('after the docstring and __future__ imports when there is no other import', () => {
    const source = file('"""Doc."""\nfrom __future__ import annotations\n\nvalue = 1\n');
    assert.equal(applyEdits(source.text, [addImportEdit(source, 'logging')]), '"""Doc."""\nfrom __future__ import annotations\n\nimport logging\n\nvalue = 1\n');
  });

  test('finds modules and names under their local names, and extends from-imports', () => {
    const source = file('from oslo_log import log as logging\nimport contextlib as cl\nfrom contextlib import contextmanager as cm\n');
    assert.equal(importedModuleName(source, 'oslo_log.log'), 'logging');
    assert.equal(importedModuleName(source, 'contextlib'), 'cl');
    assert.equal(importedName(source, 'contextlib', 'contextmanager'), 'cm');
    const from = fromImportOf(source, 'contextlib');
    assert.ok(from);
    assert.match(applyEdits(source.text, [addNameToFromImport(from, 'suppress')]), /from contextlib import contextmanager as cm, suppress\n/);
  });
});

describe('module logger', () => {
  test('an existing logger is found, the conventional name preferred', () => {
    assert.equal(moduleLogger(file('import logging\n_log = logging.getLogger("x")\nLOG = logging.getLogger(__name__)\n')), 'LOG');
    assert.equal(moduleLogger(file('import structlog\nlogger = structlog.get_logger()\n')), 'logger');
    assert.equal(moduleLogger(file('LOG = make_logger()\n')), null);
  });

  test('creating one: one edit with the import when both go in the same place', () => {
    const source = file('import os\n\n\ndef f():\n    pass\n');
    const setup = loggerSetup(source, 'LOG');
    assert.ok(setup);
    assert.equal(applyEdits(source.text, setup.edits), 'import logging\nimport os\n\nLOG = logging.getLogger(__name__)\n\n\ndef f():\n    pass\n');
  });

  test('no logger when the name is taken by something else', () => {
    assert.equal(loggerSetup(file('LOG = []\n'), 'LOG'), null);
  });
});
