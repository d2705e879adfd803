package org.dmspilot.core.connect;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.SshTunnel;

/**
 * Opens an SSH tunnel through the profile's bastion (Apache MINA SSHD): connect, check the host key against
 * known_hosts, authenticate with a password or a private key, then forward a local port on 127.0.0.1 to the database
 * host and port as the bastion sees them. Every failure becomes a {@link ConnectionFailedException} of kind
 * {@link FailureKind#SSH_FAILURE}.
 */
final class SshTunnelOpener {
    private final Path knownHosts;

    /** @param knownHosts the known_hosts file to check bastion host keys against (it is never written) */
    SshTunnelOpener(Path knownHosts) {
        this.knownHosts = knownHosts;
    }

    /**
     * @param secret the SSH password ({@link SshTunnel.SshAuth#PASSWORD}) or the key passphrase (may be null for an
     *         unencrypted key)
     */
    OpenTunnel open(ConnectionProfile profile, char[] secret) {
        SshTunnel ssh = profile.ssh();
        Duration timeout = Duration.ofSeconds(profile.connectTimeoutSeconds());
        SshClient client = SshClient.setUpDefaultClient();
        HostKeyCheck hostKeys = new HostKeyCheck(knownHosts);
        client.setServerKeyVerifier(hostKeys);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
        ClientSession session = null;
        try {
            try {
                session = client.connect(ssh.user(), ssh.host(), ssh.port()).verify(timeout).getSession();
            } catch (IOException e) {
                throw failure(profile, reachFailure(ssh, e, timeout), e);
            }
            authenticate(session, profile, secret, timeout, hostKeys);
            ExplicitPortForwardingTracker forward;
            try {
                forward = session.createLocalPortForwardingTracker(new SshdSocketAddress("127.0.0.1", 0),
                        new SshdSocketAddress(profile.host(), profile.port()));
            } catch (IOException e) {
                throw failure(profile, "the bastion did not open port forwarding: " + ConnectionFailures.detail(e), e);
            }
            return new OpenTunnel(client, session, forward, timeout);
        } catch (RuntimeException e) {
            closeQuietly(session, client);
            throw e;
        }
    }

    private void authenticate(ClientSession session, ConnectionProfile profile, char[] secret, Duration timeout,
            HostKeyCheck hostKeys) {
        SshTunnel ssh = profile.ssh();
        if (ssh.auth() == SshTunnel.SshAuth.PASSWORD) {
            if (secret == null) {
                throw failure(profile, "no SSH password was given for " + ssh.user() + ".", null);
            }
            session.addPasswordIdentity(new String(secret));
        } else {
            for (KeyPair key : loadKey(profile, secret)) {
                session.addPublicKeyIdentity(key);
            }
        }
        try {
            session.auth().verify(timeout);
        } catch (IOException e) {
            if (hostKeys.rejection() != null) {
                throw failure(profile, hostKeys.rejection(), e);
            }
            if (!session.isOpen() && !session.isAuthenticated() && lower(e).contains("timeout")) {
                throw failure(profile, "the bastion did not answer within " + timeout.toSeconds() + " s.", e);
            }
            String check = ssh.auth() == SshTunnel.SshAuth.PASSWORD ? "the SSH password"
                    : "that the bastion accepts the key " + ssh.privateKeyFile();
            throw failure(profile, "SSH authentication as \"" + ssh.user() + "\" failed (check the SSH user and "
                    + check + ").", e);
        }
    }

    private static Iterable<KeyPair> loadKey(ConnectionProfile profile, char[] passphrase) {
        String file = profile.ssh().privateKeyFile();
        if (file == null || file.isBlank()) {
            throw failure(profile, "no private key file was given for key authentication.", null);
        }
        Path path = Path.of(file);
        FilePasswordProvider passwords = passphrase == null ? FilePasswordProvider.EMPTY
                : FilePasswordProvider.of(new String(passphrase));
        try (InputStream in = Files.newInputStream(path)) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file), in,
                    passwords);
            if (keys == null || !keys.iterator().hasNext()) {
                throw failure(profile, "the file " + file + " holds no private key.", null);
            }
            return keys;
        } catch (NoSuchFileException e) {
            throw failure(profile, "the private key file " + file + " does not exist.", e);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof ConnectionFailedException cfe) {
                throw cfe;
            }
            String why = passphrase == null ? " (if it is protected by a passphrase, give the passphrase)"
                    : " (check the passphrase)";
            throw failure(profile, "cannot read the private key file " + file + why + ": "
                    + ConnectionFailures.detail(e), e);
        }
    }

    private static String reachFailure(SshTunnel ssh, IOException e, Duration timeout) {
        List<Throwable> chain = ConnectionFailures.chain(e);
        String bastion = ssh.host() + ":" + ssh.port();
        if (chain.stream().anyMatch(UnknownHostException.class::isInstance)) {
            return "unknown bastion host \"" + ssh.host() + "\" (the name does not resolve).";
        }
        if (chain.stream().anyMatch(ConnectException.class::isInstance) && lower(e).contains("refused")) {
            return "the bastion " + bastion + " refused the connection (check the SSH host and port).";
        }
        if (chain.stream().anyMatch(SocketTimeoutException.class::isInstance) || lower(e).contains("timeout")
                || lower(e).contains("timed out")) {
            return "the bastion " + bastion + " did not answer within " + timeout.toSeconds() + " s.";
        }
        return "cannot reach the bastion " + bastion + ": " + ConnectionFailures.detail(e);
    }

    static ConnectionFailedException failure(ConnectionProfile profile, String reason, Throwable cause) {
        SshTunnel ssh = profile.ssh();
        return new ConnectionFailedException(FailureKind.SSH_FAILURE, "Cannot connect to "
                + profile.engine().displayName() + " at " + profile.describe() + ": the SSH tunnel via " + ssh.host()
                + ":" + ssh.port() + " failed: " + reason, cause);
    }

    private static String lower(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t : ConnectionFailures.chain(e)) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(ClientSession session, SshClient client) {
        try {
            if (session != null) {
                session.close(true);
            }
        } finally {
            client.stop();
        }
    }
}
