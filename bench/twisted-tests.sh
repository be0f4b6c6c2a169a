#!/bin/sh
# Behaviour on a framework with deep test-class hierarchies: Debian's python3-twisted
# (its tests ship in the package; trial's own TestCase sits on unittest's, and test
# classes mix in builders and shared mixins over several levels) copied out of
# dist-packages, trial run over some test modules, the transforms written over the whole
# copy (`-t all`, or TRANSFORMS=split-functions ...), trial run again. A line per module:
# `same` when both runs give the same verdict, `DIFF` with both verdicts otherwise.
# Run from the repository root after `npm run build`:
#   sh bench/twisted-tests.sh [twisted.module.test_x ...]
# Needs /usr/bin/python3 with python3-twisted.
set -eu
cli="$(pwd)/dist/src/cli/bin.js"
work="$(mktemp -d)"
cp -r /usr/lib/python3/dist-packages/twisted "$work/"
find "$work" -name __pycache__ -prune -exec rm -rf {} +
cd "$work"
echo "twisted $(dpkg-query -W -f='${Version}' python3-twisted) in $work"
[ $# -gt 0 ] || set -- twisted.test.test_defer twisted.test.test_task twisted.internet.test.test_tcp \
  twisted.trial.test.test_tests twisted.web.test.test_web twisted.words.test.test_irc \
  twisted.conch.test.test_channel twisted.python.test.test_release
verdict() { timeout 900 /usr/bin/python3 -m twisted.trial --temp-directory="$work/_trial_$2" "$1" 2>&1 | tail -n 1; }
for module in "$@"; do verdict "$module" before > "$work/before.$module"; done
node "$cli" run twisted -t "${TRANSFORMS:-all}" --write --format summary 2>&1 | grep -v '^warning: ' | tail -n 12
for module in "$@"; do
  original=$(cat "$work/before.$module")
  rewritten=$(verdict "$module" after)
  if [ "$rewritten" = "$original" ]; then echo "same  $module: $original"
  else echo "DIFF  $module: rewritten: $rewritten | original: $original"; fi
done
