#!/usr/bin/env bash
# Tests the NSIS installer itself under wine (Debian: apt-get install wine wine64), outside the
# normal test suite:
#   bash installer/test_wine_install.sh [dist/EHBC-Desktop-Setup-<version>.exe]
# In a throw-away wine prefix: a vault folder with a marker file is made first, then a silent
# install (/S) into the per-user folder, checks of the files, the Start-menu shortcut and the
# uninstall registry entry, a second silent install over it (upgrade in place), a silent
# uninstall, and checks that the program files and shortcut are gone and the vault is untouched.
# What it cannot check on Linux: starting the installed program. A setup built on Linux carries
# the Linux bundle; the Windows workflow starts the real Windows bundle after its install.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
setup=${1:-$(ls "$here"/dist/EHBC-Desktop-Setup-*.exe | head -n 1)}
setup=$(cd "$(dirname "$setup")" && pwd)/$(basename "$setup")
command -v wine >/dev/null 2>&1 || { echo "wine is not installed (apt-get install wine wine64)" >&2; exit 2; }

prefix=$(mktemp -d "${TMPDIR:-/tmp}/ehbc-wine-XXXXXX")
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$prefix"' EXIT
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
echo "== wine prefix $prefix"
wineboot --init >/dev/null 2>&1
wineserver -w

winvar() { wine cmd /c "echo %$1%" 2>/dev/null | tr -d '\r'; }
unix() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
local_appdata=$(unix "$(winvar LOCALAPPDATA)")
appdata=$(unix "$(winvar APPDATA)")
program="$local_appdata/Programs/EHBC Desktop"
vault="$local_appdata/EHBC Desktop/vault"
shortcut="$appdata/Microsoft/Windows/Start Menu/Programs/EHBC Desktop.lnk"
mkdir -p "$vault"
echo "a teacher's vault" >"$vault/marker.txt"

fail() { echo "FAILED: $*" >&2; exit 1; }
check_installed() {
  [ -f "$program/EHBC-Desktop.exe" ] || [ -f "$program/EHBC-Desktop" ] || fail "no program file in $program"
  [ -d "$program/_internal" ] || fail "no _internal folder"
  [ -f "$program/uninstall.exe" ] || fail "no uninstaller"
  [ -f "$program/LICENSE.txt" ] || fail "no licence"
  [ -f "$shortcut" ] || fail "no Start-menu shortcut"
  wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\EHBC Desktop' \
    /v DisplayVersion >/dev/null 2>&1 || fail "no uninstall registry entry"
}

echo "== silent install"
wine "$setup" /S
wineserver -w
check_installed
echo "ok  program files, shortcut and uninstall entry present in $program"

echo "== silent install again (upgrade in place)"
wine "$setup" /S
wineserver -w
check_installed
[ "$(cat "$vault/marker.txt")" = "a teacher's vault" ] || fail "the upgrade touched the vault"
echo "ok  upgrade in place kept the vault"

echo "== silent uninstall"
# _?= runs the uninstaller in place and waits for it (otherwise it copies itself to a temporary
# folder and returns at once); it then cannot delete itself, so uninstall.exe stays behind.
wine "$program/uninstall.exe" /S "_?=$(winepath -w "$program" 2>/dev/null | tr -d '\r')"
wineserver -w
# (A setup built on Linux carries the Linux executable, EHBC-Desktop without .exe, which the
# uninstaller does not know; the Windows one it removes.)
[ ! -e "$program/EHBC-Desktop.exe" ] || fail "program file left"
[ ! -e "$program/LICENSE.txt" ] || fail "licence left"
[ ! -d "$program/_internal" ] || fail "_internal left"
[ ! -f "$shortcut" ] || fail "shortcut left"
if wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\EHBC Desktop' >/dev/null 2>&1; then
  fail "uninstall registry entry left"
fi
[ "$(cat "$vault/marker.txt")" = "a teacher's vault" ] || fail "the uninstaller touched the vault"
echo "ok  program, shortcut and registry entry removed, vault untouched"
echo "wine installer test passed"
