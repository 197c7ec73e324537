#!/usr/bin/env bash
# Builds the runtime image from the modules Maven copied into TARGET/modules, then its AOT cache.
# Output: TARGET/panicscope with the launcher TARGET/panicscope/bin/panicscope (scripts rely on this path) and the
# cache TARGET/panicscope/lib/panicscope.aot, which the launcher uses. Tested on Linux; written to run on macOS and
# on Windows under Git Bash too (see jlink/README.md).
set -euo pipefail
target=$1
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK 25}
mods=$target/modules
image=$target/panicscope
cache=$image/lib/panicscope.aot
log=$target/aot-training.log

# JavaFX publishes an empty jar next to each platform jar; the empty ones are automatic modules: leave them out.
find "$mods" -name 'javafx-*.jar' ! -name '*-linux*.jar' ! -name '*-mac*.jar' ! -name '*-win*.jar' -delete

# JavaFX's Maven jars carry their native libraries as resources, and JavaFX copies them into ~/.openjfx/cache at the
# first start unless it finds them in the image's lib/ (NativeLibLoader looks there first for jlinked modules). So they
# go to lib/ and out of lib/modules: the image then writes nothing to the user's home and starts without network.
# (Windows keeps native libraries in bin/, Linux and macOS in lib/.)
natives=$target/javafx-natives
case $(uname -s) in MINGW*|MSYS*|CYGWIN*) native_dir=bin ;; *) native_dir=lib ;; esac
rm -rf "$natives" && mkdir -p "$natives"
for jar in "$mods"/javafx-*.jar; do
  libs=$("$jdk/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  [ -z "$libs" ] || (cd "$natives" && "$jdk/bin/jar" xf "$jar" $libs)
done

rm -rf "$image"
# Size (the target is 100 MB, AOT cache included): left out are files no start of this app can reach: the keytool
# command, CDS's class list (only -Xshare:dump reads it), the splash-screen and javax.sound natives
# (JavaFX uses neither), Maven's pom copies and the javadoc pictures inside the jars.
# --add-options goes into the image's own java: every start, by any launcher (bin/panicscope, bin/java, jpackage's).
# JavaFX loads its native libraries through System.load, a restricted method; granting it here keeps the warning away.
"$jdk/bin/jlink" \
  --module-path "$mods" \
  --add-modules panicscope \
  --add-options="--enable-native-access=javafx.graphics" \
  --exclude-resources='regex:/javafx\.[a-z]+/[^/]+\.(so|dylib|dll),glob:/*/META-INF/maven/**,regex:/java\.desktop/.*/doc-files/.*' \
  --exclude-files='glob:**/bin/keytool,glob:**/lib/classlist,glob:**/lib/libsplashscreen.so,glob:**/lib/libjsound.so' \
  --strip-java-debug-attributes --no-header-files --no-man-pages --compress=zip-6 \
  --output "$image"
cp "$natives"/* "$image/$native_dir/"

# The JVM and glass ship with their symbol tables (about 6 MB); crash logs lose symbol names without them, nothing else.
if command -v strip >/dev/null && [ "$(uname -s)" = Linux ]; then
  strip --strip-unneeded "$image/lib/server/libjvm.so" "$image"/lib/*.so
fi

# The launcher: jlink's own (--launcher) finds the image through $0 and so breaks when started through a symbolic
# link, and cannot name a cache relative to the image. This one does both; without the cache it still starts.
cat > "$image/bin/panicscope" <<'SH'
#!/bin/sh
# PanicScope launcher, written by jlink/build-image.sh. No argument opens the window; arguments are the command line.
bin=$(dirname "$(readlink -f "$0")")
cache="$bin/../lib/panicscope.aot"
if [ -r "$cache" ]; then
  exec "$bin/java" "-XX:AOTCache=$cache" -m panicscope/org.panicscope.Main "$@"
fi
exec "$bin/java" -m panicscope/org.panicscope.Main "$@"
SH
chmod 755 "$image/bin/panicscope"

# The AOT training run (JDK 25: JEP 483, 514, 515) with the launcher's module and main class, so that the cache
# matches it. AotTraining runs a few subcommands in-process, then the window opens and the start-up probe ends the run
# after the first frame; the JVM writes the cache on exit. The window opens on an Xvfb display when xvfb-run is
# installed (then the cache also holds the GTK glass classes a desktop start needs), else on JavaFX's headless platform.
# PANICSCOPE_AOT_TRAINING=headless|xvfb forces one. The run gets an empty home (so it starts as a first start, and
# the developer's own preferences do not steer it), which must stay empty but for the places allowed below: the
# image may not depend on the user's home at first start, nor write anywhere else in it.
mode=${PANICSCOPE_AOT_TRAINING:-$(command -v xvfb-run >/dev/null && echo xvfb || echo headless)}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Method profiles (JEP 515) would add 3 MB to the cache for no gain up to the first frame (measured: docs/performance.md);
# the image is over its size budget, so they stay out where this JVM has the (diagnostic) switch.
profiles=()
if "$image/bin/java" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -version >/dev/null 2>&1; then
  profiles=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
fi
train=("$image/bin/java" "-XX:AOTCacheOutput=$cache" "${profiles[@]}" "-Duser.home=$home"
       -Dpanicscope.aotTraining=true -Dpanicscope.startupProbe=true)
main=(-m panicscope/org.panicscope.Main)
case $mode in
  xvfb) run=(xvfb-run -a -s "-screen 0 1280x800x24" "${train[@]}" "${main[@]}") ;;
  headless) run=("${train[@]}" -Dglass.platform=Headless -Dprism.order=sw "${main[@]}") ;;
  *) echo "PANICSCOPE_AOT_TRAINING must be xvfb or headless, not '$mode'" >&2; exit 2 ;;
esac
echo "AOT training run ($mode): ${run[*]}" > "$log"
if ! HOME=$home "${run[@]}" >> "$log" 2>&1 || [ ! -s "$cache" ]; then
  cat "$log" >&2; echo "AOT training run failed, see above" >&2; exit 1
fi
# Allowed: java.util.prefs' own place (~/.java/.userPrefs: the app's preferences, the usual place on Linux) and
# GTK's settings cache (~/.cache/dconf, written by GTK itself under a display). Anything else is a bug.
written=$(cd "$home" && find . -mindepth 1 ! -path ./.cache ! -path './.cache/dconf*' ! -path ./.java ! -path './.java/.userPrefs*')
if [ -n "$written" ]; then
  echo "the training run wrote into its empty home:" >&2; echo "$written" >&2; exit 1
fi

# A cache the JVM refuses is ignored at start-up, with a warning; check that this one is accepted.
if ! "$image/bin/java" "-XX:AOTCache=$cache" -XX:AOTMode=on -m panicscope/org.panicscope.Main --version >/dev/null; then
  echo "the AOT cache $cache is not accepted by the image" >&2; exit 1
fi
echo "runtime image: $image ($(du -sh "$image" | cut -f1), of which AOT cache $(du -sh "$cache" | cut -f1)," \
     "trained $mode: $(grep -m1 '^first-frame' "$log" || true))"
