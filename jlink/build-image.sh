#!/usr/bin/env bash
# Builds the runtime image from the modules Maven copied into TARGET/modules.
# Output: TARGET/panicscope with the launcher TARGET/panicscope/bin/panicscope (scripts rely on this path).
set -euo pipefail
target=$1
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK 25}
mods=$target/modules
image=$target/panicscope
# JavaFX publishes an empty jar next to each platform jar; the empty ones are automatic modules: leave them out.
find "$mods" -name 'javafx-*.jar' ! -name '*-linux*.jar' ! -name '*-mac*.jar' ! -name '*-win*.jar' -delete
rm -rf "$image"
"$jdk/bin/jlink" \
  --module-path "$mods" \
  --add-modules panicscope \
  --launcher panicscope=panicscope/org.panicscope.Main \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --output "$image"
echo "runtime image: $image ($(du -sh "$image" | cut -f1))"
