# shellcheck shell=sh
# Sourced by mvnw and deploy/bagipakai: make JAVA_HOME point at a JDK >= 21.
# The machine's default java may be older (17); Apicurio and our release-21 build need 21+.
bagipakai_java_major() { # $1 = java binary; prints the feature version (17, 21, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}
bagipakai_pick_jdk() {
  local cand v
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-2[1-9]-jdk* /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(bagipakai_java_major "$cand/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$cand"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(bagipakai_java_major "$cand/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$cand"; return 0; fi
  fi
  echo "bagipakai: a JDK 21 or newer is required (found none in JAVA_HOME, /usr/lib/jvm or PATH)." >&2
  echo "bagipakai: install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
bagipakai_pick_jdk || exit 1
