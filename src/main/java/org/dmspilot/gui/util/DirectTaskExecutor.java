package org.dmspilot.gui.util;

import java.util.concurrent.atomic.AtomicBoolean;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/** Runs tasks on the calling thread, callbacks included: for view-model tests without a screen. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <V> Cancellable execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        V value;
        try {
            value = task.run(listener);
        } catch (CancelledException e) {
            task.cancelled();
            return () -> cancelled.set(true);
        } catch (Exception | Error e) {
            task.failed(e);
            return () -> cancelled.set(true);
        }
        task.succeeded(value);
        return () -> cancelled.set(true);
    }
}
