package org.dmspilot.gui.util;

import java.util.Objects;
import java.util.function.Consumer;
import org.dmspilot.core.progress.ProgressListener;

/**
 * A unit of background work with its title and callbacks. View models describe work with this class and hand it to
 * a {@link TaskExecutor}; they never start threads themselves. Callbacks run on the JavaFX thread in the application
 * and on the calling thread in tests ({@link DirectTaskExecutor}).
 *
 * @param <V> the result type
 */
public final class BackgroundTask<V> {
    /** The work: runs off the UI thread, reports progress and checks cancellation through the listener. */
    @FunctionalInterface
    public interface Work<V> {
        V run(ProgressListener progress) throws Exception;
    }

    private final String title;
    private final Work<V> work;
    private Consumer<V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<V> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<V> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    V run(ProgressListener progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(V value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }
}
