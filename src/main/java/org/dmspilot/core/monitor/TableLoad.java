package org.dmspilot.core.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One table's full load (or reload) as the engine records it while it copies: rows copied so far, the rows it expects
 * (the source's estimate, replaced by the rows copied once the table is done), when it started and finished.
 *
 * @param table source table
 * @param rowsLoaded rows copied so far
 * @param rowsExpected the source's row estimate while loading (-1 when unknown); the rows copied once finished
 * @param started when the first chunk started (null while queued)
 * @param finished when the last chunk finished (null while loading)
 */
public record TableLoad(String table, long rowsLoaded, long rowsExpected, Instant started, Instant finished) {

    /** Whether every chunk of the table was copied. */
    public boolean done() {
        return finished != null;
    }

    /**
     * Percent of the table copied: 100 once finished; while loading, of the estimate, at most 99 (an estimate can
     * be below the real count); empty when the estimate is unknown.
     */
    public Optional<Integer> percent() {
        if (done()) {
            return Optional.of(100);
        }
        if (rowsExpected <= 0) {
            return rowsExpected == 0 && started != null ? Optional.of(99) : Optional.empty();
        }
        return Optional.of((int) Math.min(99, rowsLoaded * 100 / rowsExpected));
    }

    /** Time spent loading: up to {@code now} while loading, until it finished once done; zero while queued. */
    public Duration elapsed(Instant now) {
        if (started == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(started, done() ? finished : now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Time left at the table's rate so far, for the rows the estimate still expects: empty when done, queued, or
     * when no rate or estimate is known yet.
     */
    public Optional<Duration> eta(Instant now) {
        if (done() || started == null || rowsExpected <= 0 || rowsLoaded <= 0) {
            return Optional.empty();
        }
        long millis = elapsed(now).toMillis();
        if (millis <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, rowsExpected - rowsLoaded);
        return Optional.of(Duration.ofMillis((long) (left * (double) millis / rowsLoaded)));
    }
}
