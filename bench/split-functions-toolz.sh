#!/bin/sh
# split-functions on a real project: Debian's python3-toolz (with tlz), copied out of dist-packages,
# its test suite run before and after the transform is written to its test files (and,
# with STRICT=1, to every module with lower thresholds). Run from the repository root
# after `npm run build`. Needs python3 with pytest.
set -eu
cli="$(pwd)/dist/src/cli/bin.js"
work="$(mktemp -d)"
cp -r /usr/lib/python3/dist-packages/toolz /usr/lib/python3/dist-packages/tlz "$work/"
cd "$work"
echo "toolz $(dpkg-query -W -f='${Version}' python3-toolz) in $work"
echo "before:"; python3 -m pytest -q -p no:cacheprovider toolz | tail -1 || true
if [ "${STRICT:-0}" = 1 ]; then
  node "$cli" -t split-functions --write --set split-functions.max-statements=6 --set split-functions.max-linear-statements=6 --set split-functions.min-paragraph=2 $(find toolz -name '*.py') 2>&1 | tail -2
else
  node "$cli" -t split-functions --write toolz/tests/*.py 2>&1 | tail -2
fi
echo "after:"; python3 -m pytest -q -p no:cacheprovider toolz | tail -1 || true
# New helpers: definitions in the copy that the original does not have.
definitions() { grep -rhoE --include='*.py' '^ *(async )?def [A-Za-z_0-9]+' "$1" | sed 's/^ *//' | sort; }
definitions /usr/lib/python3/dist-packages/toolz > before.txt
definitions toolz > after.txt
echo "helpers: $(comm -13 before.txt after.txt | wc -l)"
