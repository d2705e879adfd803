package org.dmspilot.gui.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a pool of daemon threads, wrapping each in a JavaFX {@link Task} so the status bar can show its
 * progress and cancel it. Callbacks run on the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService pool;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dmspilot-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Jobs currently running; changed on the JavaFX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <V> Cancellable execute(BackgroundTask<V> task) {
        Task<V> fxTask = new Task<>() {
            @Override
            protected V call() throws Exception {
                updateTitle(task.title());
                return task.run(new ProgressListener() {
                    @Override
                    public void progress(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        fxTask.setOnSucceeded(e -> {
            running.remove(fxTask);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            running.remove(fxTask);
            Throwable error = fxTask.getException();
            if (error instanceof CancelledException) {
                task.cancelled();
            } else {
                LOG.error("{} failed", task.title(), error);
                task.failed(error);
            }
        });
        fxTask.setOnCancelled(e -> {
            running.remove(fxTask);
            task.cancelled();
        });
        runOnFx(() -> running.add(fxTask));
        pool.execute(fxTask);
        return () -> fxTask.cancel(true);
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
