#!/usr/bin/env bash
# Engine benchmark: full load of a 2,000,000-row mixed-type table (embedded MariaDB 11.4 → embedded PostgreSQL 16)
# by DMS Pilot (-Xmx512m) and by pgloader on the same servers, then validation vs a plain parallel scan of both.
# Usage: bench/engine-bench.sh [rows workers rounds [mariadb|mysql [json-text]]]   (defaults: 2000000 4 3; mysql: the source is Oracle
# MySQL 9.7 from tools/mysql-server.sh instead of the embedded MariaDB); rounds alternate the two sides and
# the summary prints medians and the spread of the ratios. BENCH_HEAP overrides the heap (default 512m),
# json-text: the target column of the JSON documents is text, as pgloader makes it, to take jsonb parsing out of the ratio.
# BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=engine.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
ensure_pgloader
build_classpath
bench_java org.dmspilot.bench.EngineBenchmark "$@"
