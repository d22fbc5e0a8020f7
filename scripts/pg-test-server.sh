#!/bin/sh
# A private PostgreSQL for the tests, on loopback, in a folder of its own.
#   pg-test-server.sh start DIR PORT   (trust auth for local and 127.0.0.1,
#       except members of the role imapdesk_password_auth on 127.0.0.1: they
#       must give their password, so tests can check password handling)
#   pg-test-server.sh stop DIR
set -eu
cmd=$1; dir=$2; port=${3:-55432}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
# initdb refuses to run as root: run the server as the 'postgres' user then.
if [ "$(id -u)" = 0 ]; then as="runuser -u postgres --"; else as=""; fi
case $cmd in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  $as "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # The first matching line wins: this one comes before initdb's trust lines.
  $as sh -c 'hba=$1/data/pg_hba.conf
    { echo "host all +imapdesk_password_auth 127.0.0.1/32 scram-sha-256"; cat "$hba"; } >"$hba.new"
    mv "$hba.new" "$hba"' sh "$dir"
  $as "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; } ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    $as "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi ;;
*) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
