package org.dmspilot.gui.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.SeriesStats;
import org.dmspilot.core.monitor.TableStatistics;

/** A recorded run: one latency sample every 10 s for an hour, values given by the test. */
final class RecordedMetrics implements MigrationMetrics {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    final List<Sample> latency = new ArrayList<>();
    List<TableStatistics> tables = List.of(new TableStatistics("shop", "orders", true, 10, 2, 1, 0, 12, 12,
            "Validated"));

    RecordedMetrics(double value) {
        for (int i = 360; i >= 0; i--) {
            latency.add(new Sample(RecordedMetrics.NOW.minusSeconds(10L * i), value));
        }
    }

    @Override
    public List<Sample> series(Series series, Instant from, Instant to) {
        return switch (series) {
            case SOURCE_LATENCY, TARGET_LATENCY -> SeriesStats.window(latency, from, to);
            case INCOMING_CHANGES -> List.of(new Sample(to, 3));
            case THROUGHPUT -> List.of(new Sample(to, 250));
        };
    }

    @Override
    public List<TableStatistics> tableStatistics() {
        return tables;
    }
}
