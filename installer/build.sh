#!/usr/bin/env bash
# Builds EHBC Desktop for the machine it runs on, from the pinned set in installer/requirements.lock:
#   dist/ehbc_desktop-<version>-py3-none-any.whl   the wheel (translations compiled by setup.py)
#   dist/EHBC-Desktop/                              the PyInstaller one-folder bundle
#   dist/EHBC-Desktop-<version>-portable.zip        the same folder with portable.txt (USB stick)
#   dist/EHBC-Desktop-Setup-<version>.exe           the NSIS installer, where makensis is present
# then smoke-tests the bundle (version, demo vault, rendered PDFs, window offscreen in Dutch).
#
#   bash installer/build.sh            everything above
#   bash installer/build.sh --no-nsis  skip the installer even when makensis is present
# Runs on Linux (Debian/Ubuntu: installs the system packages it needs) and in Git Bash on Windows
# (the CI workflow .github/workflows/windows-installer.yml).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
with_nsis=1
[ "${1:-}" = "--no-nsis" ] && with_nsis=0

# Qt at run time (offscreen and under X), binutils for PyInstaller, nsis for the installer.
system_packages=(libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 binutils nsis)

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0
  local missing=() sudo=""
  for pkg in "${system_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
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

find_python() {
  for candidate in python3.11 python3.12 python3.13 python3 python py; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Building EHBC Desktop needs Python 3.11 or newer." >&2
  return 1
}

# A Windows program (makensis) wants Windows paths; elsewhere this is the path itself.
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else echo "$1"; fi; }

install_system_packages
python=$(find_python)
venv="$here/build/installer-venv"
[ -d "$venv" ] || "$python" -m venv "$venv"
bin="$venv/bin"
[ -d "$venv/Scripts" ] && bin="$venv/Scripts"
py="$bin/python"
stamp="$venv/.lock-installed"
want=$(sha256sum installer/requirements.lock | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "== build environment from installer/requirements.lock"
  "$py" -m pip install --quiet --upgrade pip
  "$py" -m pip install --quiet --require-hashes --no-deps -r installer/requirements.lock
  echo "$want" >"$stamp"
fi

version=$("$py" -c 'import ehbc_desktop; print(ehbc_desktop.__version__)')
echo "== EHBC Desktop $version"
rm -rf dist/EHBC-Desktop build/pyinstaller build/lib build/bdist.* ehbc_desktop.egg-info
mkdir -p dist

echo "== wheel"
rm -f dist/ehbc_desktop-*.whl
"$py" -m pip wheel --quiet --no-deps --no-build-isolation --no-index --wheel-dir dist .
wheel="dist/ehbc_desktop-$version-py3-none-any.whl"
"$py" -m pip install --quiet --no-deps --force-reinstall "$wheel"

echo "== icons"
"$py" installer/make_icons.py build/icons

echo "== PyInstaller bundle"
(cd build && EHBC_ICON_DIR="$here/build/icons" "$bin/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath "$here/dist" --workpath "$here/build/pyinstaller" \
  "$here/installer/ehbc-desktop.spec")
cp LICENSE dist/EHBC-Desktop/LICENSE.txt

echo "== portable ZIP"
"$py" installer/make_portable.py dist/EHBC-Desktop "dist/EHBC-Desktop-$version-portable.zip"

if [ "$with_nsis" = 1 ] && command -v makensis >/dev/null 2>&1; then
  echo "== NSIS installer"
  makensis -V2 -DVERSION="$version" -DBUNDLE="$(native "$here/dist/EHBC-Desktop")" \
    -DICON="$(native "$here/build/icons/app.ico")" -DLICENSE_FILE="$(native "$here/LICENSE")" \
    -DOUTFILE="$(native "$here/dist/EHBC-Desktop-Setup-$version.exe")" installer/ehbc-desktop.nsi
else
  echo "== NSIS installer skipped (no makensis)"
fi

echo "== smoke test of the bundle"
"$py" installer/smoke_test.py dist/EHBC-Desktop "$version"

echo "== built"
du -sh dist/EHBC-Desktop dist/*.zip dist/*.exe 2>/dev/null || true
