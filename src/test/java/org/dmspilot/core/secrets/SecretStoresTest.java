package org.dmspilot.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.ConnectionRole;
import org.junit.jupiter.api.Test;

class SecretStoresTest {

    @Test
    void keysNameProjectAndSide() {
        assertThat(SecretKeys.database("p-1", ConnectionRole.SOURCE)).isEqualTo("dmspilot/p-1/source");
        assertThat(SecretKeys.database("p-1", ConnectionRole.TARGET)).isEqualTo("dmspilot/p-1/target");
        assertThat(SecretKeys.ssh("p-1", ConnectionRole.SOURCE)).isEqualTo("dmspilot/p-1/source-ssh");
    }

    @Test
    void sessionStoreKeepsItsOwnCopies() {
        SessionSecretStore store = new SessionSecretStore();
        char[] secret = "hunter22".toCharArray();

        store.put("k", secret);
        secret[0] = 'X';
        char[] first = store.get("k").orElseThrow();
        first[1] = 'Y';

        assertThat(store.get("k")).map(String::new).contains("hunter22");
        assertThat(store.isPersistent()).isFalse();
        assertThat(store.toString()).contains("k").doesNotContain("hunter22");
        store.delete("k");
        assertThat(store.get("k")).isEmpty();
        store.delete("never-there");
    }

    @Test
    void brokenKeychainFallsBackToTheSessionAndSaysWhy() {
        SecretStore store = SecretStores.create(() -> {
            throw new DmsPilotException("no OS keychain is available (No available keyring backend found)");
        });

        assertThat(store).isInstanceOf(SessionSecretStore.class);
        assertThat(store.description()).isEqualTo("Passwords are kept for this session only (no OS keychain is"
                + " available (No available keyring backend found)).");
    }

    @Test
    void workingKeychainIsChosen() {
        SessionSecretStore stand = new SessionSecretStore();

        assertThat(SecretStores.create(() -> stand)).isSameAs(stand);
    }

    @Test
    void defaultChoiceWorksWithOrWithoutAnOsKeychain() {
        SecretStore store = SecretStores.create();
        String key = "dmspilot/test-" + System.nanoTime() + "/source";
        try {
            store.put(key, "round-trip".toCharArray());
            assertThat(store.get(key)).map(String::new).contains("round-trip");
        } finally {
            store.delete(key);
        }
        assertThat(store.get(key)).isEmpty();
        if (store instanceof KeyringSecretStore keyring) {
            keyring.close();
        }
    }

    @Test
    void keyringStoreRoundTripsWhenTheMachineHasAKeychain() {
        KeyringSecretStore keyring;
        try {
            keyring = KeyringSecretStore.open();
        } catch (DmsPilotException e) {
            assumeThat(e.getMessage()).as("no OS keychain here: %s", e.getMessage()).isNull();
            return;
        }
        String key = "dmspilot/test-" + System.nanoTime() + "/target";
        try {
            keyring.put(key, "k-secret".toCharArray());
            assertThat(keyring.get(key)).map(String::new).isEqualTo(Optional.of("k-secret"));
            assertThat(keyring.isPersistent()).isTrue();
        } finally {
            keyring.delete(key);
            keyring.close();
        }
    }
}
