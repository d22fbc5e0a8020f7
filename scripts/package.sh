#!/bin/sh
# Builds ImapDesk (scripts/build.sh) and makes the packages of this platform
# into build/packages: on Linux the .deb and a .tar.gz, and the .rpm when
# rpmbuild is installed. Extra arguments go to CMake, e.g.
#   scripts/package.sh -DIMAPDESK_BUNDLE_IMAPSYNC=/path/to/imapsync
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# dpkg-shlibdeps (dpkg-dev) and file compute the .deb's library dependencies.
command -v dpkg-shlibdeps >/dev/null 2>&1 && command -v file >/dev/null 2>&1 ||
  { echo "package: install dpkg-dev and file (scripts/install-deps.sh --tests)" >&2; exit 1; }
scripts/build.sh -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
generators="DEB;TGZ"
command -v rpmbuild >/dev/null 2>&1 && generators="$generators;RPM"
cpack --config build/CPackConfig.cmake -G "$generators" -B build/packages
rm -rf build/packages/_CPack_Packages
ls -l build/packages
