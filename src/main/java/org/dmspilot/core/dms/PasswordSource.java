package org.dmspilot.core.dms;

import java.util.Optional;
import java.util.function.Supplier;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.model.ConnectionRole;

/**
 * Where the database passwords come from when they must reach AWS (an endpoint or a secret). Passwords are never
 * logged, stored in the project, or written to an export.
 */
@FunctionalInterface
public interface PasswordSource {
    Optional<String> password(ConnectionRole role);

    /** The project's passwords in the secret store ({@link SecretKeys#database}). */
    static PasswordSource secretStore(Supplier<SecretStore> store, String projectId) {
        return role -> store.get().get(SecretKeys.database(projectId, role)).map(String::new);
    }

    /** This source, then {@code other} for what it lacks. */
    default PasswordSource orElse(PasswordSource other) {
        return role -> password(role).or(() -> other.password(role));
    }

    /** The environment variables {@code DMSPILOT_SOURCE_PASSWORD} / {@code DMSPILOT_TARGET_PASSWORD}. */
    static PasswordSource environment() {
        return role -> Optional.ofNullable(System.getenv(role.passwordEnvVar())).filter(p -> !p.isEmpty());
    }
}
