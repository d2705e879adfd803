#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from dmspilot.svg (needs librsvg2-bin: rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256; do
  rsvg-convert -w "$s" -h "$s" dmspilot.svg -o "dmspilot-$s.png"
done
cp dmspilot-*.png ../src/main/resources/org/dmspilot/gui/icons/
