package org.dmspilot.gui.util;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each task on a new thread, callbacks on that thread, and honours cancel while it runs: for view-model tests
 * of cancellation without a screen.
 */
public final class ThreadTaskExecutor implements TaskExecutor {
    @Override
    public <V> Cancellable execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread t = new Thread(() -> DirectTaskExecutor.runAndReport(task, DirectTaskExecutor.listener(cancelled)),
                "test-job");
        t.setDaemon(true);
        t.start();
        return () -> cancelled.set(true);
    }
}
