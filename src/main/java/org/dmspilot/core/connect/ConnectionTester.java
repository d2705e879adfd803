package org.dmspilot.core.connect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests a connection profile: opens a connection, asks the server for its version, closes it. Failures are results,
 * not exceptions. The test runs on a worker thread so that it honours cancellation and always ends shortly after the
 * connect timeout, whatever the driver does.
 */
public final class ConnectionTester {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTester.class);
    private static final long GRACE_MILLIS = 5_000;
    private final DatabaseConnector connector;

    public ConnectionTester() {
        this(new DatabaseConnector());
    }

    public ConnectionTester(DatabaseConnector connector) {
        this.connector = connector;
    }

    /** Tests a profile without SSH secret, not cancellable. */
    public ConnectionTestResult test(ConnectionProfile profile, String password) {
        return test(profile, password == null ? null : password.toCharArray(), null, ProgressListener.NONE);
    }

    /** Tests a profile without SSH secret, not cancellable. */
    public ConnectionTestResult test(ConnectionProfile profile, char[] password) {
        return test(profile, password, null, ProgressListener.NONE);
    }

    /**
     * Tests a profile. The arrays are copied; the caller keeps (and clears) its own.
     *
     * @param sshSecret the SSH password or key passphrase, when the profile has a tunnel
     * @param progress told what happens; polled for cancellation every 100 ms
     * @throws CancelledException when {@code progress} asks to stop (a connection opened later is closed at once)
     */
    public ConnectionTestResult test(ConnectionProfile profile, char[] password, char[] sshSecret,
            ProgressListener progress) {
        long start = System.nanoTime();
        char[] pw = password == null ? null : password.clone();
        char[] ssh = sshSecret == null ? null : sshSecret.clone();
        progress.progress(0, -1, "Connecting to " + (profile.engine() == null ? "the database"
                : profile.engine().displayName() + " at " + profile.describe()));
        CompletableFuture<ConnectionTestResult> outcome = new CompletableFuture<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(attempt(profile, pw, ssh, start, abandoned));
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            } finally {
                wipe(pw);
                wipe(ssh);
            }
        }, "dmspilot-connection-test");
        worker.setDaemon(true);
        worker.start();
        long budget = TimeUnit.SECONDS.toMillis((long) profile.connectTimeoutSeconds() * (profile.ssh() == null ? 1 : 3))
                + GRACE_MILLIS;
        while (true) {
            try {
                return outcome.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (progress.isCancelled()) {
                    abandoned.set(true);
                    worker.interrupt();
                    throw new CancelledException();
                }
                if (elapsed(start).toMillis() > budget) {
                    abandoned.set(true);
                    worker.interrupt();
                    String message = ConnectionFailures.message(FailureKind.TIMEOUT, profile, e, profile.ssh() != null);
                    return ConnectionTestResult.failed(FailureKind.TIMEOUT, message, elapsed(start));
                }
            } catch (InterruptedException e) {
                abandoned.set(true);
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                LOG.warn("Connection test of {} failed unexpectedly", profile.describe(), e.getCause());
                String message = UrlRedaction.redact("Cannot connect to " + profile.describe() + ": "
                        + ConnectionFailures.detail(e.getCause()));
                return ConnectionTestResult.failed(FailureKind.OTHER, message, elapsed(start));
            }
        }
    }

    private ConnectionTestResult attempt(ConnectionProfile profile, char[] password, char[] sshSecret, long start,
            AtomicBoolean abandoned) {
        try (ConnectionHandle handle = connector.open(profile, password, sshSecret)) {
            ServerInfo info = ServerInfo.read(handle.connection(), profile.engine());
            String message = "Connected to " + info.version() + " at " + profile.describe()
                    + (handle.isTunnelled() ? " through the SSH tunnel via " + profile.ssh().host() : "")
                    + (info.tlsProtocol() == null ? " (not encrypted)." : " (" + info.tlsProtocol() + ").");
            return ConnectionTestResult.succeeded(info.version(), info.tlsProtocol(), message, elapsed(start));
        } catch (ConnectionFailedException e) {
            if (!abandoned.get()) {
                LOG.info("Connection test failed ({}): {}", e.kind(), e.getMessage());
            }
            return ConnectionTestResult.failed(e.kind(), e.getMessage(), elapsed(start));
        } catch (SQLException e) {
            FailureKind kind = ConnectionFailures.classify(e);
            String message = UrlRedaction.redact(ConnectionFailures.message(kind, profile, e,
                    profile.ssh() != null));
            return ConnectionTestResult.failed(kind, message, elapsed(start));
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
