package org.dmspilot.gui.wizard;

import java.util.List;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Project;

/**
 * The command line that runs a project's task on the local engine. Passwords are not part of it: the CLI reads
 * them from {@code DMSPILOT_SOURCE_PASSWORD} / {@code DMSPILOT_TARGET_PASSWORD}.
 */
final class LocalStart {
    private LocalStart() {
    }

    static String commandLine(Project project, String migrationType) {
        List<String> args = List.of("dmspilot", "migrate", "--source", quote(JdbcUrls.format(project.source(), null)),
                "--target", quote(JdbcUrls.format(project.target(), null)), "--schema",
                quote(project.source().database()), "--mode", migrationType);
        return ConnectionRole.SOURCE.passwordEnvVar() + "=... " + ConnectionRole.TARGET.passwordEnvVar() + "=... "
                + String.join(" ", args);
    }

    private static String quote(String s) {
        return "'" + String.valueOf(s).replace("'", "'\\''") + "'";
    }
}
