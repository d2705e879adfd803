package org.dmspilot.testsupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waiting for a condition in tests: polled every 50 ms until it holds or the deadline passes (never a fixed sleep). */
public final class Poll {
    private Poll() {
    }

    /** A condition that may read a database (and throw). */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Returns as soon as {@code condition} holds; fails after {@code timeout} with {@code what} and the state
     * {@code state} describes at that moment.
     */
    public static void until(Duration timeout, String what, Condition condition, Supplier<Object> state)
            throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not happen within " + timeout + (state == null ? ""
                        : ": " + state.get()));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** As {@link #until(Duration, String, Condition, Supplier)} without a state to report. */
    public static void until(Duration timeout, String what, Condition condition) throws Exception {
        until(timeout, what, condition, null);
    }
}
