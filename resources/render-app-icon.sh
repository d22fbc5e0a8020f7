#!/bin/sh
# Renders icons/org.imapdesk.ImapDesk.svg to the PNGs under icons/hicolor
# (committed; run again after editing the SVG). Needs qt6-svg-dev, which the
# ImapDesk build itself does not: QIcon draws SVG through a run-time plugin.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
cmake -S "$here/tools/render-icon" -B "$build" -G Ninja >/dev/null
cmake --build "$build" >/dev/null
cd "$here/icons"
for size in 16 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
done
QT_QPA_PLATFORM=offscreen "$build/render-icon" org.imapdesk.ImapDesk.svg \
  'hicolor/%1x%1/apps/org.imapdesk.ImapDesk.png' 16 32 48 64 128 256
