#!/usr/bin/env bash
# CDC benchmark: sustained apply rate of a binlog backlog, and target latency (p50/p99/max) at a steady write rate,
# embedded MariaDB 11.4 (or, with BENCH_SOURCE=mysql, Oracle MySQL 9.7 from tools/mysql-server.sh) → embedded
# PostgreSQL 16, engine heap -Xmx512m.
# Usage: bench/cdc-bench.sh [backlogChanges seconds rate]   (defaults: 300000 60 5000)
#        bench/cdc-bench.sh large|transactions   (MariaDB: a backlog of 1 MB row images, then one of 10,000-row
#        transactions; 'transactions' runs the second only; each drained: changes/s, MB/s and peak heap)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx${BENCH_HEAP:-512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.bench.CdcBenchmark "$@"
