package org.dmspilot.core.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.dmspilot.core.DmsPilotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox daemon: a JVM of its own, started detached by {@link Sandbox#start}, that runs the embedded MariaDB and
 * PostgreSQL until it receives SIGTERM, then stops both cleanly. It holds {@code daemon.lock} for its whole life,
 * reports what it is doing in {@code progress.txt} and writes {@code state.json} (ports, pid, passwords; mode 600)
 * once both servers answer. Not meant to be run by hand.
 */
public final class SandboxDaemon {
    static final String SOURCE_PORT_PROPERTY = "dmspilot.sandbox.sourcePort";
    static final String TARGET_PORT_PROPERTY = "dmspilot.sandbox.targetPort";
    static final int DEFAULT_SOURCE_PORT = 3307;
    static final int DEFAULT_TARGET_PORT = 5433;
    static final String READY = "Ready";
    static final String STOPPED = "Stopped";
    static final String FAILED = "FAILED: ";
    static final int EXIT_ALREADY_RUNNING = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDaemon.class);
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static SandboxDaemon running;
    private final SandboxPaths paths;
    private final SandboxServers servers;
    /** Held in a field: an unreachable channel would be closed by the GC, releasing the lock. */
    private DaemonLock lock;
    private volatile boolean failed;

    private SandboxDaemon(SandboxPaths paths) {
        this.paths = paths;
        this.servers = new SandboxServers(paths);
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxDaemon daemon = new SandboxDaemon(SandboxPaths.resolve());
        int code = daemon.run();
        if (code != 0) {
            System.exit(code);
        }
        synchronized (SandboxDaemon.class) {
            running = daemon;
        }
        new CountDownLatch(1).await(); // serve until SIGTERM; the shutdown hook stops the servers
    }

    private int run() {
        long pid = ProcessHandle.current().pid();
        LOG.info("Sandbox daemon (pid {}) starting in {}", pid, paths.directory());
        try {
            lock = DaemonLock.acquire(paths.lockFile(), Duration.ofSeconds(3)).orElse(null);
        } catch (IOException e) {
            LOG.error("Cannot take the lock {}", paths.lockFile(), e);
            return 1;
        }
        if (lock == null) {
            LOG.warn("Another sandbox daemon holds {}; this one exits", paths.lockFile());
            return EXIT_ALREADY_RUNNING;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "sandbox-shutdown"));
        try {
            SandboxFiles.deleteQuietly(paths.stateFile());
            SandboxFiles.Secrets secrets = secrets();
            int sourcePort = port(SOURCE_PORT_PROPERTY, DEFAULT_SOURCE_PORT);
            servers.startSource(sourcePort, secrets.sourcePassword(), this::progress);
            int targetPort = port(TARGET_PORT_PROPERTY, DEFAULT_TARGET_PORT);
            servers.startTarget(targetPort, secrets.targetPassword(), this::progress);
            SandboxFiles.writeJson(paths.stateFile(), new SandboxFiles.State(pid, Instant.now().toString(),
                    SandboxConnection.mariaDb(sourcePort, SandboxServers.USER, secrets.sourcePassword()),
                    SandboxConnection.postgres(targetPort, SandboxServers.USER, secrets.targetPassword())));
            progress(READY);
            LOG.info("Sandbox ready: MariaDB on 127.0.0.1:{}, PostgreSQL on 127.0.0.1:{}", sourcePort, targetPort);
            return 0;
        } catch (Exception e) {
            LOG.error("The sandbox could not start", e);
            failed = true;
            progress(FAILED + (e instanceof DmsPilotException ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    private void shutdown() {
        LOG.info("Stopping the sandbox servers");
        SandboxFiles.deleteQuietly(paths.stateFile());
        servers.close();
        if (!failed) {
            progress(STOPPED);
        }
        LOG.info("Sandbox daemon stopped");
    }

    private void progress(String message) {
        if (!message.startsWith(FAILED)) {
            LOG.info("{}", message);
        }
        try {
            SandboxFiles.writeOwnerOnly(paths.progressFile(), message + "\n");
        } catch (IOException e) {
            LOG.warn("Cannot write {}: {}", paths.progressFile(), e.toString());
        }
    }

    /** The preferred port from a system property (0: any free one), or a free one when it is taken. */
    private static int port(String property, int preferred) {
        int wanted = Integer.getInteger(property, preferred);
        int port = Ports.choose(wanted);
        if (wanted > 0 && port != wanted) {
            LOG.info("Port {} is taken; using {}", wanted, port);
        }
        return port;
    }

    /** The passwords of earlier starts, or new random ones on the first start. */
    private SandboxFiles.Secrets secrets() throws IOException {
        Optional<SandboxFiles.Secrets> known = SandboxFiles.readJson(paths.secretsFile(), SandboxFiles.Secrets.class)
                .filter(s -> s.sourcePassword() != null && s.targetPassword() != null);
        if (known.isPresent()) {
            return known.get();
        }
        if (Files.exists(paths.postgresReady())) {
            throw new DmsPilotException("The sandbox passwords (" + paths.secretsFile() + ") are missing, so the"
                    + " existing PostgreSQL target cannot be opened. Restore that file, or delete "
                    + paths.postgresData().getParent() + " to rebuild an empty target.");
        }
        SandboxFiles.Secrets fresh = new SandboxFiles.Secrets(randomPassword(), randomPassword());
        SandboxFiles.writeJson(paths.secretsFile(), fresh);
        return fresh;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return sb.toString();
    }
}
