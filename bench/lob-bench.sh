#!/usr/bin/env bash
# LOB benchmark: full load of a table of JSON documents (100 KB-5 MB), LONGTEXT and LONGBLOB values (16-64 MB) from an
# embedded MariaDB 11.4 (max_allowed_packet 1 GB) into an embedded PostgreSQL 16, by DMS Pilot (-Xmx512m) and by
# pgloader on the same servers; prints MB/s, the ratio, peak heap and RSS of each, then validates the table.
# Usage: bench/lob-bench.sh [documents [largeValues]]   (defaults: 50 4 -> about 400 MB of values)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
ensure_pgloader
build_classpath
bench_java org.dmspilot.bench.LobBenchmark "$@"
