#!/usr/bin/env bash
# Refreshes installer/requirements.lock: exact versions with hashes of everything the installer
# is built from (the program's dependencies in pyproject.toml plus installer/requirements.in),
# for every platform at once (Windows, Linux, macOS), for Python 3.11.
#   bash installer/lock.sh            keep the pinned versions where they still fit
#   bash installer/lock.sh --upgrade  move every pin to the newest allowed version
# Commit the changed lock file; installer/build.sh installs exactly this set.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
tools="$here/build/lock-tools"
[ -x "$tools/bin/uv" ] || { python3 -m venv "$tools" && "$tools/bin/pip" install --quiet "uv>=0.5,<1"; }
"$tools/bin/uv" pip compile --quiet --universal --generate-hashes --python-version 3.11 \
  --custom-compile-command "bash installer/lock.sh" "$@" \
  pyproject.toml installer/requirements.in -o installer/requirements.lock
echo "installer/requirements.lock refreshed"
