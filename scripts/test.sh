#!/bin/sh
# Installs what is missing, builds with warnings as errors, checks the code
# format, then runs every test in a sandbox: a temporary HOME and XDG folders,
# a private PostgreSQL on loopback, a private D-Bus session with an unlocked
# gnome-keyring (the Secret Service), and the offscreen Qt platform. The
# tests start their own dovecot IMAP servers. Nothing of the user's real
# keyring, settings or data is touched. Extra arguments go to ctest.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh --tests
scripts/build.sh -DIMAPDESK_WERROR=ON
scripts/check-format.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/imapdesk-test.XXXXXX")
chmod 711 "$work" # the 'postgres' user must reach its folder inside
cleanup() {
  "$root/scripts/pg-test-server.sh" stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
pg_port=$(free_port)
scripts/pg-test-server.sh start "$work/pg" "$pg_port"

mkdir -p -m 700 "$work/home" "$work/run"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
export XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_CACHE_HOME="$work/home/.cache"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8 # the tests read English messages
unset LANGUAGE
export IMAPDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pg_port/postgres"
export IMAPDESK_TEST_ARTIFACTS="$root/build/test-artifacts"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY IMAPDESK_DATA_DIR IMAPDESK_DB IMAPDESK_IMAPSYNC
mkdir -p "$IMAPDESK_TEST_ARTIFACTS"

# The keyring daemon lives and dies with this private bus.
dbus-run-session -- sh -c '
  printf "imapdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir build --output-on-failure -j"${IMAPDESK_JOBS:-2}" "$@"' sh "$@"
