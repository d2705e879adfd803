package org.dmspilot.core.secrets;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets in memory for this run only: the user is asked once per run. Thread-safe. */
public final class SessionSecretStore implements SecretStore {
    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();
    private final String reason;

    /** A session store chosen on purpose. */
    public SessionSecretStore() {
        this(null);
    }

    /** @param reason why no OS keychain is used, shown in {@link #description()}; may be null */
    public SessionSecretStore(String reason) {
        this.reason = reason;
    }

    @Override
    public Optional<char[]> get(String key) {
        char[] secret = secrets.get(key);
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public void put(String key, char[] secret) {
        char[] old = secrets.put(key, secret.clone());
        wipe(old);
    }

    @Override
    public void delete(String key) {
        wipe(secrets.remove(key));
    }

    /** Forgets every secret (clears the copies). */
    public void clear() {
        for (String key : secrets.keySet()) {
            delete(key);
        }
    }

    @Override
    public boolean isPersistent() {
        return false;
    }

    @Override
    public String description() {
        return "Passwords are kept for this session only" + (reason == null ? "." : " (" + reason + ").");
    }

    /** Lists the keys, never the secrets. */
    @Override
    public String toString() {
        return "SessionSecretStore" + secrets.keySet();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
