#!/usr/bin/env bash
# Lays out the Linux file tree both packages install, from the jpackage app image:
#   /opt/dmspilot                                   the app image (launcher, jlink'd runtime, jars)
#   /usr/bin/dmspilot -> ../../opt/dmspilot/bin/dmspilot
#   /usr/share/applications/dmspilot.desktop         "DMS Pilot", Development;Database;, opens *.dmspilot.json
#   /usr/share/mime/packages/dmspilot.xml            application/x-dmspilot-project for *.dmspilot.json
#   /usr/share/icons/hicolor/*/apps/dmspilot.{png,svg}
#   /usr/share/bash-completion/completions/dmspilot  picocli AutoComplete, generated here
#   /usr/share/man/man1/dmspilot*.1.gz               picocli ManPageGenerator + asciidoctor, generated here
# Usage: installer/linux/stage.sh APP_IMAGE_DIR ROOT VERSION   (from the repository root, after mvn package)
set -euo pipefail
app=$1 root=$2 version=$3
here=$(dirname "$0")
work=$(dirname "$root")/docs
rm -rf "$root" "$work"
mkdir -p "$root/opt" "$root/usr/bin" "$work"
cp -a "$app" "$root/opt/dmspilot"
ln -s ../../opt/dmspilot/bin/dmspilot "$root/usr/bin/dmspilot"

share=$root/usr/share
install -D -m 644 "$here/dmspilot.desktop" "$share/applications/dmspilot.desktop"
install -D -m 644 "$here/dmspilot-mime.xml" "$share/mime/packages/dmspilot.xml"
for s in 16 32 48 64 128 256; do
  install -D -m 644 "icons/dmspilot-$s.png" "$share/icons/hicolor/${s}x$s/apps/dmspilot.png"
done
install -D -m 644 icons/dmspilot.svg "$share/icons/hicolor/scalable/apps/dmspilot.svg"

# the command line's documentation, from the commands themselves (picocli)
cp="target/dmspilot.jar:target/lib/*"
picocli=$(basename target/lib/picocli-[0-9]*.jar .jar)
mvn -B -q dependency:copy -Dartifact="info.picocli:picocli-codegen:${picocli#picocli-}" -DoutputDirectory="$work/tools"
mkdir -p "$share/bash-completion/completions" "$share/man/man1"
java -cp "$cp" picocli.AutoComplete --force --name dmspilot \
  --completionScript "$share/bash-completion/completions/dmspilot" org.dmspilot.cli.DmsPilotCommand
java -cp "$cp:$work/tools/*" picocli.codegen.docgen.manpage.ManPageGenerator --outdir "$work/adoc" \
  org.dmspilot.cli.DmsPilotCommand
asciidoctor --backend manpage --attribute "mansource=DMS Pilot $version" --attribute "manmanual=DMS Pilot Manual" \
  --destination-dir "$share/man/man1" "$work"/adoc/*.adoc
gzip -9 -n "$share"/man/man1/*.1
chmod 644 "$share/bash-completion/completions/dmspilot"
echo "Staged $(du -sh "$root" | cut -f1) in $root: $(find "$share/man/man1" -name '*.gz' | wc -l) man pages"
