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
source "$(dirname "$0")/heap-options.sh"

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
# command, CDS's class list (only -Xshare:dump reads it), the splash-screen, javax.sound and JPEG natives (JavaFX
# uses none of them, nor does the export, which writes PNG and GIF), jrt-fs.jar (lets another JDK's tools read this
# image), JavaFX's old Caspian theme and its SWT bridge, Maven's pom copies and the javadoc pictures inside the jars.
# Also the translations of JavaFX's and the XML parser's own texts: the app speaks English, and without them a
# dialog's buttons say "OK" and "Cancel" on a German desktop too, instead of mixing languages.
"$jdk/bin/jlink" \
  --module-path "$mods" \
  --add-modules panicscope \
  --add-options="--enable-native-access=javafx.graphics" \
  --exclude-resources='regex:/javafx\.[a-z]+/[^/]+\.(so|dylib|dll),glob:/*/META-INF/maven/**,regex:/java\.desktop/.*/doc-files/.*,glob:/javafx.controls/com/sun/javafx/scene/control/skin/caspian/**,glob:/javafx.graphics/javafx-swt.jar,regex:/(java\.xml|javafx\.[a-z]+)/.*_[a-z][a-z](_[A-Z][A-Z])?\.properties' \
  --exclude-files='glob:**/bin/keytool,glob:**/lib/classlist,glob:**/lib/libsplashscreen.so,glob:**/lib/libjsound.so,glob:**/lib/libjavajpeg.so,glob:**/lib/jrt-fs.jar' \
  --strip-java-debug-attributes --no-header-files --no-man-pages --compress=zip-6 \
  --output "$image"
