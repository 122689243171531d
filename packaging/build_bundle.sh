#!/usr/bin/env bash
# Builds the one-folder Linux bundle dist/commsplanner/ and checks that it starts.
#
#   bash packaging/build_bundle.sh               build, then smoke-test the bundle
#   bash packaging/build_bundle.sh --clean       the same, from an empty PyInstaller cache
#   bash packaging/build_bundle.sh --smoke-only  only smoke-test an existing bundle
#
# The build runs in its own virtual environment, build/bundle-venv (override with
# COMMSPLANNER_BUILD_VENV, e.g. the project's .venv), holding the app's runtime dependencies
# and PyInstaller, pinned; it is set up on first use and whenever pyproject.toml changes.
# The smoke test writes a demo workspace with the bundle's commsplanner-cli and opens it with
# the bundle's commsplanner, offscreen, in a throw-away home folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV=${COMMSPLANNER_BUILD_VENV:-$ROOT/build/bundle-venv}
DIST=$ROOT/dist
BUNDLE=$DIST/commsplanner
PYINSTALLER_PINS=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9)

say() { printf '\033[1m[bundle]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[bundle] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

clean=0
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --clean) clean=1 ;;
    --smoke-only) build=0 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (use --clean or --smoke-only)" ;;
  esac
  shift
done

ensure_build_venv() {
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null ||
    fail "Python 3.11 or newer is needed (found: $(python3 --version 2>&1 || echo none))."
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the build environment in $VENV"
    python3 -m venv "$VENV"
  fi
  local stamp=$VENV/.commsplanner-bundle wanted
  wanted=$( (cat pyproject.toml; echo "${PYINSTALLER_PINS[*]}") | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    say "Installing the app's dependencies and ${PYINSTALLER_PINS[*]}"
    local requirements
    requirements=$(mktemp)
    # The runtime dependencies exactly as pinned in pyproject.toml (no test tools).
    "$VENV/bin/python" - >"$requirements" <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
EOF
    "$VENV/bin/python" -m pip install -qq --disable-pip-version-check \
      -r "$requirements" "${PYINSTALLER_PINS[@]}"
    rm -f "$requirements"
    echo "$wanted" >"$stamp"
  fi
}

build_bundle() {
  local args=(--noconfirm --log-level WARN --distpath "$DIST" --workpath "$ROOT/build/pyinstaller")
  [ "$clean" = 1 ] && args+=(--clean)
  say "Building $BUNDLE (PyInstaller; translations compiled on the way)"
  local log=$ROOT/build/pyinstaller.log
  mkdir -p "$ROOT/build"
  if ! "$VENV/bin/pyinstaller" "${args[@]}" packaging/commsplanner.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    fail "PyInstaller stopped (whole log: $log)"
  fi
}

# Runs one bundled program in the throw-away home; on failure prints what it said.
run_bundled() {
  local name=$1
  shift
  local out=$SMOKE/$name.out err=$SMOKE/$name.err code=0
  env HOME="$SMOKE/home" XDG_CONFIG_HOME="$SMOKE/home/.config" \
    XDG_DATA_HOME="$SMOKE/home/.local/share" XDG_CACHE_HOME="$SMOKE/home/.cache" \
    QT_QPA_PLATFORM=offscreen LANGUAGE=es "$@" >"$out" 2>"$err" || code=$?
  if [ "$code" != 0 ]; then
    cat "$out" "$err" >&2
    fail "$name exited with $code: $*"
  fi
  # The app reports a page it cannot import and carries on: in a bundle that is a
  # missing module, so any traceback fails the check.
  if grep -q -e Traceback -e "could not be loaded" "$err"; then
    cat "$err" >&2
    fail "$name printed errors: $*"
  fi
}

smoke_test() {
  [ -x "$BUNDLE/commsplanner" ] && [ -x "$BUNDLE/commsplanner-cli" ] ||
    fail "no bundle in $BUNDLE (build it first)"
  ldconfig -p 2>/dev/null | grep -q libGL.so.1 ||
    say "libGL.so.1 is missing: the bundle needs the system packages libgl1 libegl1 fonts-dejavu-core."
  local i18n=$BUNDLE/_internal/commsplanner/_resources/i18n ts
  for ts in "$i18n"/*.ts; do
    [ -e "$ts" ] || fail "no translation catalogues in $i18n"
    # Otherwise the app would parse the .ts sources at every start.
    [ "${ts%.ts}.qm" -nt "$ts" ] || fail "${ts%.ts}.qm is missing or older than its .ts"
  done
  SMOKE=$(mktemp -d)
  trap 'rm -rf "$SMOKE"' EXIT
  mkdir -p "$SMOKE/home"
  local demo=$SMOKE/demo.commsplan

  say "Smoke test: commsplanner-cli demo, info, export-docx"
  run_bundled cli-demo "$BUNDLE/commsplanner-cli" demo "$demo" --employees 300
  [ -f "$demo" ] || fail "commsplanner-cli demo wrote no workspace"
  run_bundled cli-info "$BUNDLE/commsplanner-cli" info "$demo"
  grep -q "Empleados" "$SMOKE/cli-info.out" || {
    cat "$SMOKE/cli-info.out" >&2
    fail "commsplanner-cli info did not answer in Spanish (translations not found)"
  }
  run_bundled cli-docx "$BUNDLE/commsplanner-cli" export-docx "$demo" "$SMOKE/plan.docx"
  [ -s "$SMOKE/plan.docx" ] || fail "commsplanner-cli export-docx wrote no document"

  say "Smoke test: commsplanner opens the demo workspace offscreen"
  local start end
  start=$(date +%s.%N)
  run_bundled gui-start env COMMSPLANNER_EXIT_AFTER_SHOWN=1 timeout 120 "$BUNDLE/commsplanner" "$demo"
  end=$(date +%s.%N)
  grep -q "^shown-at " "$SMOKE/gui-start.out" || {
    cat "$SMOKE/gui-start.out" "$SMOKE/gui-start.err" >&2
    fail "commsplanner exited without showing its window (no shown-at line)"
  }
  say "  window shown and closed in $(python3 -c "print(f'{$end - $start:.2f}')") s"
  run_bundled gui-pages env COMMSPLANNER_EXIT_AFTER_SHOWN=pages timeout 120 "$BUNDLE/commsplanner" "$demo"
  grep -q "^shown-at " "$SMOKE/gui-pages.out" || fail "commsplanner did not load every page"
  say "Smoke test: install-desktop.sh registers the bundle for a user"
  run_bundled desktop env XDG_DATA_HOME="$SMOKE/home/.local/share" "$BUNDLE/install-desktop.sh"
  grep -qxF -e "Exec=$BUNDLE/commsplanner %f" -e "Exec=\"$BUNDLE/commsplanner\" %f" \
    "$SMOKE/home/.local/share/applications/commsplanner.desktop" ||
    fail "install-desktop.sh did not point the menu entry at $BUNDLE/commsplanner"
  say "Smoke test passed: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
}

started=$(date +%s)
if [ "$build" = 1 ]; then
  ensure_build_venv
  build_bundle
  say "Built in $(($(date +%s) - started)) s: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
fi
smoke_test
