#!/bin/sh
# Installs the Debian/Ubuntu packages ImapDesk needs that are not installed yet.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --tests  also what the tests start (PostgreSQL, dovecot, keyring)
# libqt6svg6 carries the plugins that draw the SVG icons: needed at run time
# (and by the icon tests), not to build.
set -eu

packages="cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libspdlog-dev libfmt-dev
  libsecret-1-0 qt6-qpa-plugins libqt6svg6"
# Test servers and tools. dbus-x11 is left out on purpose: with it, a keychain
# call made without a session bus can hang on a prompt (docs/toolchain notes).
# dpkg-dev, file, appstream and desktop-file-utils build and check the .deb
# (tests/packaging): CPack's shlibdeps, appstreamcli, desktop-file-validate.
test_packages="python3 dbus gnome-keyring libsecret-tools postgresql dovecot-imapd openssl
  clang-format dpkg-dev file appstream desktop-file-utils"

[ "${1:-}" = "--tests" ] && packages="$packages $test_packages"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ImapDesk: please install these packages with your package manager:$missing" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "ImapDesk: need root or sudo to install:$missing" >&2; exit 1; }
  sudo="sudo"
fi
echo "ImapDesk: installing$missing"
$sudo apt-get update -qq
# The tests start private PostgreSQL and dovecot servers; any system service the
# packages start is not used.
$sudo env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
