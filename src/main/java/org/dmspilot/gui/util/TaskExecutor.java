package org.dmspilot.gui.util;

/** Runs {@link BackgroundTask}s. The application uses {@link FxTaskExecutor}; tests use {@link DirectTaskExecutor}. */
public interface TaskExecutor {
    /** Starts the task and returns a handle to cancel it. */
    <V> Cancellable execute(BackgroundTask<V> task);

    /** A running job that can be asked to stop. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
