#!/usr/bin/env bash
# Builds a native installer for this platform with jpackage (part of JDK 17):
#   Linux: .deb (or an app image with TYPE=app-image), macOS: .dmg, Windows: .msi (needs WiX).
# Usage: installer/build-installer.sh            (after: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/dmspilot.jar ] || mvn -B -q package -DskipTests
version=$(sed -n 's/^version=//p' target/classes/dmspilot-version.properties | sed 's/-SNAPSHOT//')
type=${TYPE:-}
case "$(uname -s)" in
  Linux) icon=icons/dmspilot-256.png; type=${type:-deb} ;;
  Darwin) icon=icons/dmspilot-256.png; type=${type:-dmg} ;;
  *) icon=icons/dmspilot-256.png; type=${type:-msi} ;;
esac
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp target/dmspilot.jar target/installer-input/
cp -r target/lib target/installer-input/lib
jpackage --type "$type" --name dmspilot --app-version "$version" \
  --vendor "DMS Pilot contributors" --description "Migrate MySQL/MariaDB to PostgreSQL / Aurora PostgreSQL" \
  --input target/installer-input --main-jar dmspilot.jar --main-class org.dmspilot.Main \
  --icon "$icon" --java-options "-Xmx2g" --dest target/installer
ls -la target/installer
