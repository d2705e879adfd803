#!/usr/bin/env bash
# Engine benchmark: full load of a 2,000,000-row mixed-type table (embedded MariaDB 11.4 → embedded PostgreSQL 16)
# by DMS Pilot (-Xmx512m) and by pgloader on the same servers, then validation vs a plain parallel scan of both.
# Usage: bench/engine-bench.sh [rows workers rounds [mysql]]   (defaults: 2000000 4 3; mysql: the source is Oracle
# MySQL 9.7 from tools/mysql-server.sh instead of the embedded MariaDB); rounds alternate the two sides and
# the summary prints medians and the spread of the ratios. BENCH_HEAP overrides the heap (default 512m),
# BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=engine.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pgloader >/dev/null; then
    echo "pgloader missing: installing the Debian package"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq pgloader || true
    else sudo apt-get update -qq && sudo apt-get install -y -qq pgloader || true; fi
fi
version=$(pgloader --version 2>&1 | head -1) || true
echo "${version:-pgloader: not installed}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx${BENCH_HEAP:-512m} ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.bench.EngineBenchmark "$@"
