package org.dmspilot.gui.wizard;

import java.util.List;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/**
 * The command line that runs a project's task on the local engine. Passwords are not part of it: the CLI reads
 * them from {@code DMSPILOT_SOURCE_PASSWORD} / {@code DMSPILOT_TARGET_PASSWORD}.
 */
final class LocalStart {
    /** Where the command line expects the task's edited table mappings (exported from the Task page). */
    static final String TABLE_MAPPINGS_FILE = "table-mappings.json";

    private LocalStart() {
    }

    static String commandLine(Project project, String migrationType) {
        List<String> args = new java.util.ArrayList<>(List.of("dmspilot", "migrate", "--source", quote(JdbcUrls.format(project.source(), null)),
                "--target", quote(JdbcUrls.format(project.target(), null)), "--schema",
                quote(project.source().database()), "--mode", migrationType));
        if (project.migrationTask().tableMappings() != null) {
            args.addAll(List.of("--table-mappings", TABLE_MAPPINGS_FILE));
        }
        return ConnectionRole.SOURCE.passwordEnvVar() + "=... " + ConnectionRole.TARGET.passwordEnvVar() + "=... "
                + String.join(" ", args);
    }

    private static String quote(String s) {
        return "'" + String.valueOf(s).replace("'", "'\\''") + "'";
    }
}
