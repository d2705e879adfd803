#!/usr/bin/env bash
# UI-thread stall benchmark (issue #14): a project of 5,000 tables, 500 views and 3,500 routines opened in the GUI
# (headless, Monocle): the tree built and expanded, the conversion view and the assessment opened; prints the worst
# gap between JavaFX pulses per step (goal: none over 100 ms). Figures also in target/ui-stall-bench.txt.
# The dump of the generated schema is read with a 60 s parse deadline: on a machine busy with other work the 3 s
# wall-clock deadline (ParseLimits) can refuse a plain first statement while the parser is cold.
# Usage: bench/ui-stall-bench.sh [tables views routines]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=UiStallBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddmspilot.parse.millis=60000 -Dbench.tables="${1:-5000}" -Dbench.views="${2:-500}" -Dbench.routines="${3:-3500}" >target/ui-stall-bench.log 2>&1 || { tail -40 target/ui-stall-bench.log; exit 1; }
cat target/ui-stall-bench.txt
