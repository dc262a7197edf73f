#!/usr/bin/env bash
# Sets up everything EHBC Desktop needs on a Linux machine, then starts the app or runs the tests.
#   bash scripts/dev.sh app [ehbc arguments]   -> set up, start the program
#   bash scripts/dev.sh test [pytest arguments] -> set up, run lint, types, layer contracts and the test suite
#                                                  (in parallel, one worker per core)
#   bash scripts/dev.sh setup                   -> set up only
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv="$here/.venv"

# Debian packages Qt needs (offscreen and under Xvfb), pdftoppm for looking at PDFs, age for the archive test.
system_packages=(libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 xvfb xauth poppler-utils age)

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "EHBC Desktop needs Python 3.11 or newer; install it first." >&2
  return 1
}

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0  # not a Debian-like system: see the README
  local missing=()
  for pkg in "${system_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing system packages (install them as root): ${missing[*]}" >&2
      return 0
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local python stamp want
  python=$(find_python)
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  stamp="$venv/.ehbc-installed"
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e ".[test,dev]"
    echo "$want" >"$stamp"
  fi
  "$venv/bin/python" -m ehbc_desktop.i18n_build
}

setup() {
  install_system_packages
  install_python_packages
}

command=${1:-app}
[ $# -gt 0 ] && shift
case "$command" in
  setup) setup ;;
  app)
    setup
    exec "$venv/bin/ehbc" "$@"
    ;;
  test)
    setup
    export QT_QPA_PLATFORM=offscreen
    "$venv/bin/ruff" check .
    "$venv/bin/mypy"
    "$venv/bin/lint-imports"
    # One worker per core; a file's tests stay on one worker, so its module-scoped vaults are
    # built once. Pass `-n 0` to run in one process (arguments given later win).
    exec "$venv/bin/python" -m pytest -n auto --dist loadfile "$@"
    ;;
  *)
    echo "usage: bash scripts/dev.sh [app|test|setup] [arguments]" >&2
    exit 2
    ;;
esac
