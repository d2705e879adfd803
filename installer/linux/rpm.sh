#!/usr/bin/env bash
# Builds the .rpm from the staged tree (stage.sh) with rpmbuild. Requires: the shared libraries the runtime's and the
# embedded MariaDB's ELF files need (sonames, as rpm's own dependency generator names them) that the package does not
# carry itself, plus what JavaFX loads at run time (GTK 3, XTest, OpenGL).
# Usage: installer/linux/rpm.sh ROOT VERSION OUT_DIR
set -euo pipefail
root=$(realpath "$1") version=$2 out=$3
build=$(dirname "$root")
arch=$(uname -m)
top=$build/rpmbuild
rm -rf "$top" && mkdir -p "$top"/{SPECS,RPMS,BUILD,BUILDROOT,SOURCES,SRPMS}

mapfile -t elves < <(find "$root/opt" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec sh -c \
  'head -c4 "$1" | grep -q ELF' _ {} \; -print; cat "$build/mariadb-binaries.txt" 2>/dev/null || true)
own=$(find "$root/opt" -name '*.so*' -printf '%f\n' | sort -u)
requires=$(for f in "${elves[@]}"; do readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done \
  | sort -u | grep -vxF "$own" | grep -v '^ld-linux' | sed 's/$/()(64bit)/' | sed 's/^/Requires: /')

cat > "$top/SPECS/dmspilot.spec" <<SPEC
%global __os_install_post %{nil}
%global _build_id_links none
%global debug_package %{nil}
%global _binary_payload w6.xzdio
Name: dmspilot
Version: $version
Release: 1
Summary: Migrate MySQL/MariaDB to PostgreSQL / Aurora PostgreSQL
License: Unspecified
AutoReqProv: no
Requires: gtk3, glib2, libXtst, libXxf86vm, mesa-libGL, alsa-lib, fontconfig, freetype
$requires

%description
A desktop and command-line migration assistant for DBAs: readiness checks for CDC, schema conversion, an
assessment report, AWS DMS provisioning, a local full-load + CDC engine, monitoring and cutover, with an embedded
MariaDB + PostgreSQL sandbox.

%install
cp -a $root/. %{buildroot}/

%files
/opt/dmspilot
/usr/bin/dmspilot
/usr/share/applications/dmspilot.desktop
/usr/share/mime/packages/dmspilot.xml
/usr/share/icons/hicolor/*/apps/dmspilot.*
/usr/share/bash-completion/completions/dmspilot
/usr/share/man/man1/dmspilot*.1.gz
SPEC
rpmbuild --quiet --define "_topdir $top" --target "$arch" -bb "$top/SPECS/dmspilot.spec"
cp "$top"/RPMS/*/dmspilot-*.rpm "$out/"
echo "Built $(ls "$out"/dmspilot-*.rpm) ($(du -h "$out"/dmspilot-*.rpm | cut -f1))"
