#!/bin/sh
# Behaviour on real code: every transform (-t all) written over a copy of the standard
# library of python3, then some of CPython's own test modules run against the copy and
# against the original. A line per module: `same` when both give the same verdict, `DIFF`
# with both verdicts otherwise. Run from the repository root after `npm run build`:
#   sh bench/stdlib-tests.sh [test_module ...]
# Needs a python3 whose stdlib has its `test` package (pyenv's builds do; Debian's splits
# it into libpython3-testsuite). The copy goes first on PYTHONPATH, and
# -X frozen_modules=off makes even os, codecs and friends load from it.
set -eu
cli="$(pwd)/dist/src/cli/bin.js"
stdlib="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
work="$(mktemp -d)"
cp -r "$stdlib" "$work/lib"
rm -rf "$work/lib/site-packages"
echo "stdlib $stdlib copied to $work/lib"
node "$cli" run "$work/lib" -t all --write --format summary 2>&1 | grep -v '^warning: ' | tail -12
[ $# -gt 0 ] || set -- test_argparse test_ast test_calendar test_configparser test_csv \
  test_dataclasses test_difflib test_email test_enum test_fractions test_functools \
  test_heapq test_json test_pprint test_shlex test_statistics test_string test_textwrap \
  test_tokenize
cd "$work"
for module in "$@"; do
  rewritten=$(PYTHONPATH="$work/lib" timeout 600 python3 -X frozen_modules=off -m unittest "test.$module" 2>&1 | tail -n 1)
  original=$(timeout 600 python3 -X frozen_modules=off -m unittest "test.$module" 2>&1 | tail -n 1)
  if [ "$rewritten" = "$original" ]; then echo "same  $module: $original"
  else echo "DIFF  $module: rewritten: $rewritten | original: $original"; fi
done
