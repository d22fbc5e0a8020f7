#!/bin/sh
# Writes the man page: the hand-written parts of imapdesk.1.in with its
# COMMANDS section generated from the built program's own --help, so the
# page lists every command and option the program has. Run by the build
# (installer/linux/linux.cmake); gzip -9n as Debian policy wants.
# usage: make-manpage.sh IMAPDESK TEMPLATE OUTPUT.gz VERSION DATE HOMEPAGE
set -eu
app=$1 template=$2 output=$3 version=$4 date=$5 homepage=$6

help() { env -u LANGUAGE LC_ALL=C.UTF-8 "$app" "$@" --help; }

# Options every command takes are described once, in OPTIONS.
globals=$(help | sed -n '/^Options:/,/^$/p' | grep -o -- '--[a-z0-9][a-z0-9-]*' | tr '\n' ' ')
commands=$(help | sed -n '/^Commands:/,/^Run /p' | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p')
[ -n "$commands" ] || { echo "make-manpage: no commands in '$app --help'" >&2; exit 1; }

# One command's --help (QCommandLineParser's layout) as a man page entry:
# usage, description, its own options, its arguments.
to_roff() {
  awk -v command="$1" -v globals=" $globals " '
    function esc(s) {
      gsub(/\\/, "\\e", s)
      gsub(/-/, "\\-", s)
      if (s ~ /^[.\047]/) s = "\\&" s # not a request
      return s
    }
    function term(word) { return (word ~ /^-/ ? "\\fB" : "\\fI") esc(word) "\\fR" }
    function flush(    n, i, words, long, line) {
      if (spec == "") return
      n = split(spec, words, " ")
      for (i = 1; i <= n; i++) if (words[i] ~ /^--/) long = words[i]
      if (long != "" && index(globals, " " long " ") > 0) { spec = ""; return }
      line = ""
      for (i = 1; i <= n; i++) line = line (i > 1 ? " " : "") term(words[i])
      print ".TP"
      print line
      print esc(desc)
      spec = ""
    }
    NR == 1 {
      sub(/^Usage: [^ ]* \[options\] /, "")
      print ".SS \"" command "\""
      n = split($0, words, " ")
      line = "\\fBimapdesk " esc(command) "\\fR"
      for (i = split(command, skip, " ") + 1; i <= n; i++) line = line " \\fI" esc(words[i]) "\\fR"
      print line
      print ".br"
      section = "about"
      next
    }
    section == "about" && /^$/ { section = ""; next }
    section == "about" { print esc($0); next }
    /^Options:/ { section = "options"; next }
    /^Arguments:/ { flush(); section = "arguments"; next }
    /^  [^ ]/ {
      flush()
      line = substr($0, 3)
      split(line, parts, /  +/)
      spec = parts[1]
      desc = substr(line, length(spec) + 1)
      sub(/^ +/, "", desc)
      if (section == "arguments" && spec == command) spec = ""
      next
    }
    /^     / { sub(/^ +/, ""); desc = desc " " $0; next }
    END { flush() }
  '
}

tmp="$output.tmp"
echo "$commands" | while read -r command; do
  # shellcheck disable=SC2086
  help $command | to_roff "$command"
done >"$tmp.commands"
sed -e "s|@PROJECT_VERSION@|$version|g; s|@IMAPDESK_RELEASE_DATE@|$date|g" \
  -e "s|@PROJECT_HOMEPAGE_URL@|$homepage|g" \
  -e "/^@COMMANDS@\$/{r $tmp.commands" -e 'd}' "$template" | gzip -9n >"$tmp"
rm -f "$tmp.commands"
mv "$tmp" "$output"
