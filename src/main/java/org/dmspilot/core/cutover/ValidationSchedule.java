package org.dmspilot.core.cutover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A validation that runs on a slow schedule instead of on every monitor refresh: the first read validates, later
 * reads return that result until it is older than {@code every}; {@link #validateNow()} runs it at once, and
 * {@link #record} keeps a result validated elsewhere (the monitor's "Validate now"). A full validation reads every
 * row of both sides, so a monitor refreshing every 15 s must not start one each time. No lock is held while
 * validating: {@link #record} from the UI thread never waits for a validation in the background.
 */
public final class ValidationSchedule implements Supplier<ValidationSummary> {
    private record Kept(ValidationSummary summary, Instant at) {
    }

    private final Supplier<ValidationSummary> validation;
    private final Duration every;
    private final Clock clock;
    private final AtomicReference<Kept> last = new AtomicReference<>();

    public ValidationSchedule(Supplier<ValidationSummary> validation, Duration every, Clock clock) {
        this.validation = validation;
        this.every = every;
        this.clock = clock;
    }

    /** The latest result, validating first when there is none or it is older than the schedule's interval. */
    @Override
    public ValidationSummary get() {
        Kept kept = last.get();
        if (kept == null || Duration.between(kept.at(), clock.instant()).compareTo(every) >= 0) {
            return validateNow();
        }
        return kept.summary();
    }

    /** Validates now and keeps the result (unless a newer one was recorded meanwhile). */
    public ValidationSummary validateNow() {
        Instant started = clock.instant();
        ValidationSummary result = validation.get();
        Kept now = new Kept(result, started);
        Kept kept = last.accumulateAndGet(now, (was, mine) -> was != null && was.at().isAfter(mine.at()) ? was
                : mine);
        return kept.summary();
    }

    /**
     * Keeps a result validated elsewhere (the monitor's "Validate now"), so that later reads return it instead of an
     * older one; the schedule's interval starts again from now.
     */
    public ValidationSummary record(ValidationSummary result) {
        last.set(new Kept(result, clock.instant()));
        return result;
    }

    /** When the kept result was made; null before the first validation. */
    public Instant validatedAt() {
        Kept kept = last.get();
        return kept == null ? null : kept.at();
    }
}
