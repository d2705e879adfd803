package org.dmspilot.core.cutover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A validation that runs on a slow schedule instead of on every monitor refresh: the first read validates, later
 * reads return that result until it is older than {@code every}; {@link #validateNow()} runs it at once. A full
 * validation reads every row of both sides, so a monitor refreshing every 15 s must not start one each time.
 */
public final class ValidationSchedule implements Supplier<ValidationSummary> {
    private final Supplier<ValidationSummary> validation;
    private final Duration every;
    private final Clock clock;
    private ValidationSummary last;
    private Instant at;

    public ValidationSchedule(Supplier<ValidationSummary> validation, Duration every, Clock clock) {
        this.validation = validation;
        this.every = every;
        this.clock = clock;
    }

    /** The latest result, validating first when there is none or it is older than the schedule's interval. */
    @Override
    public synchronized ValidationSummary get() {
        if (last == null || Duration.between(at, clock.instant()).compareTo(every) >= 0) {
            return validateNow();
        }
        return last;
    }

    /** Validates now and keeps the result. */
    public synchronized ValidationSummary validateNow() {
        last = validation.get();
        at = clock.instant();
        return last;
    }

    /** When the kept result was made; null before the first validation. */
    public synchronized Instant validatedAt() {
        return at;
    }
}
