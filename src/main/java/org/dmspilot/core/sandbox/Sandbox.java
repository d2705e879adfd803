package org.dmspilot.core.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.SandboxStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox a first-time user starts with: an embedded MariaDB 11.4 (binlog ROW, server id) loaded with the
 * {@link Shopwave} sample, and an embedded PostgreSQL 16 with an empty {@code shopwave} database as the target.
 *
 * <p>The servers run in a detached daemon process ({@link SandboxDaemon}), so they outlive the command or window
 * that started them; a second {@link #start} finds and reuses them. Data, passwords and the log live in
 * {@code <home>/sandbox}, home being the system property {@code dmspilot.home}, else the environment variable
 * {@code DMSPILOT_HOME}, else {@code ~/.dmspilot}. Default ports are 3307 and 5433 (free ports when taken; the
 * system properties {@code dmspilot.sandbox.sourcePort} / {@code targetPort} choose others, 0 for any).
 *
 * <p>The CLI ({@code dmspilot sandbox start|stop|status}) and the GUI (File → Open Sandbox) both call this class.
 * Methods block; call them off the UI thread.
 */
public final class Sandbox {
    static final String START_TIMEOUT_PROPERTY = "dmspilot.sandbox.startTimeoutSeconds";
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private static final long POLL_MILLIS = 200;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private Sandbox() {
    }

    /**
     * Starts the sandbox, or finds it already running. The first start installs both servers and loads shopwave
     * (10 to 30 s); later starts take a few seconds; finding it running is immediate.
     *
     * @param progress receives the steps ("Starting MariaDB 11.4…", "Loading the shopwave sample…"); cancelling
     *     stops the half-started daemon
     * @return the two connections, with passwords
     * @throws DmsPilotException if the servers do not start (the message names the log file), or, in one line, if
     *     this build has no embedded server binaries for this platform
     */
    public static synchronized SandboxInfo start(ProgressListener progress) {
        return start(SandboxPaths.resolve(), progress);
    }

    /**
     * Stops the sandbox servers cleanly and waits until they are down.
     *
     * @return false if no sandbox was running
     */
    public static synchronized boolean stop(ProgressListener progress) {
        return stop(SandboxPaths.resolve(), progress);
    }

    /** Where the desktop app keeps its project on the sandbox ({@code <home>/sandbox/shopwave.dmspilot.json}). */
    public static java.nio.file.Path projectFile() {
        return SandboxPaths.resolve().projectFile();
    }

    /** Whether the sandbox runs and both servers answer. Quick: no server is started or stopped. */
    public static synchronized SandboxStatus status() {
        return status(SandboxPaths.resolve());
    }

    static SandboxInfo start(SandboxPaths paths, ProgressListener progress) {
        SandboxStatus status = status(paths);
        if (status.state() == State.RUNNING) {
            LOG.info("Sandbox already running (pid {})", status.pid());
            return info(paths, true);
        }
        if (status.state() == State.UNHEALTHY) {
            progress.progress(-1, -1, "The sandbox does not answer; restarting it…");
            stop(paths, progress);
            status = status(paths);
        }
        Process spawned = null;
        if (status.state() == State.STOPPED) {
            SandboxBinaries.requireAvailable(SandboxBinaries.Platform.current());
            SandboxFiles.deleteQuietly(paths.stateFile());
            SandboxFiles.deleteQuietly(paths.progressFile());
            progress.progress(-1, -1, "Starting the sandbox…");
            try {
                spawned = DaemonLauncher.launch(paths);
            } catch (IOException e) {
                throw new DmsPilotException("Could not start the sandbox in " + paths.directory() + ": " + e, e);
            }
        }
        return awaitReady(paths, spawned, progress);
    }

    private static SandboxInfo awaitReady(SandboxPaths paths, Process spawned, ProgressListener progress) {
        long timeoutSeconds = Long.getLong(START_TIMEOUT_PROPERTY, 300);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        String shown = null;
        while (true) {
            String message = SandboxFiles.readString(paths.progressFile()).orElse(null);
            if (message != null && message.startsWith(SandboxDaemon.FAILED)) {
                awaitLockReleased(paths, Duration.ofSeconds(30)); // the daemon is stopping what it started
                throw new DmsPilotException("The sandbox did not start: "
                        + message.substring(SandboxDaemon.FAILED.length()) + " See the log: " + paths.logFile());
            }
            if (message != null && !message.equals(shown) && !message.equals(SandboxDaemon.READY)
                    && !message.equals(SandboxDaemon.STOPPED)) {
                progress.progress(-1, -1, message);
                shown = message;
            }
            SandboxStatus status = status(paths);
            if (status.state() == State.RUNNING) {
                return info(paths, false);
            }
            if (status.state() == State.STOPPED && (spawned == null || !spawned.isAlive())) {
                String exit = spawned == null ? "" : " (exit code " + spawned.exitValue() + ")";
                throw new DmsPilotException("The sandbox process ended before its servers were ready" + exit
                        + ". See the log: " + paths.logFile());
            }
            if (progress.isCancelled()) {
                stopQuietly(paths);
                throw new CancelledException();
            }
            if (System.nanoTime() > deadline) {
                stopQuietly(paths);
                throw new DmsPilotException("The sandbox did not start within " + timeoutSeconds + " s (last step: "
                        + (shown == null ? "none" : shown) + "); it was stopped. See the log: " + paths.logFile());
            }
            sleep(POLL_MILLIS);
        }
    }

    private static void awaitLockReleased(SandboxPaths paths, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (DaemonLock.isHeld(paths.lockFile()) && System.nanoTime() < deadline) {
            sleep(POLL_MILLIS);
        }
    }

    static boolean stop(SandboxPaths paths, ProgressListener progress) {
        if (!DaemonLock.isHeld(paths.lockFile())) {
            SandboxFiles.deleteQuietly(paths.stateFile());
            return false;
        }
        long pid = DaemonLock.holderPid(paths.lockFile());
        Optional<ProcessHandle> daemon = ProcessHandle.of(pid).filter(DaemonLauncher::isDaemon);
        if (daemon.isEmpty()) {
            throw new DmsPilotException("The sandbox lock " + paths.lockFile() + " is held, but not by a sandbox"
                    + " process (pid " + pid + "). Nothing was stopped.");
        }
        Optional<SandboxFiles.State> state = SandboxFiles.readJson(paths.stateFile(), SandboxFiles.State.class);
        progress.progress(-1, -1, "Stopping the sandbox…");
        LOG.info("Stopping the sandbox daemon (pid {})", pid);
        daemon.get().destroy();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (daemon.get().isAlive() || DaemonLock.isHeld(paths.lockFile())
                || state.map(s -> Ports.answers(s.source().port()) || Ports.answers(s.target().port())).orElse(false)) {
            if (System.nanoTime() > deadline) {
                daemon.get().destroyForcibly();
                throw new DmsPilotException("The sandbox did not stop within " + STOP_TIMEOUT.toSeconds()
                        + " s; its process was killed. See the log: " + paths.logFile());
            }
            sleep(POLL_MILLIS);
        }
        return true;
    }

    static SandboxStatus status(SandboxPaths paths) {
        String detail = SandboxFiles.readString(paths.progressFile()).orElse(null);
        if (!DaemonLock.isHeld(paths.lockFile())) {
            String failure = detail != null && detail.startsWith(SandboxDaemon.FAILED) ? detail : null;
            return new SandboxStatus(State.STOPPED, 0, 0, false, 0, false, null, failure, paths.directory(),
                    paths.logFile());
        }
        long pid = DaemonLock.holderPid(paths.lockFile());
        Optional<SandboxFiles.State> state = SandboxFiles.readJson(paths.stateFile(), SandboxFiles.State.class)
                .filter(s -> s.pid() == pid);
        if (state.isEmpty()) {
            return new SandboxStatus(State.STARTING, pid, 0, false, 0, false, null, detail, paths.directory(),
                    paths.logFile());
        }
        SandboxFiles.State s = state.get();
        boolean source = Ports.answers(s.source().port());
        boolean target = Ports.answers(s.target().port());
        return new SandboxStatus(source && target ? State.RUNNING : State.UNHEALTHY, pid, s.source().port(), source,
                s.target().port(), target, s.startedAt(), null, paths.directory(), paths.logFile());
    }

    private static SandboxInfo info(SandboxPaths paths, boolean reused) {
        SandboxFiles.State state = SandboxFiles.readJson(paths.stateFile(), SandboxFiles.State.class)
                .orElseThrow(() -> new DmsPilotException("The sandbox state " + paths.stateFile()
                        + " cannot be read."));
        return new SandboxInfo(state.source(), state.target(), state.pid(), reused, paths.directory(),
                paths.logFile());
    }

    private static void stopQuietly(SandboxPaths paths) {
        try {
            stop(paths, ProgressListener.NONE);
        } catch (DmsPilotException e) {
            LOG.warn("Could not stop the half-started sandbox: {}", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
