package org.dmspilot.model;

/**
 * An SSH tunnel through a bastion host. The SSH password or key passphrase is never part of the profile: it lives in
 * the secret store.
 *
 * @param privateKeyFile path to a private key when {@code auth} is {@link SshAuth#KEY}
 */
public record SshTunnel(String host, int port, String user, SshAuth auth, String privateKeyFile) {
    public SshTunnel {
        if (port <= 0) {
            port = 22;
        }
        if (auth == null) {
            auth = SshAuth.KEY;
        }
    }

    /** How the tunnel authenticates. */
    public enum SshAuth { KEY, PASSWORD }
}
