#!/usr/bin/env bash
# Renders the application icon from dmspilot.svg: the PNG sizes (window, Linux packages), dmspilot.icns (macOS .dmg)
# and dmspilot.ico (Windows .msi). Needs Debian's librsvg2-bin (rsvg-convert), icnsutils (png2icns) and icoutils
# (icotool).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" dmspilot.svg -o "dmspilot-$s.png"
done
png2icns dmspilot.icns dmspilot-16.png dmspilot-32.png dmspilot-48.png dmspilot-128.png dmspilot-256.png \
  dmspilot-512.png
icotool --create --output dmspilot.ico dmspilot-16.png dmspilot-32.png dmspilot-48.png dmspilot-64.png \
  dmspilot-128.png dmspilot-256.png
rm dmspilot-512.png # only inside the .icns
cp dmspilot-{16,32,48,64,128,256}.png ../src/main/resources/org/dmspilot/gui/icons/
