package org.dmspilot.core.secrets;

import java.util.Locale;
import org.dmspilot.model.ConnectionRole;

/** The keys secrets are stored under: {@code dmspilot/<projectId>/source}, {@code .../target}, {@code .../source-ssh}. */
public final class SecretKeys {
    private SecretKeys() {
    }

    /** The key of a side's database password. */
    public static String database(String projectId, ConnectionRole role) {
        return "dmspilot/" + projectId + "/" + role.name().toLowerCase(Locale.ROOT);
    }

    /** The key of a side's SSH password or private-key passphrase. */
    public static String ssh(String projectId, ConnectionRole role) {
        return database(projectId, role) + "-ssh";
    }
}
