#!/usr/bin/env bash
# Catalog benchmark: generates a schema on an embedded MariaDB and measures the live catalog load (time, SQL round
# trips, peak heap) and the dump reader on the schema's mariadb-dump.
# Usage: bench/catalog-bench.sh [tables views routines dataMegabytes]   (defaults: 5000 500 3500 100)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx${BENCH_HEAP:-1g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.bench.CatalogBenchmark "$@"
