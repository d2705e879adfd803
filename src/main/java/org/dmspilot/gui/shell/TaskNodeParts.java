package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.control.Label;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/** What the monitors of both kinds of migration task need from the shell. */
final class TaskNodeParts {
    private TaskNodeParts() {
    }

    /** Opens the project's source or target with the password known to this session (asked for when missing). */
    static ConnectionFactory factory(MainViewModel vm, Project project, ConnectionRole role) {
        var profile = ProjectConnections.profile(project, role);
        char[] password = vm.connections().password(project, role).orElseThrow(() -> new DmsPilotException(
                lang("tree.dmsTask.noPassword", profile.describe())));
        return () -> vm.connections().open(profile, password).connection();
    }

    /** PostgreSQL connections in logical replication mode for the project's target (the fallback stream's). */
    static ConnectionFactory replication(MainViewModel vm, Project project) {
        var profile = ProjectConnections.profile(project, ConnectionRole.TARGET);
        char[] password = vm.connections().password(project, ConnectionRole.TARGET).orElseThrow(
                () -> new DmsPilotException(lang("tree.dmsTask.noPassword", profile.describe())));
        return org.dmspilot.core.engine.ProfileConnections.replicationFactory(profile, password);
    }

    /** Shown instead of a monitor that cannot open. */
    static Label problem(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        return label;
    }
}
