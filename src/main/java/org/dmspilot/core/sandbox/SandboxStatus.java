package org.dmspilot.core.sandbox;

import java.nio.file.Path;

/**
 * What {@code sandbox status} reports. Holds no password.
 *
 * @param pid the daemon's process id, 0 when none runs
 * @param sourcePort the MariaDB port, 0 when unknown
 * @param targetPort the PostgreSQL port, 0 when unknown
 * @param startedAt when the servers became ready (ISO-8601), null when unknown
 * @param detail what the daemon is doing (while starting) or why it failed; may be null
 */
public record SandboxStatus(State state, long pid, int sourcePort, boolean sourceAnswering, int targetPort,
        boolean targetAnswering, String startedAt, String detail, Path directory, Path logFile) {

    /** The life of a sandbox as seen from outside. */
    public enum State {
        /** The daemon runs and both servers answer. */
        RUNNING,
        /** The daemon runs and has not finished starting the servers. */
        STARTING,
        /** The daemon runs but a server does not answer. */
        UNHEALTHY,
        /** No daemon runs. */
        STOPPED
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
