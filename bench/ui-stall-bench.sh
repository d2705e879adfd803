#!/usr/bin/env bash
# UI-thread stall benchmark (issue #14): a project of 5,000 tables, 500 views and 3,500 routines opened in the GUI
# (headless, Monocle), one user action per step: the project opened, the schema and each folder expanded (one click
# each), the tree scrolled, a table selected, the conversion view opened and Convert clicked, the assessment opened
# and Assess clicked; prints the worst gap between JavaFX pulses per step (goal: none over 100 ms) and the load
# average before and after (the machine may be shared). Figures also in target/ui-stall-bench.txt.
# BENCH_PROFILE=true also samples the UI thread during stalls: what held it, per step, in target/ui-stall-profile.txt.
# The dump of the generated schema is read with a 60 s parse deadline: on a machine busy with other work the 3 s
# wall-clock deadline (ParseLimits) can refuse a plain first statement while the parser is cold.
# Usage: bench/ui-stall-bench.sh [tables views routines]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -o -q test -Dtest=UiStallBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddmspilot.parse.millis=60000 -Dbench.tables="${1:-5000}" -Dbench.views="${2:-500}" -Dbench.routines="${3:-3500}" \
    -Dbench.profile="${BENCH_PROFILE:-false}" >target/ui-stall-bench.log 2>&1 || { tail -40 target/ui-stall-bench.log; exit 1; }
cat target/ui-stall-bench.txt
