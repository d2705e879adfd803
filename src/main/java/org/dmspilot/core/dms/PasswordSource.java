package org.dmspilot.core.dms;

import java.util.Optional;
import org.dmspilot.model.ConnectionRole;

/**
 * Where the database passwords come from when they must reach AWS (an endpoint or a secret). Passwords are never
 * logged, stored in the project, or written to an export.
 */
@FunctionalInterface
public interface PasswordSource {
    Optional<String> password(ConnectionRole role);

    /** The environment variables {@code DMSPILOT_SOURCE_PASSWORD} / {@code DMSPILOT_TARGET_PASSWORD}. */
    static PasswordSource environment() {
        return role -> Optional.ofNullable(System.getenv(role.passwordEnvVar())).filter(p -> !p.isEmpty());
    }
}
