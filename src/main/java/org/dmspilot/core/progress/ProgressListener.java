package org.dmspilot.core.progress;

/**
 * How core work reports progress and learns it should stop. The GUI adapts it to a progress bar with a cancel
 * button, the CLI to a console line. Implementations must be thread-safe.
 */
public interface ProgressListener {
    /** A listener that ignores progress and is never cancelled. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     * @param message what is happening now, for the user
     */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
