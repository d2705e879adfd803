#!/usr/bin/env bash
# Fallback benchmark: the fallback stream's sustained apply rate on a PostgreSQL backlog, its lag (write on PostgreSQL
# → on MySQL, drain-marker probes every 200 ms) at a steady write rate, and the resync time for 100 and 100,000
# corrupted target rows; embedded MariaDB 11.4 and PostgreSQL 16 (wal_level=logical), heap -Xmx512m.
# Usage: bench/fallback-bench.sh [backlogChanges seconds writesPerSecond]   (defaults: 20000 20 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
uptime
exec java -Xmx${BENCH_HEAP:-512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.core.fallback.FallbackBenchmark "$@"
