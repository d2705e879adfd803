#!/usr/bin/env bash
# Growth benchmark: the engine benchmark's mixed-type table (bench/engine-bench.sh) at 200 k, 2 M and 20 M rows, one
# round each: DMS Pilot (-Xmx512m) and pgloader on the same servers, then validation vs a parallel scan. Prints, per
# size, rows/s, the ratio to pgloader, peak heap, RSS and seconds per million rows, with the load average.
# Usage: bench/growth-bench.sh [sizes...]   (default: 200000 2000000 20000000; 20 M rows need ~20 GB of /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200000 2000000 20000000)
source bench/common.sh
ensure_pgloader
build_classpath
summary=""
for rows in "${sizes[@]}"; do
    echo "=== $rows rows ($(uptime))"
    out=$(bench_java org.dmspilot.bench.EngineBenchmark "$rows" 4 1 2>&1 | tee /dev/stderr)
    summary+="$rows rows: $(grep -E '^(Generated|DMS Pilot full load|pgloader: |Ratio|Validation|Parallel scan)' <<<"$out" \
        | sed 's/\[CPU[^]]*\]//' | tr '\n' '|')"$'\n'
done
echo "== Growth summary"
echo "$summary"
