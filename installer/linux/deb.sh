#!/usr/bin/env bash
# Builds the .deb from the staged tree (stage.sh). Depends: what dpkg-shlibdeps reads from the runtime's and the
# embedded MariaDB's ELF files, plus what JavaFX loads at run time (GTK 3, XTest, OpenGL).
# Usage: installer/linux/deb.sh ROOT VERSION OUT_DIR
set -euo pipefail
root=$(realpath "$1") version=$2 out=$3
build=$(dirname "$root")
arch=$(dpkg --print-architecture)
javafx_needs="libgtk-3-0 libglib2.0-0 libxtst6 libxxf86vm1 libgl1 libasound2 libfontconfig1 libfreetype6"

# the package's own libraries are searched (-l) but need no package
shlib=$build/shlibdeps
rm -rf "$shlib" && mkdir -p "$shlib/debian"
printf 'Source: dmspilot\n\nPackage: dmspilot\nArchitecture: any\n' > "$shlib/debian/control"
mapfile -t elves < <(find "$root/opt" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec sh -c \
  'head -c4 "$1" | grep -q ELF' _ {} \; -print; cat "$build/mariadb-binaries.txt" 2>/dev/null || true)
libdirs=$(find "$root/opt" -name '*.so' -printf '-l%h\n' | sort -u | tr '\n' ' ')
# shellcheck disable=SC2086
found=$(cd "$shlib" && dpkg-shlibdeps -O --ignore-missing-info $libdirs "${elves[@]}" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')
[ -n "$found" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# shellcheck disable=SC2086
depends=$({ sed 's/, /\n/g' <<<"$found"; printf '%s\n' $javafx_needs; } | awk '!seen[$1]++' | paste -sd, | sed 's/,/, /g')

pkg=$build/deb-root
rm -rf "$pkg" && cp -al "$root" "$pkg" && mkdir -p "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: dmspilot
Version: $version-1
Section: database
Priority: optional
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-DMS Pilot contributors <packages@dmspilot.invalid>}
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: $depends
Description: Migrate MySQL/MariaDB to PostgreSQL / Aurora PostgreSQL
 A desktop and command-line migration assistant for DBAs: readiness checks for CDC,
 schema conversion, an assessment report, AWS DMS provisioning, a local full-load + CDC
 engine, monitoring and cutover, with an embedded MariaDB + PostgreSQL sandbox.
CONTROL
deb="$out/dmspilot_${version}-1_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -b "$pkg" "$deb" >/dev/null
echo "Built $deb ($(du -h "$deb" | cut -f1))"
