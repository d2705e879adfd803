#!/usr/bin/env bash
# PostgreSQL's psql client for DMS Pilot's tests on a machine that has none (CI: only a JDK and Maven), without
# changing the host's packages: Debian's postgresql-client in a minimal root file system made by mmdebstrap, run
# through that tree's own dynamic loader (no chroot, no mounts), as tools/mysql-server.sh does for mysqld.
#
#   psql-client.sh build         # once per machine: ~20-60 s (safe to run concurrently); nothing when psql is there
#   psql-client.sh path          # prints the command that runs psql: the host's, else the tree's
#   psql-client.sh run [args]    # runs psql with these arguments
set -euo pipefail
ROOT=${DMSPILOT_PSQL_ROOT:-$HOME/.cache/dmspilot/psql-root}
. "$(dirname "$0")/debian-tree.sh"
LD="$ROOT/lib64/ld-linux-x86-64.so.2 --library-path $ROOT/usr/lib/x86_64-linux-gnu:$ROOT/lib/x86_64-linux-gnu"

host_psql() {                               # DMSPILOT_PSQL_TREE=1 ignores the host's psql (to test the tree)
  [ "${DMSPILOT_PSQL_TREE:-0}" = 1 ] && return 1
  command -v psql
}

tree_psql() {
  ls "$ROOT"/usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1
}

build() {
  host_psql >/dev/null && return 0         # the host has one
  [ -n "$(tree_psql)" ] && return 0
  debian_tree "$ROOT" postgresql-client '[ -n "$(tree_psql)" ]'
  $LD "$(tree_psql)" --version
}

case "${1:-}" in
  build) build ;;
  path)
    if host_psql >/dev/null; then host_psql
    elif [ -n "$(tree_psql)" ]; then echo "$LD $(tree_psql)"
    else echo "no psql: run $0 build" >&2; exit 1; fi ;;
  run)
    shift
    if host_psql >/dev/null; then exec "$(host_psql)" "$@"; fi
    [ -n "$(tree_psql)" ] || build
    exec $LD "$(tree_psql)" "$@" ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
