package org.dmspilot.core.secrets;

import java.util.function.Supplier;
import org.dmspilot.core.DmsPilotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses where secrets live: the OS keychain when one works, else memory for this session. */
public final class SecretStores {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);

    private SecretStores() {
    }

    /**
     * The OS keychain when it works, else a {@link SessionSecretStore} whose {@link SecretStore#description()} says
     * why (then the user is asked for passwords once per run).
     */
    public static SecretStore create() {
        return create(KeyringSecretStore::open);
    }

    /** @param keychain opens the keychain, throwing {@link DmsPilotException} with the reason when it cannot */
    static SecretStore create(Supplier<? extends SecretStore> keychain) {
        try {
            SecretStore store = keychain.get();
            LOG.info("Secrets: {}", store.description());
            return store;
        } catch (DmsPilotException e) {
            LOG.info("Secrets: no OS keychain, keeping passwords for this session only: {}", e.getMessage());
            return new SessionSecretStore(e.getMessage());
        }
    }
}
