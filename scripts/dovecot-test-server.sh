#!/usr/bin/env bash
# A private Dovecot IMAP server for tests, on 127.0.0.1, everything inside DIR.
#
#   dovecot-test-server.sh start   DIR PORT [SSLPORT]   config + self-signed cert, start, wait
#   dovecot-test-server.sh stop    DIR                  stop and wait until every process is gone
#   dovecot-test-server.sh adduser DIR USER PASSWORD    PASSWORD "-" reads it from stdin's first line
#   dovecot-test-server.sh addusers DIR                 many users: "USER<TAB>PASSWORD" lines on stdin
#   dovecot-test-server.sh seed    DIR USER COUNT [FOLDER...]
#                                  COUNT messages written straight into the Maildir, spread
#                                  over FOLDERs (default INBOX; "/" or "." for hierarchy)
#   dovecot-test-server.sh status  DIR                  exit 0 when running
#
# Environment:
#   DOVECOT_TEST_SEPARATOR  hierarchy separator shown over IMAP: "." (default) or "/"
#   DOVECOT_TEST_MAIL_USER  as root, the account mail is stored as (default nobody):
#                           Dovecot refuses uid 0 for mail, so DIR and its parents must be
#                           traversable by that account (the script chmods DIR 0711).
#   DOVECOT_TEST_QUOTA      e.g. 64K: per-user storage quota (APPEND then fails with OVERQUOTA)
#   DOVECOT_TEST_CERT_NAME  name in the self-signed certificate (default localhost, which is
#                           also valid for IP 127.0.0.1; any other name is not)
#   DOVECOT_TEST_CERT_EXPIRED  1: the certificate expired in 2021
#   DOVECOT_TEST_CAPABILITY    Dovecot's imap_capability, e.g. "IMAP4rev1 ID LOGINDISABLED"
#                           (Dovecot still appends STARTTLS and AUTH=...; LITERAL+ only if given)
#
# Without SSLPORT (or with 0) the server has no TLS at all: no STARTTLS, no IMAPS.
#
# It never touches the system service or /etc/dovecot. As a normal user every process runs as
# that user; as root the master runs as root, logins as dovenull, mail as DOVECOT_TEST_MAIL_USER.
# Users live in DIR/users (SHA256 hashes, no clear text), mail in DIR/mail/USER/Maildir.
set -eu

die() { echo "dovecot-test-server: $*" >&2; exit 1; }
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 2 ] || usage
cmd=$1
dir=$2
shift 2
conf="$dir/dovecot.conf"

is_root() { [ "$(id -u)" = 0 ]; }
mail_user() { if is_root; then echo "${DOVECOT_TEST_MAIL_USER:-nobody}"; else id -un; fi; }
mail_uid() { id -u "$(mail_user)"; }
mail_gid() { id -g "$(mail_user)"; }
master_pid() { cat "$dir/run/master.pid" 2>/dev/null || true; }
# A zombie (unreaped because PID 1 in a container may not reap) counts as gone.
alive() { kill -0 "$1" 2>/dev/null && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
running() { p=$(master_pid); [ -n "$p" ] && alive "$p"; }
group_alive() {
    for member in $1 $(pgrep -g "$1" 2>/dev/null); do
        alive "$member" && return 0
    done
    return 1
}

# The mail account must reach DIR: every parent needs the x bit for others.
check_traversable() {
    d=$(cd "$1" && pwd)
    while [ "$d" != "/" ]; do
        perms=$(stat -c %A "$d")
        case $perms in
        ?????????[xt]) ;;
        *) die "$d is not traversable by $(mail_user) (mode $perms); chmod o+x it or use another DIR" ;;
        esac
        d=$(dirname "$d")
    done
}

make_cert() {
    [ -s "$dir/cert.pem" ] && return 0
    name=${DOVECOT_TEST_CERT_NAME:-localhost}
    san="DNS:$name"
    [ "$name" = localhost ] && san="IP:127.0.0.1,DNS:localhost"
    if [ "${DOVECOT_TEST_CERT_EXPIRED:-0}" = 1 ]; then
        make_expired_cert "$name" "$san"
    else
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 3650 -subj "/CN=$name" \
            -addext "subjectAltName=$san" >/dev/null 2>&1 \
            || die "openssl could not make a self-signed certificate"
    fi
    chmod 600 "$dir/key.pem"
}

# `openssl req -x509` cannot backdate a certificate; `openssl ca -selfsign` takes any dates.
make_expired_cert() {
    ca="$dir/ca"
    mkdir -p "$ca"
    : >"$ca/index.txt"
    echo 01 >"$ca/serial"
    printf '%s\n' "[ca]" "default_ca = test" "[test]" "database = $ca/index.txt" \
        "new_certs_dir = $ca" "serial = $ca/serial" "default_md = sha256" \
        "policy = anything" "copy_extensions = copy" "[anything]" "commonName = supplied" \
        >"$ca/ca.cnf"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$dir/key.pem" -out "$ca/request.csr" -subj "/CN=$1" \
        -addext "subjectAltName=$2" >/dev/null 2>&1 \
        || die "openssl could not make a certificate request"
    openssl ca -batch -config "$ca/ca.cnf" -selfsign -keyfile "$dir/key.pem" \
        -in "$ca/request.csr" -out "$dir/cert.pem" -notext \
        -startdate 20200101000000Z -enddate 20210101000000Z >/dev/null 2>&1 \
        || die "openssl could not make an expired certificate"
}

