#!/usr/bin/env bash
# A real Oracle MySQL server (Debian's mysql-server-core, MySQL 9.7 LTS) for DMS Pilot's tests and benchmarks, on a
# Debian 12 (bookworm) machine, without changing the host's packages. MySQL 9.7 needs a newer glibc/libstdc++ than
# bookworm has, so it lives in a minimal root file system made by mmdebstrap from Debian's unstable suite, and mysqld
# runs through that tree's own dynamic loader: no chroot, no mounts, nothing installed on the host but mmdebstrap.
#
#   mysql-server.sh build                  # once per machine: ~20-60 s, ~470 MB in $ROOT (safe to run concurrently)
#   mysql-server.sh init BASE PORT [OPT..]  # writes BASE/my.cnf (+ extra mysqld options) and initializes BASE/data
#   mysql-server.sh run BASE               # mysqld in the foreground (the test harness starts and stops it)
#   mysql-server.sh start                  # init + run in the background on $PORT with data in $BASE (for benchmarks)
#   mysql-server.sh client [args]          # the tree's mysql client, e.g. client -uroot -S "$BASE/mysqld.sock"
#   mysql-server.sh dump [args]            # the tree's mysqldump, e.g. dump -uroot -S "$BASE/mysqld.sock" --routines db
#   mysql-server.sh stop                   # SIGTERM to the pid in $BASE/mysqld.pid, waits for it to exit
#
# Facts (the tree itself: tools/debian-tree.sh): MySQL 9.x has no mysql_native_password (users
# get caching_sha2_password: a login without TLS needs the server's RSA key), gtid_mode is ON by default here, and
# MD5()/SHA1() are not built in since 9.6.
set -euo pipefail
ROOT=${DMSPILOT_MYSQL_ROOT:-${ROOT:-$HOME/.cache/dmspilot/mysql-root}}
BASE=${BASE:-/tmp/dmspilot-mysql}; PORT=${PORT:-3310}
. "$(dirname "$0")/debian-tree.sh"
LD="$ROOT/lib64/ld-linux-x86-64.so.2 --library-path $ROOT/usr/lib/x86_64-linux-gnu:$ROOT/lib/x86_64-linux-gnu"

build() {
  [ -x "$ROOT/usr/sbin/mysqld" ] && return 0
  debian_tree "$ROOT" mysql-server-core,mysql-client '[ -x "$ROOT/usr/sbin/mysqld" ]'
  $LD "$ROOT/usr/sbin/mysqld" --version
}

init() {
  local base=$1 port=$2; shift 2
  mkdir -p "$base/data" "$base/tmp"
  {
    cat <<CNF
[mysqld]
user=$(id -un)
basedir=$ROOT/usr
lc-messages-dir=$ROOT/usr/share/mysql
character-sets-dir=$ROOT/usr/share/mysql/charsets
plugin-dir=$ROOT/usr/lib/mysql/plugin
datadir=$base/data
tmpdir=$base/tmp
socket=$base/mysqld.sock
pid-file=$base/mysqld.pid
log-error=$base/error.log
secure-file-priv=$base/tmp
port=$port
bind-address=127.0.0.1
mysqlx=OFF
server_id=1
log_bin=binlog
binlog_format=ROW
binlog_row_image=FULL
binlog_expire_logs_seconds=86400
gtid_mode=ON
enforce_gtid_consistency=ON
max_allowed_packet=64M
innodb_buffer_pool_size=256M
innodb_flush_log_at_trx_commit=2
sync_binlog=0
CNF
    for opt in "$@"; do echo "${opt#--}"; done
  } > "$base/my.cnf"
  [ -d "$base/data/mysql" ] || $LD "$ROOT/usr/sbin/mysqld" --defaults-file="$base/my.cnf" --initialize-insecure
}

case "${1:-}" in
build) build ;;
init) shift; [ $# -ge 2 ] || { echo "usage: $0 init BASE PORT [OPTION...]" >&2; exit 2; }; init "$@" ;;
run) [ $# -eq 2 ] || { echo "usage: $0 run BASE" >&2; exit 2; }; exec $LD "$ROOT/usr/sbin/mysqld" --defaults-file="$2/my.cnf" ;;
start)
  build; init "$BASE" "$PORT"
  $LD "$ROOT/usr/sbin/mysqld" --defaults-file="$BASE/my.cnf" >/dev/null 2>&1 &
  for _ in $(seq 60); do [ -S "$BASE/mysqld.sock" ] && break; sleep 1; done
  [ -S "$BASE/mysqld.sock" ] || { echo "mysqld did not start; see $BASE/error.log" >&2; exit 1; }
  $LD "$ROOT/usr/bin/mysql" --no-defaults -uroot -S "$BASE/mysqld.sock" -N -e "SELECT VERSION()" ;;
client) shift; exec $LD "$ROOT/usr/bin/mysql" --no-defaults --character-sets-dir="$ROOT/usr/share/mysql/charsets" "$@" ;;
dump) shift; exec $LD "$ROOT/usr/bin/mysqldump" --no-defaults --character-sets-dir="$ROOT/usr/share/mysql/charsets" "$@" ;;
stop)
  P=$(cat "$BASE/mysqld.pid"); kill -TERM "$P"
  for _ in $(seq 120); do kill -0 "$P" 2>/dev/null || exit 0; sleep 0.5; done
  echo "mysqld $P still running" >&2; exit 1 ;;
*) echo "usage: $0 build|init|run|start|client|dump|stop" >&2; exit 2 ;;
esac
