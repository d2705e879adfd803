#!/usr/bin/env bash
# Conversion benchmark: reads a generated schema (default 5,000 tables, 500 views, 3,500 routines) with the dump
# reader and converts it to PostgreSQL; prints time and peak heap per run. Goal: < 15 s and <= 1 GB heap.
# Usage: bench/convert-bench.sh [tables views routines]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx${BENCH_HEAP:-1g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.bench.ConversionBenchmark "$@"
