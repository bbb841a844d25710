#!/bin/sh
# Starts Lede from its quarkus-app directory with an archive of this build's classes when there is one, and
# records one as it stops when there is none yet. On JDK 25 and later the archive is an AOT cache (classes loaded
# and linked ahead of time); on JDK 17 to 24 it is a dynamic class-data-sharing archive. Either way the next start
# skips most class loading: bench/RESULTS.md has the numbers. Archives are named after the build and the JVM, so a
# new build or JVM records its own instead of tripping over an old one.
#
#   LEDE_APP_DIR  the quarkus-app directory (default: the current directory)
#   LEDE_CDS_DIR  where archives live; unset or unwritable means no archive
#   JAVA_HOME     the JVM to run (default: java on the PATH)
#   JAVA_OPTS     JVM options
set -eu
cd "${LEDE_APP_DIR:-.}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
archive_options=""
if [ -n "${LEDE_CDS_DIR:-}" ] && mkdir -p "$LEDE_CDS_DIR" 2>/dev/null && [ -w "$LEDE_CDS_DIR" ]; then
    release="$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")/release"
    jvm=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release" 2>/dev/null || true)
    build=$( (cat quarkus-run.jar app/*.jar quarkus/*.jar quarkus-app-dependencies.txt; echo "$jvm") | cksum | cut -d' ' -f1)
    if [ "${jvm%%[.+]*}" -ge 25 ] 2>/dev/null; then
        archive="$LEDE_CDS_DIR/lede-$build.aot"
        [ -s "$archive" ] && archive_options="-XX:AOTCache=$archive" || archive_options="-XX:AOTCacheOutput=$archive"
    else
        archive="$LEDE_CDS_DIR/lede-$build.jsa"
        [ -s "$archive" ] && archive_options="-XX:SharedArchiveFile=$archive" \
            || archive_options="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
    fi
fi
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:-} $archive_options -jar quarkus-run.jar
