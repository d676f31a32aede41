#!/bin/sh
# Add JudgeApp to this user's application menu (no root needed): run it from
# the unpacked judgeapp/ folder, wherever you keep it. Run again after moving
# the folder. Remove with: install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/judgeapp.desktop"
  find "$data/icons/hicolor" -name judgeapp.png -path "*/apps/*" -delete 2>/dev/null || true
  echo "JudgeApp removed from the menu (the app folder and workspaces are untouched)"
  exit 0
fi
mkdir -p "$data/applications"
for icon in "$here"/share/icons/hicolor/*/apps/judgeapp.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/judgeapp.png"
done
sed "s|^Exec=judgeapp|Exec=\"$here/judgeapp\"|" "$here/share/applications/judgeapp.desktop" \
  >"$data/applications/judgeapp.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "JudgeApp added to the menu: $data/applications/judgeapp.desktop"
