package org.dmspilot.core.cutover;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.SeriesStats;
import org.dmspilot.core.monitor.TableStatistics;

/**
 * Decides from measurements whether it is safe to cut over: every table fully loaded, target latency below the
 * threshold continuously for the whole recent window (from the series, never one sample), validation without
 * mismatch, and row counts equal per table. Each item carries the evidence it was decided on.
 */
public final class CutoverChecklist {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private CutoverChecklist() {
    }

    public static List<ChecklistItem> evaluate(List<TableStatistics> tables, List<Sample> targetLatency,
            ValidationSummary validation, CutoverSettings settings, Instant now) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(fullLoad(tables));
        items.add(latency(targetLatency, settings, now));
        items.add(validation(validation));
        items.add(rowCounts(tables));
        return items;
    }

    /** True when every item passed. */
    public static boolean ready(List<ChecklistItem> items) {
        return items.stream().allMatch(i -> i.state() == CheckState.PASS);
    }

    static ChecklistItem fullLoad(List<TableStatistics> tables) {
        List<String> pending = tables.stream().filter(t -> !t.fullLoadDone()).map(TableStatistics::qualifiedName)
                .toList();
        if (tables.isEmpty()) {
            return new ChecklistItem("full-load", "Full load complete for every table", CheckState.WAITING,
                    "no table statistics yet");
        }
        List<String> failed = tables.stream().filter(t -> t.problem() != null).map(t -> t.qualifiedName() + " ("
                + t.problem() + ")").toList();
        if (!failed.isEmpty()) { // a table in error is not loaded, whatever its load flag says
            return new ChecklistItem("full-load", "Full load complete for every table", CheckState.FAIL,
                    failed.size() + " of " + tables.size() + " tables in error: " + String.join("; ",
                            failed.subList(0, Math.min(3, failed.size()))) + (failed.size() > 3 ? " and "
                                    + (failed.size() - 3) + " more" : ""));
        }
        return pending.isEmpty()
                ? new ChecklistItem("full-load", "Full load complete for every table", CheckState.PASS,
                        tables.size() + " of " + tables.size() + " tables loaded")
                : new ChecklistItem("full-load", "Full load complete for every table", CheckState.WAITING,
                        (tables.size() - pending.size()) + " of " + tables.size() + " tables loaded; still loading: "
                                + String.join(", ", pending.subList(0, Math.min(5, pending.size())))
                                + (pending.size() > 5 ? " and " + (pending.size() - 5) + " more" : ""));
    }

    static ChecklistItem latency(List<Sample> series, CutoverSettings settings, Instant now) {
        String title = String.format(Locale.ROOT, "Target latency at most %s s for the last %s",
                number(settings.latencyThresholdSeconds()), settings.windowText());
        Instant from = now.minus(settings.stableFor());
        List<Sample> window = SeriesStats.window(series, from, now);
        List<Sample> above = window.stream().filter(s -> s.value() > settings.latencyThresholdSeconds()).toList();
        if (!above.isEmpty()) {
            Sample worst = SeriesStats.max(above).orElseThrow();
            Sample last = above.get(above.size() - 1);
            return new ChecklistItem("latency", title, CheckState.FAIL, String.format(Locale.ROOT,
                    "%d of %d samples above %s s; worst %s s at %s, last at %s", above.size(), window.size(),
                    number(settings.latencyThresholdSeconds()), number(worst.value()), TIME.format(worst.at()),
                    TIME.format(last.at())));
        }
        Duration gap = SeriesStats.largestGap(series, from, now);
        if (window.isEmpty() || gap.compareTo(settings.allowedGap()) > 0) {
            return new ChecklistItem("latency", title, CheckState.WAITING, window.isEmpty()
                    ? "no latency sample in the last " + settings.windowText()
                    : "the samples leave a gap of " + gap.toSeconds() + " s in the window: not enough data yet");
        }
        return new ChecklistItem("latency", title, CheckState.PASS, String.format(Locale.ROOT,
                "max %s s over %d samples since %s", number(SeriesStats.max(window).orElseThrow().value()),
                window.size(), TIME.format(from)));
    }

    static ChecklistItem validation(ValidationSummary v) {
        String title = "Validation without mismatch";
        if (!v.ran()) {
            return new ChecklistItem("validation", title, CheckState.WAITING, v.evidence());
        }
        return new ChecklistItem("validation", title, v.mismatches() == 0 ? CheckState.PASS : CheckState.FAIL,
                v.evidence());
    }

    static ChecklistItem rowCounts(List<TableStatistics> tables) {
        String title = "Row counts equal on every table";
        List<String> differ = new ArrayList<>();
        int unknown = 0;
        for (TableStatistics t : tables) {
            if (t.sourceRows() < 0 || t.targetRows() < 0) {
                unknown++;
            } else if (t.sourceRows() != t.targetRows()) {
                differ.add(t.qualifiedName() + " (" + t.sourceRows() + " vs " + t.targetRows() + ")");
            }
        }
        if (!differ.isEmpty()) {
            return new ChecklistItem("row-counts", title, CheckState.FAIL, "different: " + String.join(", ",
                    differ.subList(0, Math.min(5, differ.size()))) + (differ.size() > 5 ? " and "
                            + (differ.size() - 5) + " more" : ""));
        }
        if (tables.isEmpty() || unknown > 0) {
            return new ChecklistItem("row-counts", title, CheckState.WAITING, tables.isEmpty() ? "no table counted yet"
                    : unknown + " table(s) not counted yet");
        }
        return new ChecklistItem("row-counts", title, CheckState.PASS, tables.size() + " tables, counts equal");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
