#!/usr/bin/env bash
# Sets up everything Comms Planner needs on Debian/Ubuntu, then runs one thing.
#
#   bash packaging/dev.sh run [WORKSPACE]   the app (the demo workspace when none is given)
#   bash packaging/dev.sh test [ARGS]       the whole test suite (ARGS go to pytest)
#   bash packaging/dev.sh bench             the benchmarks
#   bash packaging/dev.sh cli ARGS          commsplanner-cli
#
# Safe to run again: each step is skipped when already done. The virtual environment lives in
# .venv (override with COMMSPLANNER_VENV).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV=${COMMSPLANNER_VENV:-$ROOT/.venv}

say() { printf '\033[1m[commsplanner]\033[0m %s\n' "$*" >&2; }

# Debian package that provides each shared library Qt loads (offscreen and xcb platforms).
OFFSCREEN_LIBS="libGL.so.1:libgl1 libEGL.so.1:libegl1 libxkbcommon.so.0:libxkbcommon0
libX11.so.6:libx11-6 libglib-2.0.so.0:libglib2.0-0 libfontconfig.so.1:libfontconfig1
libfreetype.so.6:libfreetype6 libdbus-1.so.3:libdbus-1-3"
WINDOW_LIBS="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0
libxcb-xkb.so.1:libxcb-xkb1 libxkbcommon-x11.so.0:libxkbcommon-x11-0"

missing_packages() {
  local pairs=$1 missing=() lib pkg
  for pair in $pairs; do
    lib=${pair%%:*}
    pkg=${pair##*:}
    ldconfig -p 2>/dev/null | grep -F "$lib" >/dev/null || missing+=("$pkg")
  done
  # Without any font Qt draws every letter as an empty box, with no error. (No `grep -q` in
  # these pipes: it exits early, the writer dies of SIGPIPE and pipefail reports "missing".)
  fc-list 2>/dev/null | grep . >/dev/null || missing+=(fontconfig fonts-dejavu-core)
  echo "${missing[@]:-}"
}

apt_install() {
  local packages=("$@")
  [ ${#packages[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      say "Missing system packages: ${packages[*]}"
      say "Install them with:  sudo apt-get install -y ${packages[*]}"
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    say "Missing system packages (Debian names): ${packages[*]}. Install them with your package manager."
    exit 1
  fi
  say "Installing system packages: ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

ensure_system() {
  local need=$1 packages
  packages=$(missing_packages "$OFFSCREEN_LIBS")
  [ "$need" = window ] && packages="$packages $(missing_packages "$WINDOW_LIBS")"
  if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Comms Planner needs Python 3.11 or newer (found: $(python3 --version 2>&1 || echo none))."
    exit 1
  fi
  python3 -c 'import ensurepip, venv' 2>/dev/null || packages="$packages python3-venv"
  # shellcheck disable=SC2086
  apt_install $packages
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the virtual environment in $VENV"
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.commsplanner-installed"
  local wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    say "Installing Python packages (first time only)"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[test]"
    echo "$wanted" >"$stamp"
  fi
}

compile_translations() {
  local ts qm
  for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    qm=${ts%.ts}.qm
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "No display found. Run this from a desktop session (or under xvfb-run)."
      exit 1
    fi
    ensure_system window
    ensure_venv
    compile_translations
    exec "$VENV/bin/commsplanner" "$@"  # the installed launcher, as users start it
    ;;
  test)
    ensure_system offscreen
    ensure_venv
    compile_translations
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/ruff" check commsplanner tests benchmarks
    "$VENV/bin/ruff" format --check commsplanner tests benchmarks
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  bench)
    ensure_system offscreen
    ensure_venv
    compile_translations
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m benchmarks "$@"
    ;;
  cli)
    ensure_system offscreen
    ensure_venv
    compile_translations
    exec "$VENV/bin/commsplanner-cli" "$@"
    ;;
  *)
    say "Unknown command '$command'. Use: run, test, bench or cli."
    exit 2
    ;;
esac
