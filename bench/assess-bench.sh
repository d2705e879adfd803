#!/usr/bin/env bash
# Assessment benchmark: a generated catalog (default 5,000 tables over 10 schemas, 100 views) is converted, assessed
# and written as HTML, CSV and PDF in a fresh JVM; prints the time of each step. Goal: under 10 s in all.
# Usage: bench/assess-bench.sh [tables] [outDir]   (defaults: 5000 target/assess-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx${BENCH_HEAP:-1g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dmspilot.bench.AssessmentBenchmark "$@"
