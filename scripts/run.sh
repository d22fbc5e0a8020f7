#!/bin/sh
# Installs what is missing, builds, and starts the ImapDesk desktop application
# on its default embedded SQLite database in the user's data folder.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "ImapDesk: no display found (DISPLAY/WAYLAND_DISPLAY unset); the command line still works:" >&2
  echo "  build/app/imapdesk --help" >&2
  exit 1
fi
exec build/app/imapdesk "$@"
