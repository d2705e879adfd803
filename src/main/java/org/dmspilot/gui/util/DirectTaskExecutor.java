package org.dmspilot.gui.util;

import java.util.concurrent.atomic.AtomicBoolean;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/** Runs tasks on the calling thread, callbacks included: for view-model tests without a screen. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <V> Cancellable execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        runAndReport(task, listener(cancelled));
        return () -> cancelled.set(true);
    }

    /** A listener that reports cancellation once {@code cancelled} is set, and ignores progress. */
    static ProgressListener listener(AtomicBoolean cancelled) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /** Runs the task on this thread and calls its success, failure or cancellation callback. */
    static <V> void runAndReport(BackgroundTask<V> task, ProgressListener listener) {
        V value;
        try {
            value = task.run(listener);
        } catch (CancelledException e) {
            task.cancelled();
            return;
        } catch (Exception | Error e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
