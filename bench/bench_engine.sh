#!/bin/sh
# Engine overhead (issue 3, benchmark 3): 1,000 jobs of fake-imapsync that end
# at once, 8 at a time, run by `imapdesk batch run --wait` and by `xargs -P 8`
# running the same commands. Prints both wall times, their ratio, and the
# runner's peak RSS. Runs in a private keyring session and temporary folders.
#   bench/bench_engine.sh [JOBS] [BUILD_DIR]
set -eu
jobs=${1:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build}
fake=$root/tests/fixtures/fake-imapsync
work=$(mktemp -d "${TMPDIR:-/tmp}/imapdesk-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p -m 700 "$work/home" "$work/run" "$work/pids"

i=0
while [ $i -lt "$jobs" ]; do
  echo "user$i@src.example Secret-$i"
  # The same command line ImapDesk builds, minus its own log file.
  echo "--nodockercontext --host1 src.example --port1 143 --user1 user$i@src.example --notls1 --host2 dst.example --port2 143 --user2 user$i@src.example --notls2 --pidfile $work/pids/job-$i.pid --nolog --noreleasecheck" >>"$work/args.txt"
  i=$((i + 1))
done >"$work/accounts.txt"

export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share"
export IMAPDESK_DATA_DIR="$work/data" IMAPDESK_IMAPSYNC="$fake" FAKE_IMAPSYNC_MESSAGES=0
unset DBUS_SESSION_BUS_ADDRESS DISPLAY
dbus-run-session -- sh -c '
  printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$0/app/imapdesk" batch add --source src.example --dest dst.example --security1 none \
      --security2 none "$1/accounts.txt" >/dev/null
  /usr/bin/time -f "%e %M" -o "$1/engine.time" \
      "$0/app/imapdesk" batch run --wait --concurrency 8 >/dev/null
  ' "$build" "$work" 2>&1 | grep -v "fd limit" || true

start=$(date +%s.%N)
IMAPSYNC_PASSWORD1=x IMAPSYNC_PASSWORD2=x xargs -P 8 -L 1 "$fake" <"$work/args.txt" >/dev/null
end=$(date +%s.%N)

read -r engine_s engine_kb <"$work/engine.time"
xargs_s=$(echo "$end - $start" | bc)
echo "jobs: $jobs, concurrency 8, fake-imapsync ending at once"
echo "imapdesk batch run --wait: ${engine_s} s, peak RSS $((engine_kb / 1024)) MiB"
echo "xargs -P 8 (same commands): ${xargs_s} s"
echo "ratio engine/xargs: $(echo "scale=3; $engine_s / $xargs_s" | bc)"
