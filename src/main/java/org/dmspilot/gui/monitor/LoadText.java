package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.Duration;
import java.time.Instant;
import org.dmspilot.core.monitor.TableLoad;
import org.dmspilot.core.monitor.TableStatistics;

/** The monitor's words for a table's full load: rows and percent, elapsed time and ETA. */
final class LoadText {
    private LoadText() {
    }

    /** {@code 12,345 of ~50,000 rows (24 %)} while loading, {@code ✔ 50,000 rows} once loaded, or the error. */
    static String progress(TableStatistics t, TableLoad load) {
        if (t.problem() != null) {
            return "\u2716 " + t.problem();
        }
        if (load == null) {
            return (t.fullLoadDone() ? "\u2714 " : "") + (t.fullLoadRows() < 0 ? lang("monitor.rowsNotRecorded")
                    : lang("monitor.rows", t.fullLoadRows()));
        }
        if (load.done()) {
            return "\u2714 " + lang("monitor.rows", load.rowsLoaded());
        }
        if (load.started() == null) {
            return lang("monitor.load.queued", load.rowsExpected());
        }
        return load.percent().map(p -> lang("monitor.load.progress", load.rowsLoaded(), load.rowsExpected(), p))
                .orElse(lang("monitor.load.progressUnknown", load.rowsLoaded()));
    }

    /** {@code 0:42 elapsed · ETA 2:10} while loading, {@code 0:42 elapsed} once loaded, empty without a record. */
    static String time(TableLoad load, Instant now) {
        if (load == null || load.started() == null || now == null) {
            return "";
        }
        String elapsed = clock(load.elapsed(now));
        return load.eta(now).map(eta -> lang("monitor.load.eta", elapsed, clock(eta))).orElse(lang(
                "monitor.load.elapsed", elapsed));
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
