#!/usr/bin/env bash
# Renders assets/icons/panicscope.svg to what the packages use: PNG at 64 px (the window icon), 256 and 512 px (Linux .deb)
# and a multi-size .ico (Windows installer). macOS's .icns is made from the 512 px PNG by jlink/package.sh on a Mac.
# Needs rsvg-convert and ImageMagick (apt-get install librsvg2-bin imagemagick). The outputs are committed, so a
# build does not need this script; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 64 256 512; do
  rsvg-convert --width "$size" --height "$size" panicscope.svg -o "panicscope-$size.png"
done
convert panicscope-512.png -define icon:auto-resize=256,128,64,48,32,16 panicscope.ico
