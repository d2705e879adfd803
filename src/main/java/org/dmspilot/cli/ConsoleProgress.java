package org.dmspilot.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.dmspilot.core.progress.ProgressListener;

/** Progress on stderr, one line per new step (stdout stays clean for results). Never cancelled. */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private String last;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        if (message != null && !Objects.equals(message, last)) {
            last = message;
            err.println(total > 0 ? "[" + done + "/" + total + "] " + message : message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
