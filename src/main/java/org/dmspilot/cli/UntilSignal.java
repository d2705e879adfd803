package org.dmspilot.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a long-lived job in the foreground (CDC, the fallback stream) so that Ctrl-C and SIGTERM stop it cleanly: the
 * shutdown hook asks the job to stop and waits up to 30 s for it to finish its batch.
 */
final class UntilSignal {
    private UntilSignal() {
    }

    static void run(Runnable work, Runnable stop, PrintWriter err, String message) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread onTerm = new Thread(() -> {
            err.println(message);
            err.flush();
            stop.run();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dmspilot-stop");
        Runtime.getRuntime().addShutdownHook(onTerm);
        try {
            work.run();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onTerm);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch above
            }
        }
    }
}
