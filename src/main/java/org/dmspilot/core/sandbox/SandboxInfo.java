package org.dmspilot.core.sandbox;

import java.nio.file.Path;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;

/**
 * A running sandbox: the MariaDB source with shopwave and the PostgreSQL target with an empty {@code shopwave}
 * database.
 *
 * @param pid the daemon process that owns both servers
 * @param reused true when the servers were already running and this start only found them
 * @param directory where the sandbox keeps its data
 * @param logFile the daemon's log
 */
public record SandboxInfo(SandboxConnection source, SandboxConnection target, long pid, boolean reused,
        Path directory, Path logFile) {

    /** The source as a connection profile (engine MariaDB). */
    public ConnectionProfile sourceProfile() {
        return source.profile(Engine.MARIADB);
    }

    /** The target as a connection profile (engine PostgreSQL). */
    public ConnectionProfile targetProfile() {
        return target.profile(Engine.POSTGRESQL);
    }
}