write_conf() {
    port=$1
    sslport=$2
    sep=${DOVECOT_TEST_SEPARATOR:-.}
    if is_root; then
        login_user=dovenull
        internal_user=dovecot
        id dovenull >/dev/null 2>&1 || login_user=nobody
        id dovecot >/dev/null 2>&1 || internal_user=nobody
        internal_group_line=""
        chroot_line=""
    else
        login_user=$(id -un)
        internal_user=$login_user
        internal_group_line="default_internal_group = $(id -gn)"
        chroot_line="chroot ="
    fi
    ssl=no
    [ "$sslport" != 0 ] && ssl=yes
    quota_plugins=""
    quota_block=""
    if [ -n "${DOVECOT_TEST_QUOTA:-}" ]; then
        quota_plugins="quota"
        quota_block="plugin {
  quota = count:User quota
  quota_rule = *:storage=$DOVECOT_TEST_QUOTA
  quota_vsizes = yes
}
protocol imap {
  mail_plugins = \$mail_plugins imap_quota
}"
    fi
    capability_line=""
    [ -n "${DOVECOT_TEST_CAPABILITY:-}" ] && capability_line="imap_capability = $DOVECOT_TEST_CAPABILITY"
    cat >"$conf" <<EOF
# Generated by dovecot-test-server.sh: a private test server, not the system one.
instance_name = imapdesk-test-$port
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = $login_user
default_internal_user = $internal_user
$internal_group_line
first_valid_uid = 1
last_valid_uid = 0
auth_failure_delay = 0
auth_mechanisms = plain login
disable_plaintext_auth = no
ssl = $ssl
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
$capability_line
mail_location = maildir:~/Maildir
mail_plugins = $quota_plugins
mailbox_list_index = no
passdb {
  driver = passwd-file
  args = scheme=SHA256 username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$(mail_uid) gid=$(mail_gid) home=$dir/mail/%u
}
namespace inbox {
  inbox = yes
  separator = $sep
  mailbox Drafts {
    special_use = \\Drafts
  }
  mailbox Sent {
    special_use = \\Sent
  }
  mailbox Trash {
    special_use = \\Trash
  }
  mailbox Junk {
    special_use = \\Junk
  }
}
service imap-login {
  $chroot_line
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $sslport
    ssl = yes
  }
}
# No anvil-auth-penalty socket: without it Dovecot turns the growing per-IP delay after
# failed logins off, which would otherwise slow every test after a wrong-password test.
service anvil {
  $chroot_line
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
$quota_block
EOF
}

