#!/usr/bin/env bash
# Makes the README's screenshots into docs/screenshots/*.png. The window pictures come from `panicscope snapshot`,
# which renders the real window without a display (JavaFX's headless platform, software renderer); the two analysis
# pictures (verdict matrix, trials) need the analyses run at start and come from the real app under Xvfb.
# Needs: JDK 25 on the PATH; for the analysis pictures xvfb-run and ImageMagick's import/convert
#   (Debian: apt-get install xvfb xauth imagemagick libgtk-3-0 libxtst6 libgl1 fonts-dejavu-core).
# The app runs with in-memory preferences (-Dpanicscope.prefs=memory): the user's settings are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
java -version 2>&1 | grep -q 'version "2[5-9]' || { echo "screenshots.sh: needs JDK 25 or later on the PATH" >&2; exit 1; }
mvn -B -q -o compile -pl app
mvn -B -q -o dependency:build-classpath -pl app -Dmdep.outputFile=target/shots-cp.txt
cp="app/target/classes:$(cat app/target/shots-cp.txt)"
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# snap NAME ARGS...: panicscope snapshot into docs/screenshots/NAME.png
snap() {
  local name=$1; shift
  java --enable-native-access=ALL-UNNAMED -cp "$cp" org.panicscope.Main snapshot "$@" --out "$out/$name.png" --force
}

# shot NAME window|TARGET|node:TARGET WIDTHxHEIGHT -Dpanicscope.… options: runs the app until it reports READY,
# then keeps the whole screen (window), crops the screen to a snapshot target's bounds (TARGET: the app prints
# them), or has the app write a snapshot of that node itself (node:TARGET, the whole node even where it scrolls).
shot() {
  local name=$1 target=$2 size=$3; shift 3
  local log="$tmp/$name.log" png="$tmp/$name-full.png" extra=""
  [[ "$target" == node:* ]] && extra="-Dpanicscope.snapshot=${target#node:}:$PWD/$out/$name.png"
  xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    java --enable-native-access=ALL-UNNAMED -Dpanicscope.prefs=memory -Dpanicscope.report=true \
         -Dpanicscope.size='"$size"' '"$extra $*"' -cp "'"$cp"'" org.panicscope.Main > "'"$log"'" 2>&1 &
    pid=$!
    for i in $(seq 1 240); do grep -q PANICSCOPE-READY "'"$log"'" 2>/dev/null && break; sleep 0.5; done
    sleep 1.5
    import -window root "'"$png"'"
    kill $pid' || true
  grep -q PANICSCOPE-READY "$log" || { echo "screenshots.sh: $name: the app did not report ready" >&2; cat "$log" >&2; exit 1; }
  for tool in xvfb-run import convert; do command -v $tool >/dev/null || { echo "screenshots.sh: needs $tool" >&2; exit 1; }; done
  if [[ "$target" == window ]]; then
    cp "$png" "$out/$name.png"
  elif [[ "$target" == node:* ]]; then
    grep -q "PANICSCOPE-SNAPSHOT ${target#node:}" "$log" || { echo "screenshots.sh: $name: no snapshot" >&2; cat "$log" >&2; exit 1; }
  else
    read -r x y w h < <(grep "PANICSCOPE-TARGET $target " "$log" | awk '{print $3, $4, $5, $6}')
    convert "$png" -crop "${w}x${h}+${x}+${y}" +repage "$out/$name.png"
  fi
  echo "$out/$name.png"
}

# 1. the main window at the BASE deadlock of owner-halted (dark theme)
snap main-owner-halted-deadlock owner-halted --config BASE --at end --size 1920x1080 --theme dark
# 2. what a 1280x720 lecture-hall projector shows: presenter mode, projector theme, at the deadlock
snap projector-presenter-720p owner-halted --config BASE --at end --size 1280x720 --theme projector --presenter
# 3. the same set-up view at 1280x720, outside presenter mode (the compact layout)
snap projector-720p owner-halted --config BASE --at end --size 1280x720 --theme projector
# 4. FINAL after BASE: the same schedule under FINAL completes into kdump
snap final-completes owner-halted --config FINAL --at end --size 1920x1080 --theme light
# 5. the verdict matrix of owner-halted from the exhaustive explorer
shot verdict-matrix analysis 1920x1400 \
  -Dpanicscope.scenario=owner-halted -Dpanicscope.theme=dark -Dpanicscope.tab=matrix -Dpanicscope.explore=true \
  -Dpanicscope.split=0.3
# 6. trials of Stephen's harness beside his QEMU figures
shot trials-vs-qemu analysis 1920x1400 \
  -Dpanicscope.scenario=kmsg-panic -Dpanicscope.theme=light -Dpanicscope.tab=trials -Dpanicscope.trials=300 \
  -Dpanicscope.split=0.3

# the talk: the speaker window (notes, next slide, time) over the audience view, at slide 2
shot talk-speaker-window window 1600x900 \
  -Dpanicscope.talk=printk-panic-15-minutes -Dpanicscope.talkSlide=2 -Dpanicscope.theme=projector
