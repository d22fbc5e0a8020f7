#!/bin/sh
# Configures and builds ImapDesk in ./build (extra arguments go to cmake).
set -eu
cd "$(dirname "$0")/.."
jobs=${IMAPDESK_JOBS:-2}
generator=""
[ -f build/CMakeCache.txt ] || generator="-G Ninja"
cmake -S . -B build $generator "$@" >/dev/null
cmake --build build -j"$jobs"
