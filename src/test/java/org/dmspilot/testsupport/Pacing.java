package org.dmspilot.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Spreads work over time: a write load's rate, a sampler's interval. Never a way to wait for something to happen;
 * a test that waits for a state polls it with a deadline (Awaitility).
 */
public final class Pacing {
    private Pacing() {
    }

    /**
     * Lets {@code interval} pass before the next piece of work.
     *
     * @throws InterruptedException when the thread is interrupted (the load or sampler should end)
     */
    public static void pause(Duration interval) throws InterruptedException {
        until(System.nanoTime() + interval.toNanos());
    }

    /**
     * Lets time pass until {@link System#nanoTime()} reaches {@code nanoTime} (no pause when it has already).
     *
     * @throws InterruptedException when the thread is interrupted (the load or sampler should end)
     */
    public static void until(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException("pacing interrupted");
            }
        }
    }
}
