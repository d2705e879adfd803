package org.dmspilot.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's psql client for tests that run a generated script as a DBA would: the machine's own psql, or Debian's
 * built into a cached tree by {@code tools/psql-client.sh} on a machine without one (CI has only a JDK and Maven).
 */
public final class Psql {
    private static final Path SCRIPT = Path.of("tools", "psql-client.sh").toAbsolutePath();

    private Psql() {
    }

    /**
     * The command line that runs psql with these arguments (the client is built on first use).
     *
     * @param args psql's arguments
     * @return the command for a {@link ProcessBuilder}
     */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "run"));
        command.addAll(List.of(args));
        return command;
    }
}