wait_port() {
    i=0
    while [ $i -lt 100 ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        running || return 1
        sleep 0.05
        i=$((i + 1))
    done
    return 1
}

do_start() {
    [ $# -ge 1 ] || usage
    port=$1
    sslport=${2:-0}
    command -v dovecot >/dev/null 2>&1 || die "dovecot not found (apt-get install dovecot-imapd)"
    mkdir -p "$dir/mail" "$dir/state"
    dir=$(cd "$dir" && pwd)
    conf="$dir/dovecot.conf"
    running && die "already running in $dir (pid $(master_pid))"
    if is_root; then
        chmod 711 "$dir"
        check_traversable "$dir"
        chown "$(mail_uid):$(mail_gid)" "$dir/mail"
    fi
    touch "$dir/users"
    chmod 644 "$dir/users"
    make_cert
    write_conf "$port" "$sslport"
    : >"$dir/dovecot.log"
    # A socket left by an earlier run would make auth wait for the penalty service it disabled.
    rm -f "$dir/run/anvil-auth-penalty"
    dovecot -c "$conf" 2>>"$dir/dovecot.log" || {
        cat "$dir/dovecot.log" >&2
        die "dovecot did not start"
    }
    if ! wait_port "$port"; then
        cat "$dir/dovecot.log" >&2
        do_stop || true
        die "dovecot is not listening on 127.0.0.1:$port"
    fi
    if [ "$sslport" != 0 ] && ! wait_port "$sslport"; then
        cat "$dir/dovecot.log" >&2
        do_stop || true
        die "dovecot is not listening on 127.0.0.1:$sslport"
    fi
}

do_stop() {
    running || return 0
    pid=$(master_pid)
    # The master leads its own session; its children share its process group. A graceful
    # master shutdown takes a second, so TERM the group and KILL what is left soon after.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    i=0
    while group_alive "$pid"; do
        i=$((i + 1))
        [ $i -eq 4 ] && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
        [ $i -gt 100 ] && die "dovecot processes of group $pid do not stop"
        sleep 0.05
    done
}

# Dovecot's {SHA256} scheme is base64(sha256(password)): no clear text on disk.
do_adduser() {
    [ $# -ge 2 ] || usage
    user=$1
    password=$2
    if [ "$password" = "-" ]; then
        IFS= read -r password || true
    fi
    case $user in *:* | */* | "") die "bad user name '$user'" ;; esac
    hash=$(printf '%s' "$password" | openssl dgst -sha256 -binary | openssl base64 -A)
    tmp="$dir/users.tmp"
    grep -v "^$user:" "$dir/users" >"$tmp" 2>/dev/null || true
    printf '%s:{SHA256}%s\n' "$user" "$hash" >>"$tmp"
    chmod 644 "$tmp"
    mv "$tmp" "$dir/users"
    mkdir -p "$dir/mail/$user/Maildir/cur" "$dir/mail/$user/Maildir/new" "$dir/mail/$user/Maildir/tmp"
    is_root && chown -R "$(mail_uid):$(mail_gid)" "$dir/mail/$user"
    chmod 700 "$dir/mail/$user"
}

# adduser for every "USER<TAB>PASSWORD" line on stdin, in one process: hundreds in a second.
do_addusers() {
    # The program comes from -c: python's stdin stays the caller's list of users.
    program=$(
        cat <<'PY'
import base64, hashlib, os, sys

dir, uid, gid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
users = {}
for line in sys.stdin.buffer.read().decode("utf-8").split("\n"):
    if not line:
        continue
    user, _, password = line.partition("\t")
    if not user or ":" in user or "/" in user:
        sys.exit(f"dovecot-test-server: bad user name '{user}'")
    users[user] = base64.b64encode(hashlib.sha256(password.encode("utf-8")).digest()).decode()
path = os.path.join(dir, "users")
kept = []
if os.path.exists(path):
    with open(path) as f:
        kept = [l for l in f if l.split(":", 1)[0] not in users]
with open(path + ".tmp", "w") as f:
    f.writelines(kept)
    f.writelines(f"{user}:{{SHA256}}{digest}\n" for user, digest in users.items())
os.chmod(path + ".tmp", 0o644)
os.replace(path + ".tmp", path)
for user in users:
    home = os.path.join(dir, "mail", user)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(home, "Maildir", sub), exist_ok=True)
    if os.getuid() == 0:
        for root, _, _ in os.walk(home):
            os.chown(root, uid, gid)
    os.chmod(home, 0o700)
PY
    )
    python3 -c "$program" "$dir" "$(mail_uid)" "$(mail_gid)"
}

do_seed() {
    [ $# -ge 2 ] || usage
    user=$1
    count=$2
    shift 2
    [ -d "$dir/mail/$user" ] || die "no user $user in $dir"
    python3 - "$dir/mail/$user/Maildir" "$user" "$count" "$(mail_uid)" "$(mail_gid)" "$@" <<'PY'
import os, random, sys, time

maildir, user, count, uid, gid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
folders = sys.argv[6:] or ["INBOX"]

def mutf7(name):
    """IMAP modified UTF-7, the on-disk name Dovecot's Maildir++ uses."""
    out, buf = [], ""
    def flush():
        nonlocal buf
        if buf:
            import base64
            b = base64.b64encode(buf.encode("utf-16-be")).decode().rstrip("=").replace("/", ",")
            out.append("&" + b + "-")
            buf = ""
    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            buf += ch
    flush()
    return "".join(out)

def folder_dir(name):
    if name.upper() == "INBOX":
        return maildir
    parts = name.replace("/", ".").split(".")
    return os.path.join(maildir, "." + ".".join(mutf7(p) for p in parts))

rng = random.Random(f"{user}:{count}:{','.join(folders)}")
words = "agenda budget contract draft invoice meeting migration offer report review schedule server".split()
now = int(time.time())
made = set()
for i in range(count):
    folder = folders[i % len(folders)]
    d = folder_dir(folder)
    if d not in made:
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        if d != maildir:
            open(os.path.join(d, "maildirfolder"), "a").close()
        made.add(d)
    body_lines = rng.randint(5, 60)
    body = "".join(" ".join(rng.choice(words) for _ in range(10)) + "\n" for _ in range(body_lines))
    stamp = now - (count - i) * 3600
    msg = (
        f"From: Sender {i} <sender{i}@example.test>\n"
        f"To: {user} <{user}@example.test>\n"
        f"Subject: {rng.choice(words).capitalize()} {rng.choice(words)} {i}\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(stamp))}\n"
        f"Message-ID: <seed-{user}-{i}-{count}@imapdesk.test>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()
    size, vsize = len(msg), len(msg) + msg.count(b"\n")
    name = f"{stamp}.M{i}P{os.getpid()}.imapdesk,S={size},W={vsize}:2,S"
    path = os.path.join(d, "cur", name)
    with open(path, "wb") as f:
        f.write(msg)
    os.utime(path, (stamp, stamp))
if os.getuid() == 0:
    for root, dirs, files in os.walk(maildir):
        for n in dirs + files:
            os.chown(os.path.join(root, n), uid, gid)
        os.chown(root, uid, gid)
PY
}

case $cmd in
start) do_start "$@" ;;
stop) do_stop ;;
adduser) do_adduser "$@" ;;
addusers) do_addusers ;;
seed) do_seed "$@" ;;
status) running ;;
*) usage ;;
esac
