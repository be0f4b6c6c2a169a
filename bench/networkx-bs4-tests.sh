#!/bin/sh
# Behaviour on third-party code: Debian's python3-networkx and python3-bs4 (install them
# with apt) copied out of dist-packages with their tests, pytest run before, every
# transform written (-t all), pytest run again. Run from the repository root after
# `npm run build`. Needs /usr/bin/python3 with pytest (python3-pytest).
set -eu
cli="$(pwd)/dist/src/cli/bin.js"
work="$(mktemp -d)"
cp -r /usr/lib/python3/dist-packages/networkx /usr/lib/python3/dist-packages/bs4 "$work/"
find "$work" -name __pycache__ -prune -exec rm -rf {} +
cd "$work"
echo "networkx $(dpkg-query -W -f='${Version}' python3-networkx), bs4 $(dpkg-query -W -f='${Version}' python3-bs4) in $work"
echo "before: $(/usr/bin/python3 -m pytest -q -p no:cacheprovider networkx bs4 2>&1 | tail -n 1)"
node "$cli" run . -t all --write --format summary 2>&1 | grep -v '^warning: ' | tail -n 11
echo "after:  $(/usr/bin/python3 -m pytest -q -p no:cacheprovider networkx bs4 2>&1 | tail -n 1)"
