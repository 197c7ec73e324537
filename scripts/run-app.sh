#!/usr/bin/env bash
# Runs PanicScope on a fresh machine: the set-up of scripts/setup.sh, a build of the runtime image when there is none
# or the sources are newer (tests skipped: scripts/run-tests.sh runs them), then the image's launcher. No argument
# opens the window; arguments go to the command line, e.g. scripts/run-app.sh run owner-halted --config BASE.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=jlink/target/panicscope/bin/panicscope
source scripts/setup.sh app
if [ ! -x "$launcher" ] || [ -n "$(find pom.xml app scenarios assets jlink/pom.xml jlink/build-image.sh jlink/heap-options.sh \
                                     -newer jlink/target/panicscope/lib/modules -type f -print -quit)" ]; then
  echo "building the runtime image (mvn -B -q -DskipTests package) ..." >&2
  mvn -B -q -ntp -DskipTests package
fi
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: the window needs a desktop session (the command line does not: $0 --help)" >&2
  exit 1
fi
exec "$launcher" "$@"
