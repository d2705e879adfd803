package org.dmspilot.core.sandbox;

import java.nio.file.Path;

/**
 * Where the sandbox keeps its files: {@code <home>/sandbox}, with home from the system property
 * {@code dmspilot.home}, else the environment variable {@code DMSPILOT_HOME}, else {@code ~/.dmspilot}.
 */
record SandboxPaths(Path home) {
    static final String HOME_PROPERTY = "dmspilot.home";
    static final String HOME_ENV = "DMSPILOT_HOME";

    SandboxPaths {
        home = home.toAbsolutePath().normalize();
    }

    /** The paths for this process's settings. */
    static SandboxPaths resolve() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            home = System.getenv(HOME_ENV);
        }
        if (home == null || home.isBlank()) {
            return new SandboxPaths(Path.of(System.getProperty("user.home"), ".dmspilot"));
        }
        return new SandboxPaths(Path.of(home));
    }

    Path directory() {
        return home.resolve("sandbox");
    }

    /** Connections, passwords and the daemon's pid while it runs (owner-only). */
    Path stateFile() {
        return directory().resolve("state.json");
    }

    /** Passwords chosen on the first start, kept for the next ones (owner-only). */
    Path secretsFile() {
        return directory().resolve("secrets.json");
    }

    /** Held (file lock) by the daemon for its whole life; holds its pid. */
    Path lockFile() {
        return directory().resolve("daemon.lock");
    }

    /** One line: what the daemon is doing now, or {@code FAILED: why}. */
    Path progressFile() {
        return directory().resolve("progress.txt");
    }

    /** The project the desktop app opens on the sandbox, saved there so its tasks and cutover log persist. */
    Path projectFile() {
        return directory().resolve("shopwave.dmspilot.json");
    }

    Path logFile() {
        return directory().resolve("sandbox.log");
    }

    Path mariaDbBase() {
        return directory().resolve("mariadb").resolve("base");
    }

    Path mariaDbData() {
        return directory().resolve("mariadb").resolve("data");
    }

    /** Written once shopwave is loaded; without it the MariaDB data are rebuilt. */
    Path mariaDbReady() {
        return directory().resolve("mariadb").resolve("initialized");
    }

    Path postgresData() {
        return directory().resolve("postgres").resolve("data");
    }

    Path postgresBinaries() {
        return directory().resolve("postgres").resolve("dist");
    }

    /** Written once the target database and login exist; without it the PostgreSQL data are rebuilt. */
    Path postgresReady() {
        return directory().resolve("postgres").resolve("initialized");
    }
}
