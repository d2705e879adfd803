package org.dmspilot.core.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dmspilot.core.DmsPilotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the operating system's keychain (macOS Keychain, Windows Credential Manager, the freedesktop Secret
 * Service on Linux) through java-keyring, under the service name {@value #SERVICE} with the key as account. Each call
 * is bounded by a timeout, so a keychain daemon that does not answer cannot hang the caller.
 */
public final class KeyringSecretStore implements SecretStore {
    /** The service name entries are stored under. */
    public static final String SERVICE = "dmspilot";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);
    private static final long TIMEOUT_SECONDS = 5;
    private final Keyring keyring;
    private final ExecutorService calls = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dmspilot-keyring");
        t.setDaemon(true);
        return t;
    });

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the OS keychain and checks that it really stores and returns a secret (headless Linux usually has no
     * Secret Service).
     *
     * @throws DmsPilotException saying why no keychain can be used
     */
    public static KeyringSecretStore open() {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw new DmsPilotException("no OS keychain is available (" + e.getMessage() + ")", e);
        }
        KeyringSecretStore store = new KeyringSecretStore(keyring);
        String probeKey = "dmspilot/probe/" + UUID.randomUUID();
        char[] probe = UUID.randomUUID().toString().toCharArray();
        try {
            store.call(() -> {
                keyring.setPassword(SERVICE, probeKey, new String(probe));
                return null;
            });
            String back = store.call(() -> keyring.getPassword(SERVICE, probeKey));
            store.call(() -> {
                keyring.deletePassword(SERVICE, probeKey);
                return null;
            });
            if (!new String(probe).equals(back)) {
                throw new DmsPilotException("the OS keychain did not return what was stored");
            }
        } catch (DmsPilotException e) {
            store.close();
            throw new DmsPilotException("the OS keychain (" + keyring.getKeyringStorageType() + ") does not work: "
                    + e.getMessage(), e);
        }
        return store;
    }

    @Override
    public Optional<char[]> get(String key) {
        try {
            String secret = call(() -> keyring.getPassword(SERVICE, key));
            return secret == null ? Optional.empty() : Optional.of(secret.toCharArray());
        } catch (DmsPilotException e) {
            // java-keyring reports a missing entry as an exception too
            LOG.debug("No secret for {} in the OS keychain: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, char[] secret) {
        String value = new String(secret);
        call(() -> {
            keyring.setPassword(SERVICE, key, value);
            return null;
        });
    }

    @Override
    public void delete(String key) {
        try {
            call(() -> {
                keyring.deletePassword(SERVICE, key);
                return null;
            });
        } catch (DmsPilotException e) {
            LOG.debug("Nothing deleted for {} in the OS keychain: {}", key, e.getMessage());
        }
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    @Override
    public String description() {
        return "Passwords are kept in the OS keychain (" + keyring.getKeyringStorageType() + ").";
    }

    /** Releases the keychain connection. */
    public void close() {
        calls.shutdownNow();
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.debug("Closing the keychain failed", e);
        }
    }

    @Override
    public String toString() {
        return "KeyringSecretStore[" + keyring.getKeyringStorageType() + "]";
    }

    @FunctionalInterface
    private interface KeyringCall<T> {
        T run() throws PasswordAccessException;
    }

    private <T> T call(KeyringCall<T> action) {
        Future<T> result = calls.submit(action::run);
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DmsPilotException("the OS keychain did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new DmsPilotException("the OS keychain refused: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DmsPilotException("interrupted while waiting for the OS keychain", e);
        }
    }
}
