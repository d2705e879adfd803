package org.dmspilot.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.dmspilot.core.progress.ProgressListener;

/** Progress on stderr, one line per new step (stdout stays clean for results); cancelled by interrupting. */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean quiet;
    private String last;

    ConsoleProgress(PrintWriter err) {
        this(err, false);
    }

    /** @param quiet print nothing (e.g. when stdout carries JSON and the user wants a clean terminal) */
    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        if (!quiet && message != null && !Objects.equals(message, last)) {
            last = message;
            err.println(total > 0 ? "[" + done + "/" + total + "] " + message : message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
