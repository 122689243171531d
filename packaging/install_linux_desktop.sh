#!/usr/bin/env bash
# Adds Comms Planner to the Linux desktop of the current user: menu entry, icons, AppStream
# metadata and the *.commsplan file type, so double-clicking a workspace opens it.
#
#   bash install_linux_desktop.sh [--exec PROGRAM]   install (or update) for this user
#   bash install_linux_desktop.sh --uninstall        remove what it installed
#
# PROGRAM is the `commsplanner` to start. Default: the one beside this script (in a bundle
# made by packaging/build_bundle.sh), else the one on PATH (pip install). Files go to
# $XDG_DATA_HOME (~/.local/share); nothing needs root.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_ID=org.commsplanner.CommsPlanner
DESKTOP=commsplanner.desktop
MIME_TYPE=application/x-commsplanner-workspace
MIME_FILE=commsplanner-mime.xml
ICON=commsplanner

say() { printf '[commsplanner] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# Where the files to install are: a bundle keeps them in share/ beside this script, the
# source tree in packaging/linux and resources/icons.
if [ -f "$HERE/share/applications/$DESKTOP" ]; then
  DESKTOP_SRC=$HERE/share/applications/$DESKTOP
  MIME_SRC=$HERE/share/mime/packages/$MIME_FILE
  METAINFO_SRC=$HERE/share/metainfo/$APP_ID.metainfo.xml
  ICONS_SRC=$HERE/share/icons/hicolor
else
  DESKTOP_SRC=$HERE/linux/$DESKTOP
  MIME_SRC=$HERE/linux/$MIME_FILE
  METAINFO_SRC=$HERE/linux/$APP_ID.metainfo.xml
  ICONS_SRC=$HERE/../resources/icons/hicolor
  SVG_SRC=$HERE/../resources/icons/$ICON.svg
fi
SVG_SRC=${SVG_SRC:-$ICONS_SRC/scalable/apps/$ICON.svg}

refresh_databases() {
  # Each tool is optional: without it the desktop picks the change up at next login.
  if command -v update-mime-database >/dev/null; then
    update-mime-database "$DATA/mime" >/dev/null
  else
    say "update-mime-database not found (package shared-mime-info): the file type is registered at next login."
  fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
  fi
}

installed_icons() {
  local size
  for size in "$ICONS_SRC"/*x*; do
    [ -d "$size" ] && echo "$DATA/icons/hicolor/$(basename "$size")/apps/$ICON.png"
  done
  echo "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
}

uninstall() {
  rm -f "$DATA/applications/$DESKTOP" "$DATA/mime/packages/$MIME_FILE" \
    "$DATA/metainfo/$APP_ID.metainfo.xml"
  local icon
  while read -r icon; do rm -f "$icon"; done < <(installed_icons)
  refresh_databases
  say "Removed Comms Planner from the desktop of $(id -un)."
}

program=""
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) program=${2:?--exec needs the path of the commsplanner program}; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "Unknown option '$1' (use --exec PROGRAM or --uninstall)." ;;
  esac
done

if [ "$action" = uninstall ]; then
  uninstall
  exit 0
fi

for file in "$DESKTOP_SRC" "$MIME_SRC" "$METAINFO_SRC" "$SVG_SRC"; do
  [ -f "$file" ] || die "Missing $file: run this script from a Comms Planner bundle or source tree."
done

if [ -z "$program" ]; then
  if [ -x "$HERE/commsplanner" ]; then
    program=$HERE/commsplanner
  elif command -v commsplanner >/dev/null; then
    program=$(command -v commsplanner)
  else
    die "No commsplanner program found: install the app first or pass --exec /path/to/commsplanner."
  fi
fi
[ -x "$program" ] || die "$program is not an executable program."
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" \
  "$DATA/icons/hicolor/scalable/apps"
# Menus do not read the user's PATH: start the program by its absolute path, quoted when it
# holds spaces (the desktop-entry spec splits Exec on them).
case "$program" in
  *[\"\`\$\\]*) die "Desktop menus cannot start a program whose path holds \" \` \$ or \\: $program" ;;
  *" "*) exec_value="\"$program\"" ;;
  *) exec_value=$program ;;
esac
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec=%s %%f\n' "$exec_value" ;;
    TryExec=*) printf 'TryExec=%s\n' "$program" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$DESKTOP_SRC" >"$DATA/applications/$DESKTOP.tmp"
mv "$DATA/applications/$DESKTOP.tmp" "$DATA/applications/$DESKTOP"
cp "$MIME_SRC" "$DATA/mime/packages/$MIME_FILE"
cp "$METAINFO_SRC" "$DATA/metainfo/$APP_ID.metainfo.xml"
for size in "$ICONS_SRC"/*x*; do
  [ -f "$size/apps/$ICON.png" ] || continue
  mkdir -p "$DATA/icons/hicolor/$(basename "$size")/apps"
  cp "$size/apps/$ICON.png" "$DATA/icons/hicolor/$(basename "$size")/apps/$ICON.png"
done
cp "$SVG_SRC" "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
refresh_databases

if command -v xdg-mime >/dev/null; then
  # Make it the default for workspaces, so a double-click opens them here.
  xdg-mime default "$DESKTOP" "$MIME_TYPE" || true
fi
say "Installed for $(id -un): menu entry, icons and the $MIME_TYPE file type (*.commsplan) → $program"
