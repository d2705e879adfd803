package org.dmspilot.gui.connection;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/**
 * The project's connections for the GUI: passwords from the secret store (the OS keychain, or this session's
 * memory), asked once when missing; connections opened off the UI thread.
 */
public final class ProjectConnections {
    private final SecretStore store;
    private final DatabaseConnector connector;
    private final DialogService dialogs;

    public ProjectConnections(SecretStore store, DatabaseConnector connector, DialogService dialogs) {
        this.store = store;
        this.connector = connector;
        this.dialogs = dialogs;
    }

    public SecretStore store() {
        return store;
    }

    /**
     * The profile of {@code role}, or an error saying it is not configured.
     */
    public static ConnectionProfile profile(Project project, ConnectionRole role) {
        ConnectionProfile profile = role == ConnectionRole.SOURCE ? project.source() : project.target();
        if (profile == null) {
            throw new DmsPilotException(role == ConnectionRole.SOURCE ? lang("connection.sourceMissing")
                    : lang("connection.targetMissing"));
        }
        return profile;
    }

    /**
     * The password for a side of the project: from the store, or asked once and remembered there. Call on the UI
     * thread; empty when the user cancels.
     */
    public Optional<char[]> password(Project project, ConnectionRole role) {
        String key = SecretKeys.database(project.id(), role);
        Optional<char[]> known = store.get(key);
        if (known.isPresent()) {
            return known;
        }
        ConnectionProfile profile = profile(project, role);
        Optional<char[]> asked = dialogs.askPassword(lang("dialog.password.title"),
                lang("dialog.password.prompt", profile.user(), profile.describe()));
        asked.ifPresent(pw -> store.put(key, pw));
        return asked;
    }

    /** Opens a connection; call off the UI thread. */
    public ConnectionHandle open(ConnectionProfile profile, char[] password) {
        return connector.open(profile, password);
    }
}
