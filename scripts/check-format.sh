#!/bin/sh
# Fails when a C++ file differs from what clang-format makes of it.
set -eu
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null 2>&1 || { echo "check-format: clang-format not installed, skipped" >&2; exit 0; }
files=""
for f in $(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h'); do
  [ -f "$f" ] && files="$files $f"
done
[ -z "$files" ] && exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
  echo "check-format: run 'clang-format -i' on the files above" >&2
  exit 1
fi
