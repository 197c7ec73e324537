#!/usr/bin/env bash
# Frame-time benchmark of the timeline while playing: 8 CPUs, about 100,000 choices of history, 1920x1080.
# Prints frame-interval, app-work and canvas-drawing percentiles per phase (60 fps = 16.7 ms per frame).
#   scripts/bench.sh             real window under Xvfb (needs xvfb-run; the GL pipeline if Mesa is present)
#   scripts/bench.sh --headless  JavaFX's headless platform, software rendering, no X server, window 1000x1000
set -euo pipefail
cd "$(dirname "$0")/.."
java -version 2>&1 | grep -q "version \"2[5-9]" || { echo "bench.sh: needs JDK 25 or later on the PATH (set JAVA_HOME and PATH)" >&2; exit 1; }
mvn -B -q -o compile -pl app
mvn -B -q -o dependency:build-classpath -pl app -Dmdep.outputFile=target/bench-cp.txt
cp="app/target/classes:$(cat app/target/bench-cp.txt)"
main=org.panicscope.ui.bench.TimelineBench\$Main
opts=(--enable-native-access=ALL-UNNAMED -Xss4m)
if [[ "${1:-}" == "--headless" ]]; then
  # the headless screen is 1000x1000: a larger window would not be drawn
  exec java "${opts[@]}" -Dglass.platform=Headless -Dprism.order=sw -Dbench.width=1000 -Dbench.height=1000 -cp "$cp" "$main"
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" java "${opts[@]}" -cp "$cp" "$main"