cp "$natives"/* "$image/$native_dir/"

# The JVM and glass ship with their symbol tables (about 6 MB); crash logs lose symbol names without them, nothing else.
if command -v strip >/dev/null && [ "$(uname -s)" = Linux ]; then
  strip --strip-unneeded "$image/lib/server/libjvm.so" "$image"/lib/*.so
fi

# The launcher: jlink's own (--launcher) finds the image through $0 and so breaks when started through a symbolic
# link, and cannot name a cache relative to the image. This one does both; without the cache it still starts.
# The heap options (heap-options.sh) come first, PANICSCOPE_JAVA_OPTIONS after them, so that an -Xmx there wins.
{ cat <<'SH'
#!/bin/sh
# PanicScope launcher, written by jlink/build-image.sh. No argument opens the window; arguments are the command line.
# PANICSCOPE_JAVA_OPTIONS: more JVM options, after the launcher's own (e.g. -Xmx4g raises the heap limit).
bin=$(dirname "$(readlink -f "$0")")
cache="$bin/../lib/panicscope.aot"
SH
  echo "heap=\"${heap_options[*]}\""
  echo "[ \$# -eq 0 ] || heap=\"${cli_options[*]}\"   # arguments: the command line (jlink/heap-options.sh)"
  cat <<'SH'
if [ -r "$cache" ]; then
  exec "$bin/java" "-XX:AOTCache=$cache" $heap ${PANICSCOPE_JAVA_OPTIONS-} -m panicscope/org.panicscope.Main "$@"
fi
exec "$bin/java" $heap ${PANICSCOPE_JAVA_OPTIONS-} -m panicscope/org.panicscope.Main "$@"
SH
} > "$image/bin/panicscope"
chmod 755 "$image/bin/panicscope"

# The AOT cache (JDK 25: JEP 483's AOT class linking), in two steps; jlink/README.md and docs/performance.md say why.
# 1. The training run: the launcher's module and main class, the window up to its first frame, where the start-up
#    probe halts the JVM. -XX:DumpLoadedClassList writes down every class it loads, with the lambdas and the constant
#    pool entries it resolves. The window opens on an Xvfb display when xvfb-run is installed (then the list also holds
#    the GTK glass classes a desktop start needs), else on JavaFX's headless platform; PANICSCOPE_AOT_TRAINING=
#    headless|xvfb forces one. The run gets an empty home (so it starts as a first start, and the developer's own
#    preferences do not steer it), which must stay empty but for the places allowed below: the image may not depend
#    on the user's home at first start, nor write anywhere else in it.
# 2. The list, less the JDK's own classes (java.*, jdk.*, sun.*), goes to -Xshare:dump with -XX:+AOTClassLinking.
#    The JVM loads those without verifying them, so they are cheap to load from lib/modules: leaving them out takes
#    5.7 MB off the cache and 60 ms onto the first frame (measured: docs/performance.md), which keeps the image
#    under its 100 MB. The dump still takes every JDK class the others need (their supertypes, the module graph's).
mode=${PANICSCOPE_AOT_TRAINING:-$(command -v xvfb-run >/dev/null && echo xvfb || echo headless)}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
classlist=$target/aot-training.classlist
rm -f "$classlist" "$cache"
train=("$image/bin/java" "${heap_options[@]}" "-XX:DumpLoadedClassList=$classlist" "-Duser.home=$home" -Dpanicscope.startupProbe=true)
main=(-m panicscope/org.panicscope.Main)
case $mode in
  xvfb) run=(xvfb-run -a -s "-screen 0 1280x800x24" "${train[@]}" "${main[@]}") ;;
  headless) run=("${train[@]}" -Dglass.platform=Headless -Dprism.order=sw "${main[@]}") ;;
  *) echo "PANICSCOPE_AOT_TRAINING must be xvfb or headless, not '$mode'" >&2; exit 2 ;;
esac
echo "AOT training run ($mode): ${run[*]}" > "$log"
if ! HOME=$home "${run[@]}" >> "$log" 2>&1 || ! grep -q '^first-frame' "$log" || [ ! -s "$classlist" ]; then
  cat "$log" >&2; echo "AOT training run failed, see above" >&2; exit 1
fi
# A line names its class first (a class), or second (@cp: resolved constant pool entries; @lambda-proxy: a lambda).
awk '/^#/ || /^@lambda-form-invoker/ { print; next }
     { c = ($1 ~ /^@/) ? $2 : $1 }
     c !~ /^(java|jdk|sun)\// { print }' "$classlist" > "$classlist.app"
echo "AOT cache: $(grep -cvE '^[@#]' "$classlist") classes loaded up to the first frame, $(grep -cvE '^[@#]' "$classlist.app") of them not the JDK's" >> "$log"
if ! "$image/bin/java" "${heap_options[@]}" -Xshare:dump "-XX:SharedClassListFile=$classlist.app" "-XX:SharedArchiveFile=$cache" \
     -XX:+AOTClassLinking "${main[@]}" >> "$log" 2>&1 || [ ! -s "$cache" ]; then
  cat "$log" >&2; echo "AOT cache dump failed, see above" >&2; exit 1
fi
# Allowed: java.util.prefs' own place (~/.java/.userPrefs: the app's preferences, the usual place on Linux) and
# GTK's settings cache (~/.cache/dconf, written by GTK itself under a display). Anything else is a bug.
written=$(cd "$home" && find . -mindepth 1 ! -path ./.cache ! -path './.cache/dconf*' ! -path ./.java ! -path './.java/.userPrefs*')
if [ -n "$written" ]; then
  echo "the training run wrote into its empty home:" >&2; echo "$written" >&2; exit 1
fi

# A cache the JVM refuses is ignored at start-up, with a warning; check that this one is accepted.
if ! "$image/bin/java" "${heap_options[@]}" "-XX:AOTCache=$cache" -XX:AOTMode=on -m panicscope/org.panicscope.Main --version >/dev/null; then
  echo "the AOT cache $cache is not accepted by the image" >&2; exit 1
fi
echo "runtime image: $image ($(du -sh "$image" | cut -f1), of which AOT cache $(du -sh "$cache" | cut -f1)," \
     "trained $mode: $(grep -m1 '^first-frame' "$log" || true) ms)"
