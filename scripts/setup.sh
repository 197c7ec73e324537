# shellcheck shell=bash
# Set-up shared by scripts/run-app.sh, scripts/run-tests.sh and .ci/run; source it:
#   source scripts/setup.sh app|test
# 1. Debian packages: installs only those missing, with a single apt-get update (as root, or through sudo).
#      app:  maven, the Java trust store, binutils (strip, for the image), and what a JavaFX window needs: GTK 3,
#            libXtst, libGL, a font
#      test: the same, and Xvfb with xauth: the build's AOT training run and the image check open a real window there
#    On a system without dpkg the missing commands are named and the set-up stops.
# 2. The JDK: JAVA_HOME if it is a JDK 25 with jlink, else the Temurin 25 JDK where its packages and images put it;
#    none found is an error that says what to install. Exports JAVA_HOME and PATH.

ps_log() { printf '[setup] %s\n' "$*" >&2; }
ps_die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

ps_packages() {
  # ca-certificates-java: the Java trust store /etc/ssl/certs/java/cacerts, which Temurin's Debian packages link to
  # (Maven downloads from Central over TLS)
  local want=(maven ca-certificates-java binutils libgtk-3-0 libxtst6 libgl1 fonts-dejavu-core)
  [ "$1" = test ] && want+=(xvfb xauth)
  if ! command -v dpkg-query >/dev/null; then
    command -v mvn >/dev/null || ps_die "not a Debian system and no mvn: install Maven 3.8+ and a JavaFX-capable desktop"
    ps_log "not a Debian system: skipping packages (wanted: ${want[*]})"
    return
  fi
  local missing=() p
  for p in "${want[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null) == ii* ]] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then ps_log "Debian packages: all present"; return; fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || ps_die "missing packages ${missing[*]} and not root: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  ps_log "installing missing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq || ps_die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || ps_die "apt-get install ${missing[*]} failed"
}

ps_jdk25() {   # ps_jdk25 DIR: is DIR a JDK 25 with jlink?
  [ -x "$1/bin/jlink" ] && [ -f "$1/release" ] && grep -q '^JAVA_VERSION="25[."]' "$1/release"
}

ps_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && ps_jdk25 "$JAVA_HOME"; then
    :
  else
    [ -z "${JAVA_HOME:-}" ] || ps_log "JAVA_HOME=$JAVA_HOME is not a JDK 25 with jlink; looking for Temurin 25"
    JAVA_HOME=
    for candidate in /usr/lib/jvm/temurin-25-jdk* /opt/java/openjdk /usr/lib/jvm/jdk-25* /opt/jdk-25*; do
      if ps_jdk25 "$candidate"; then JAVA_HOME=$candidate; break; fi
    done
    [ -n "$JAVA_HOME" ] || ps_die "no JDK 25 found. PanicScope builds with the Temurin 25 JDK: install it
  (https://adoptium.net/installation/linux/, Debian package temurin-25-jdk, or unpack the tarball)
  and set JAVA_HOME to it, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64"
  fi
  export JAVA_HOME
  export PATH=$JAVA_HOME/bin:$PATH
  # Maven 3.8's libraries use sun.misc.Unsafe, which JDK 25 warns about at every start
  export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
  ps_log "JDK: $JAVA_HOME ($(sed -n 's/^IMPLEMENTOR="\(.*\)"/\1/p' "$JAVA_HOME/release") $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release"))"
}

case ${1:-} in
  app|test) ps_packages "$1"; ps_jdk ;;
  *) ps_die "usage: source scripts/setup.sh app|test" ;;
esac
