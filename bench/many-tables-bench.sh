#!/usr/bin/env bash
# Many-tables benchmark: 2,000 small tables with a foreign key each (chained) and a secondary index, embedded
# MariaDB 11.4 -> embedded PostgreSQL 16: DMS Pilot (schema conversion + full load, -Xmx512m) vs pgloader on the same
# servers; prints times, the ratio, peak heap, RSS and how busy the two cores were.
# Usage: bench/many-tables-bench.sh [tables [rowsPerTable]]   (defaults: 2000 500)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
ensure_pgloader
build_classpath
bench_java org.dmspilot.bench.ManyTablesBenchmark "$@"
