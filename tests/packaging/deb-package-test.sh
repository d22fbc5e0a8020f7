#!/bin/sh
# The .deb as a user gets it: built by CPack from the build tree, its control
# fields and file list checked, its dependencies found installed on this
# machine, then unpacked into a throwaway root (dpkg-deb -x: no root needed,
# nothing on the system changes) and run from there: --version, accounts
# check on the installed sample list, a new SQLite history (the SQL driver
# plugin), and imapsync found where an installer bundle puts it.
# usage: deb-package-test.sh BUILD_DIR BUNDLE_DESTINATION
#   BUNDLE_DESTINATION: where IMAPDESK_BUNDLE_IMAPSYNC installs imapsync,
#   relative to the prefix (installer/imapsyncbundle.cmake)
set -eu
build=$1
bundle_destination=$2

work=$(mktemp -d "${TMPDIR:-/tmp}/imapdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
work=$(cd "$work" && pwd -P) # as the binary sees its own folder
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "--- $*"; }
contains() { # TEXT PART
  case "$1" in *"$2"*) return 0 ;; *) return 1 ;; esac
}

step "cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb=$(find "$work/out" -maxdepth 1 -name 'imapdesk_*.deb')
[ -f "$deb" ] || fail "no imapdesk_*.deb in $work/out"
echo "$(basename "$deb"): $(wc -c <"$deb") bytes"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = imapdesk ] || fail "Package: $(field Package)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = mail ] || fail "Section: $(field Section)"
for name in Version Maintainer Homepage Description; do
  [ -n "$(field "$name")" ] || fail "empty $name"
done
depends=$(field Depends)
# The plugins shlibdeps cannot see, and proof that shlibdeps ran.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6widgets6 libqt6keychain1; do
  contains "$depends" "$package" || fail "Depends lacks $package: $depends"
done
contains "$(field Recommends)" gnome-keyring || fail "Recommends: $(field Recommends)"

step "dependencies installed here"
# dpkg's own resolver (virtual packages, versions), without root or a lock.
dpkg-checkbuilddeps -d "$depends" /dev/null || fail "Depends not satisfied on this machine"

step "files"
dpkg-deb -x "$deb" "$work/root"
root="$work/root"
for path in usr/bin/imapdesk usr/share/applications/org.imapdesk.ImapDesk.desktop \
  usr/share/metainfo/org.imapdesk.ImapDesk.metainfo.xml usr/share/man/man1/imapdesk.1.gz \
  usr/share/doc/imapdesk/copyright usr/share/doc/imapdesk/examples/accounts-sample.txt \
  usr/share/icons/hicolor/scalable/apps/org.imapdesk.ImapDesk.svg; do
  [ -f "$root/$path" ] || fail "missing /$path"
done
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/org.imapdesk.ImapDesk.desktop")
for size in 16 32 48 64 128 256; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
  [ -f "$png" ] || fail "missing icon $png"
  file "$png" | grep -q "PNG image data, $size x $size" || fail "not a ${size}px PNG: $png"
done
app="$root/usr/bin/imapdesk"
file "$app" | grep -q ELF || fail "/usr/bin/imapdesk is not an ELF executable"
if readelf -d "$app" | grep -Eq 'R(UN)?PATH'; then
  fail "/usr/bin/imapdesk has an RPATH: $(readelf -d "$app" | grep -E 'R(UN)?PATH')"
fi
missing=$(ldd "$app" | grep 'not found' || true)
[ -z "$missing" ] || fail "unresolved libraries: $missing"

step "desktop entry and AppStream metadata"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.imapdesk.ImapDesk.metainfo.xml" ||
  fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$root/usr/share/applications/org.imapdesk.ImapDesk.desktop" ||
    fail "desktop-file-validate"
fi

step "installed binary runs"
mkdir -p "$work/home" "$work/path"
# Nothing of the caller's: a private home, no ImapDesk variables, an empty
# PATH (so only the bundle folder can provide imapsync).
run() {
  env -u IMAPDESK_DATA_DIR -u IMAPDESK_DB -u IMAPDESK_IMAPSYNC -u LANGUAGE LC_ALL=C.UTF-8 \
    HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" PATH="$work/path" QT_QPA_PLATFORM=offscreen \
    "$app" "$@"
}
version=$(run --version) || fail "imapdesk --version"
echo "$version"
contains "$version" "imapdesk $(field Version) " ||
  fail "--version says '$version', the package is $(field Version)"
run --help >"$work/help.txt" || fail "imapdesk --help"
check=$(run accounts check "$root/usr/share/doc/imapdesk/examples/accounts-sample.txt") ||
  fail "accounts check on the installed sample exits $?: $check"
echo "$check" | tail -n 1
contains "$check" "rejected lines: 0, duplicates: 0" || fail "sample list: $check"
run --data-dir "$work/data" batch list >/dev/null || fail "batch list on a new SQLite history"
[ -f "$work/data/imapdesk.sqlite" ] || fail "no SQLite history created"

step "imapsync found where the installer bundle puts it"
bundle="$root/usr/$bundle_destination"
mkdir -p "$bundle"
error=$(run --data-dir "$work/data" batch run --wait 2>&1) && fail "batch run without imapsync exits 0"
contains "$error" "$bundle" || fail "the message without imapsync does not name $bundle: $error"
printf '#!/bin/sh\necho 2.229\n' >"$bundle/imapsync" # what batch run asks: --version
chmod +x "$bundle/imapsync"
run --data-dir "$work/data" batch run --wait >/dev/null ||
  fail "batch run did not find the imapsync in $bundle"

step "man page lists every command and option of --help"
man_text=$(gzip -dc "$root/usr/share/man/man1/imapdesk.1.gz" | sed 's/\\-/-/g')
commands=$(sed -n '/^Commands:/,/^Run /p' "$work/help.txt" | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p')
[ -n "$commands" ] || fail "no commands in imapdesk --help"
for command in $(echo "$commands" | tr ' ' '_'); do
  command=$(echo "$command" | tr '_' ' ')
  contains "$man_text" ".SS \"$command\"" || fail "the man page lacks the command '$command'"
  # shellcheck disable=SC2086
  for option in $(run $command --help | grep -o -- '--[a-z0-9][a-z0-9-]*' | sort -u); do
    contains "$man_text" "$option" || fail "the man page lacks $option of '$command'"
  done
done
if command -v man >/dev/null 2>&1; then
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/imapdesk.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man page warnings: $warnings"
fi

echo "PASS: $(basename "$deb") builds, installs into a throwaway root and runs"
