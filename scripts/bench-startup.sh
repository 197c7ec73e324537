#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first frame of the window, with and without the AOT cache,
# plus the time of a short command and the sizes of the image and the installers. Figures: docs/performance.md.
#
#   scripts/bench-startup.sh [-n RUNS] [LAUNCHER]
#
# LAUNCHER defaults to the runtime image's jlink/target/panicscope/bin/panicscope; /opt/panicscope/bin/panicscope
# measures the installed .deb. Without a DISPLAY the runs go to an Xvfb server (apt-get install xvfb xauth).
# The app reports the time itself: with -Dpanicscope.startupProbe=true it prints "first-frame <ms>" (ms since the
# launcher process started, from /proc) after the first frame and exits (org.panicscope.StartupProbe). Both variants
# start through the same launcher; "without" adds -XX:AOTMode=off, which leaves the cache unmapped. The runs
# alternate between the two variants, after one unmeasured warm-up run each, so the file cache is warm for both and
# drift in the machine's load falls on both alike; each starts with an empty home, as a first start does. Other work
# on the machine shows in the share of CPU time it took, printed with the figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=11
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
launcher=${1:-$root/jlink/target/panicscope/bin/panicscope}
[ -x "$launcher" ] || { echo "no launcher at $launcher: run 'mvn -B package' first" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "no DISPLAY and no xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" -n "$runs" "$launcher"
fi

# Every run starts as a first start: an empty home of its own (no preferences, nothing cached by GTK).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# one run: the first-frame figure the app prints, in ms
first_frame() {
  rm -rf "${home:?}"/* "$home"/.[!.]* 2>/dev/null || true
  HOME=$home JAVA_TOOL_OPTIONS="$1 -Duser.home=$home -Dpanicscope.startupProbe=true" "$launcher" 2>/dev/null \
    | sed -n 's/^first-frame //p'
}
# one run of a short command, wall time in ms
command_ms() {
  local t0 t1
  t0=$(date +%s%N)
  HOME=$home JAVA_TOOL_OPTIONS="$1 -Duser.home=$home" "$launcher" scenarios >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print int(m)}'; }
range() { sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "-" hi}'; }

# CPU time of the whole machine (jiffies: busy, total) and of this script's finished children, to tell how much of
# the machine other work took during the runs: start-up times on a shared 2-core machine depend on it.
cpu_jiffies() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# (the X server drawing our windows counts as ours: Xvfb started by xvfb-run for this display)
xserver=$(for p in $(pgrep -x Xvfb || true); do tr '\0' ' ' < /proc/$p/cmdline | grep -q "Xvfb $DISPLAY " && echo $p; done | head -1)
children_jiffies() {
  local x=0
  [ -z "$xserver" ] || x=$(awk '{print $14 + $15}' /proc/$xserver/stat)
  awk -v x="$x" '{print $16 + $17 + x}' /proc/$$/stat
}
read -r busy0 total0 < <(cpu_jiffies); own0=$(children_jiffies)

aot="-XX:AOTMode=auto" noaot="-XX:AOTMode=off"
first_frame "$aot" >/dev/null; first_frame "$noaot" >/dev/null   # warm-up
with=() without=() cli_with=() cli_without=()
for ((i = 0; i < runs; i++)); do
  with+=("$(first_frame "$aot")"); without+=("$(first_frame "$noaot")")
  cli_with+=("$(command_ms "$aot")"); cli_without+=("$(command_ms "$noaot")")
done
read -r busy1 total1 < <(cpu_jiffies); own1=$(children_jiffies)
others=$(awk -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) -v o=$((own1 - own0)) \
         'BEGIN {x = (b - o) / t * 100; printf "%d", (x < 0 ? 0 : x)}')
for v in "${with[@]}" "${without[@]}"; do
  [[ $v =~ ^[0-9]+$ ]] || { echo "a run printed no first-frame line; try: JAVA_TOOL_OPTIONS=-Dpanicscope.startupProbe=true $launcher" >&2; exit 1; }
done

pipeline=$(JAVA_TOOL_OPTIONS="-Dprism.verbose=true -Dpanicscope.startupProbe=true" "$launcher" 2>&1 \
           | sed -n 's/^Prism pipeline name = //p' | tail -1)
bytes() { if [ -e "$1" ]; then du -sb "$1" | cut -f1; fi; }
size() {   # size LABEL PATH: MB (10^6) and MiB
  local b; b=$(bytes "$2")
  if [ -n "$b" ]; then awk -v l="$1" -v p="$2" -v b="$b" 'BEGIN {printf "  %-22s %6.1f MB (%5.1f MiB)  %s\n", l, b / 1e6, b / 1048576, p}'; fi
}
image=$(cd "$(dirname "$(readlink -f "$launcher")")/.." && pwd)
cache=$(find "$image" -name panicscope.aot -print -quit)

echo "PanicScope start-up, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "  machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); other processes used $others % of its CPU time during the runs"
echo "  launcher: $launcher (display $DISPLAY, JavaFX pipeline ${pipeline:-unknown})"
echo "  $("$launcher" --version 2>/dev/null | paste -sd' ')"
echo "first frame, ms from process start (median, range):"
echo "  with AOT cache      $(printf '%s\n' "${with[@]}" | median)  ($(printf '%s\n' "${with[@]}" | range))"
echo "  without AOT cache   $(printf '%s\n' "${without[@]}" | median)  ($(printf '%s\n' "${without[@]}" | range))"
echo "'panicscope scenarios', ms wall time (median, range):"
echo "  with AOT cache      $(printf '%s\n' "${cli_with[@]}" | median)  ($(printf '%s\n' "${cli_with[@]}" | range))"
echo "  without AOT cache   $(printf '%s\n' "${cli_without[@]}" | median)  ($(printf '%s\n' "${cli_without[@]}" | range))"
echo "sizes:"
size "image (installed tree)" "$image"
[ -z "$cache" ] || size "  of which AOT cache" "$cache"
size "jpackage app image" "$root/jlink/target/installer/panicscope"
for deb in "$root"/jlink/target/installer/*.deb; do [ -e "$deb" ] && size ".deb" "$deb"; done
