package org.dmspilot.core.secrets;

import java.util.Optional;

/**
 * Where passwords live, keyed by strings such as {@code dmspilot/<projectId>/source} (see {@link SecretKeys}).
 * Secrets go in and come out as {@code char[]}: the store keeps its own copy, and callers clear theirs after use.
 */
public interface SecretStore {
    /** A copy of the secret stored under {@code key}, or empty. */
    Optional<char[]> get(String key);

    /** Stores a copy of {@code secret} under {@code key}, replacing any earlier one. */
    void put(String key, char[] secret);

    /** Forgets the secret under {@code key}; nothing happens when there is none. */
    void delete(String key);

    /** Whether secrets survive the end of this run (an OS keychain) or not (this session only). */
    boolean isPersistent();

    /** For the user: where secrets are kept, and why when it is only this session. */
    String description();
}
