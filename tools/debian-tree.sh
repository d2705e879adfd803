# Sourced by tools/mysql-server.sh and tools/psql-client.sh: builds a minimal Debian (unstable) root file system with
# the given packages by mmdebstrap, once per machine, under a lock, appearing whole or not at all. Programs in it run
# through the tree's own dynamic loader ($ROOT/lib64/ld-linux-x86-64.so.2 --library-path ...): no chroot, no mounts,
# nothing installed on the host but mmdebstrap (installed from the host's archive when missing and running as root).
# The package mirror is read from the host's apt configuration; its unstable Release file may be past its
# Valid-Until date (a dated snapshot), hence Check-Valid-Until false.

# debian_tree ROOT PACKAGES READY_TEST: builds ROOT with PACKAGES (comma-separated) unless READY_TEST succeeds.
debian_tree() {
  local root=$1 packages=$2 ready=$3 mirror
  eval "$ready" && return 0
  mkdir -p "$(dirname "$root")"
  exec 9>"$root.lock"
  flock 9                                   # another JVM or script may be building the same tree
  eval "$ready" && return 0
  if ! command -v mmdebstrap >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "mmdebstrap is missing; as root: apt-get install mmdebstrap" >&2; exit 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
  fi
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  rm -rf "$root.tmp"
  mmdebstrap --quiet --variant=essential --include="$packages" \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    --dpkgopt='path-exclude=/usr/share/{doc,man,locale}/*' \
    sid "$root.tmp" "deb $mirror sid main"
  rm -rf "$root"
  mv "$root.tmp" "$root"                    # appears whole or not at all
}
