#!/usr/bin/env bash
# Installers with jpackage, from the runtime image `mvn -B package` leaves in jlink/target/panicscope.
#   jlink/package.sh [TYPE...]       TYPE: app-image, deb, rpm (Linux); dmg, pkg (macOS); msi, exe (Windows)
# Default: app-image and the platform's usual installer (deb on Linux, dmg on macOS, msi on Windows).
# Output: jlink/target/installer/. jpackage builds for the system it runs on only; see jlink/README.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK 25}
image=$root/jlink/target/panicscope
out=$root/jlink/target/installer
icons=$root/assets/icons
[ -x "$image/bin/java" ] || { echo "no runtime image at $image: run 'mvn -B package' first" >&2; exit 1; }

version=$("$image/bin/java" -m panicscope/org.panicscope.Main --version | sed -n 's/^PanicScope \([0-9][0-9.]*\).*/\1/p')
[ -n "$version" ] || { echo "cannot read the version from the image" >&2; exit 1; }

# The launcher's name: on Linux the command people type, so /opt/panicscope/bin/panicscope (and /usr/bin/panicscope,
# which the .deb links); the menu entry still says PanicScope (packaging/linux/panicscope.desktop).
# Where jpackage puts the runtime, relative to $APPDIR (the app directory, which jpackage's launcher expands at each
# start): the launcher finds the AOT cache the build made for this very runtime, wherever the package is installed.
case $(uname -s) in
  Linux)  os=linux;   types=(app-image deb); icon=$icons/panicscope-512.png; name=panicscope
          cache='$APPDIR/../runtime/lib/panicscope.aot' ;;
  Darwin) os=mac;     types=(app-image dmg); icon=$root/jlink/target/panicscope.icns; name=PanicScope
          cache='$APPDIR/../runtime/Contents/Home/lib/panicscope.aot' ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; types=(app-image msi); icon=$icons/panicscope.ico; name=PanicScope
          cache='$APPDIR\..\runtime\lib\panicscope.aot' ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac
[ $# -eq 0 ] || types=("$@")

if [ $os = mac ]; then   # .icns from the 512 px PNG, with the tools every Mac has
  set_dir=$root/jlink/target/panicscope.iconset
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  for s in 16 32 128 256 512; do
    sips -z $s $s "$icons/panicscope-512.png" --out "$set_dir/icon_${s}x${s}.png" >/dev/null
    sips -z $((s * 2)) $((s * 2)) "$icons/panicscope-512.png" --out "$set_dir/icon_${s}x${s}@2x.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o "$icon"
fi

common=(
  --name "$name" --app-version "$version" --vendor "PanicScope"
  --description "See the Linux printk/panic race: model, explorer and trials"
  --copyright "PanicScope authors"
  --icon "$icon" --dest "$out"
)
# what jpackage makes the application from (an installer built from an existing app image takes --app-image instead)
# (the heap options of heap-options.sh, as the image's own launcher has them; on Linux that launcher is used, below)
source "$root/jlink/heap-options.sh"
application=(--runtime-image "$image" --module panicscope/org.panicscope.Main --java-options "-XX:AOTCache=$cache")
for o in "${heap_options[@]}"; do application+=(--java-options "$o"); done
linux=(
  --linux-package-name panicscope --linux-app-category education --linux-menu-group "Education;ComputerScience;"
  --linux-shortcut --linux-deb-maintainer "panicscope@localhost" --resource-dir "$root/jlink/packaging/linux"
)
mac=(--mac-package-identifier org.panicscope --mac-package-name PanicScope)
windows=(--win-menu --win-menu-group PanicScope --win-shortcut --win-dir-chooser
         --win-upgrade-uuid 6c0f3ad2-64f1-4c8e-9c2b-2d8d3f1e5a70)

# Linux: jpackage's native launcher asks the package managers at every start which package it came from
# (`rpm -qf` and `dpkg -S` on its own path: 110 ms here, more on a desktop with thousands of packages). The image's
# own launcher (lib/runtime/bin/panicscope, jlink/build-image.sh) needs no such question, so the app image's
# bin/panicscope becomes a two-line script that runs it, and the installers package that app image.
if [ $os = linux ]; then   # the app image first, once: the installers are made from it
  installers=()
  for type in "${types[@]}"; do [ "$type" = app-image ] || installers+=("$type"); done
  types=(app-image "${installers[@]}")
fi
fast_launcher() {
  cat > "$out/$name/bin/$name" <<'SH'
#!/bin/sh
# PanicScope: runs the runtime image's own launcher (jlink/package.sh says why jpackage's is replaced).
exec "$(dirname "$(readlink -f "$0")")/../lib/runtime/bin/panicscope" "$@"
SH
  chmod 755 "$out/$name/bin/$name"
  rm -f "$out/$name/lib/libapplauncher.so"   # the native launcher's library (1.7 MB), now unused
}

# jpackage's own message for a missing packaging tool names a Java exception; say what to install instead.
for type in "${types[@]}"; do
  case $os/$type in
    linux/deb) for tool in dpkg-deb fakeroot; do
                 command -v $tool >/dev/null || { echo "jlink/package.sh: a .deb needs $tool (Debian: apt-get install fakeroot dpkg)" >&2; exit 1; }
               done ;;
    linux/rpm) command -v rpmbuild >/dev/null || { echo "jlink/package.sh: an .rpm needs rpmbuild (apt-get install rpm, dnf install rpm-build)" >&2; exit 1; } ;;
  esac
done

mkdir -p "$out"
for type in "${types[@]}"; do
  extra=()
  case $os/$type in
    linux/app-image) ;;   # installer-only options are refused for an app image
    linux/*) extra=("${linux[@]}") ;;
    mac/*) extra=("${mac[@]}") ;;
    windows/app-image) ;;
    windows/*) extra=("${windows[@]}") ;;
  esac
  if [ "$type" = app-image ]; then rm -rf "${out:?}/$name" "$out/$name.app"; else rm -f "$out"/*."$type"; fi
  echo "jpackage --type $type ..."
  if [ $os = linux ] && [ "$type" != app-image ]; then   # the installer from the app image made just before
    "$jdk/bin/jpackage" --type "$type" --app-image "$out/$name" "${common[@]}" "${extra[@]}"
  else
    "$jdk/bin/jpackage" --type "$type" "${common[@]}" "${application[@]}" "${extra[@]}"
    if [ $os = linux ]; then fast_launcher; fi
  fi
done
ls -l "$out"
