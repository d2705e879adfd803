package org.dmspilot.testsupport;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Waiting in tests: a condition checked again and again until it holds or a deadline passes, failing with what was
 * awaited and what was last seen. The only pause is the polling interval between two checks.
 */
public final class Poll {
    private static final long INTERVAL_MILLIS = 50;

    private Poll() {
    }

    /** A check that may throw (SQL, I/O) and says whether the awaited state is reached. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @param what what is awaited, for the failure message
     * @param lastSeen what was observed, for the failure message (called once, on failure)
     * @throws AssertionError when the deadline passes first
     */
    public static void until(String what, Duration timeout, Supplier<String> lastSeen, Condition condition)
            throws Exception {
        value(what, timeout, lastSeen, () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Waits until {@code condition} holds. */
    public static void until(String what, Duration timeout, Condition condition) throws Exception {
        until(what, timeout, () -> "", condition);
    }

    /** Waits until {@code condition} holds, checking every {@code interval} (for a state that lasts only moments). */
    public static void until(String what, Duration timeout, Duration interval, Condition condition) throws Exception {
        value(what, timeout, interval, () -> "",
                () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Waits until {@code probe} returns a value and returns it. */
    public static <T> T value(String what, Duration timeout, Supplier<String> lastSeen, Callable<Optional<T>> probe)
            throws Exception {
        return value(what, timeout, Duration.ofMillis(INTERVAL_MILLIS), lastSeen, probe);
    }

    private static <T> T value(String what, Duration timeout, Duration interval, Supplier<String> lastSeen,
            Callable<Optional<T>> probe) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> v = probe.call();
            if (v.isPresent()) {
                return v.get();
            }
            if (System.nanoTime() > end) {
                String seen = lastSeen.get();
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what
                        + (seen == null || seen.isEmpty() ? "" : "; last seen: " + seen));
            }
            Thread.sleep(interval.toMillis()); // the polling interval
        }
    }

    /**
     * Checks that {@code invariant} keeps holding for {@code period} (sampled at the polling interval), e.g. a status
     * while a server stays down; fails at the first sample where it does not.
     */
    public static void holdsFor(String what, Duration period, Condition invariant) throws Exception {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            if (!invariant.holds()) {
                throw new AssertionError(what + " stopped holding before " + period.toSeconds() + " s passed");
            }
            Thread.sleep(INTERVAL_MILLIS * 5); // the sampling interval
        }
    }
}
