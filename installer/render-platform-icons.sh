#!/bin/sh
# Renders resources/icons/org.imapdesk.ImapDesk.svg at every size the Windows
# and macOS icons need and packs them into installer/windows/imapdesk.ico and
# installer/macos/imapdesk.icns (committed; run again after editing the SVG).
# Needs qt6-svg-dev and python3, which the ImapDesk build itself does not.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
resources="$here/../resources"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S "$resources/tools/render-icon" -B "$work/build" -G Ninja >/dev/null
cmake --build "$work/build" >/dev/null
QT_QPA_PLATFORM=offscreen "$work/build/render-icon" "$resources/icons/org.imapdesk.ImapDesk.svg" \
  "$work/icon-%1.png" 16 32 48 64 128 256 512 1024 >/dev/null
python3 "$here/make-platform-icons.py" "$work/icon-{size}.png" \
  "$here/windows/imapdesk.ico" "$here/macos/imapdesk.icns"
