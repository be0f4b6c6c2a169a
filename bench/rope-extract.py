#!/usr/bin/python3
"""Five extractions done by Rope's extract method and by split-functions' line mode.

For each case, the same lines of the same file go to Rope (`rope.refactor.extract.
ExtractMethod`, Debian's python3-rope) and to `pycodemod -t split-functions --set
split-functions.lines=... --set split-functions.name=...`. Prints a table: whether each
output compiles (Python's own compiler, which also rejects `await` outside `async def`),
whether both outputs have the same AST, how many lines differ, and the time each took
(Rope in process; pycodemod as a command, node's start-up included, and its own figure).

Run from the repository root after `npm run build`, with the Python that has Rope:
    /usr/bin/python3 bench/rope-extract.py [--diffs]
"""
import ast
import difflib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

from rope.base.project import Project
from rope.refactor.extract import ExtractMethod

STDLIB = sysconfig.get_paths()['stdlib']
TOOLZ = '/usr/lib/python3/dist-packages/toolz'
CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dist', 'src', 'cli', 'bin.js')

# (label, file, first line, last line, helper name)
CASES = [
    ('textwrap: while loop with its own break', f'{STDLIB}/textwrap.py', 287, 297, '_fill_line'),
    ('textwrap: if/else choosing the indent', f'{STDLIB}/textwrap.py', 274, 277, '_line_indent'),
    ('toolz curry.__init__: conditional rebinding', f'{TOOLZ}/functoolz.py', 204, 216, '_unpack_partial'),
    ('toolz fold: if/else in a function', f'{TOOLZ}/sandbox/parallel.py', 61, 68, '_map_chunks'),
    ('asyncio drain: await inside', f'{STDLIB}/asyncio/streams.py', 367, 377, '_yield_if_closing'),
]


def compiles(text, path):
    try:
        compile(text, path, 'exec')
        return 'ok'
    except SyntaxError as error:
        return f'SyntaxError: {error.msg}'


def line_offsets(text, first, last):
    lines = text.split('\n')
    start = sum(len(line) + 1 for line in lines[:first - 1])
    start += len(lines[first - 1]) - len(lines[first - 1].lstrip())
    end = sum(len(line) + 1 for line in lines[:last]) - 1
    return start, end


def with_rope(directory, name, first, last, helper):
    project = Project(directory, ropefolder=None)
    try:
        resource = project.get_resource(name)
        start, end = line_offsets(resource.read(), first, last)
        began = time.perf_counter()
        changes = ExtractMethod(project, resource, start, end).get_changes(helper)
        project.do(changes)
        return time.perf_counter() - began, None
    except Exception as error:  # Rope refuses with its own exceptions
        return None, f'{type(error).__name__}: {error}'
    finally:
        project.close()


def with_pycodemod(directory, name, first, last, helper):
    began = time.perf_counter()
    result = subprocess.run(
        ['node', CLI, '-t', 'split-functions', '--write', '--format', 'json',
         '--set', f'split-functions.lines={name}:{first}-{last}', '--set', f'split-functions.name={helper}', name],
        cwd=directory, capture_output=True, text=True)
    wall = time.perf_counter() - began
    own = re.search(r'in ([0-9.]+)s', result.stderr)
    refusals = re.findall(r'"message": "((?:Cannot|Not) [^"]*)"', result.stdout)
    return wall, float(own.group(1)) if own else None, '; '.join(refusals) or None


def main():
    show_diffs = '--diffs' in sys.argv
    rows = []
    for label, path, first, last, helper in CASES:
        name = os.path.basename(path)
        original = open(path, encoding='utf-8').read()
        with tempfile.TemporaryDirectory() as rope_dir, tempfile.TemporaryDirectory() as ours_dir:
            shutil.copy(path, os.path.join(rope_dir, name))
            shutil.copy(path, os.path.join(ours_dir, name))
            rope_seconds, rope_error = with_rope(rope_dir, name, first, last, helper)
            ours_wall, ours_own, ours_refusal = with_pycodemod(ours_dir, name, first, last, helper)
            rope_text = open(os.path.join(rope_dir, name), encoding='utf-8').read()
            ours_text = open(os.path.join(ours_dir, name), encoding='utf-8').read()
        rope_verdict = rope_error or ('unchanged' if rope_text == original else compiles(rope_text, name))
        ours_verdict = ours_refusal or ('unchanged' if ours_text == original else compiles(ours_text, name))
        same_ast = rope_verdict == 'ok' and ours_verdict == 'ok' and ast.dump(ast.parse(rope_text)) == ast.dump(ast.parse(ours_text))
        diff = list(difflib.unified_diff(rope_text.splitlines(), ours_text.splitlines(), 'rope', 'pycodemod', lineterm='', n=1))
        changed = sum(1 for line in diff if line[:1] in '+-' and line[:3] not in ('+++', '---'))
        rows.append((label, f'{name}:{first}-{last}', rope_verdict, ours_verdict, same_ast, changed,
                     rope_seconds, ours_wall, ours_own))
        if show_diffs:
            print(f'### {label}: Rope (-) against pycodemod (+)')
            print('\n'.join(diff) or '(identical)')
            print()
    print('| case | lines | Rope | pycodemod | same AST | lines differing | Rope s | pycodemod s (command / own) |')
    print('|---|---|---|---|---|---|---|---|')
    for label, where, rope_verdict, ours_verdict, same_ast, changed, rope_seconds, ours_wall, ours_own in rows:
        rope_time = f'{rope_seconds:.3f}' if rope_seconds is not None else '-'
        own = f'{ours_own:.2f}' if ours_own is not None else '-'
        print(f'| {label} | {where} | {rope_verdict} | {ours_verdict} | {"yes" if same_ast else "no"} | {changed} | {rope_time} | {ours_wall:.2f} / {own} |')


if __name__ == '__main__':
    main()
