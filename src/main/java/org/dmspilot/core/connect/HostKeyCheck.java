package org.dmspilot.core.connect;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a bastion's host key against a known_hosts file: a listed host with a different key is refused (possible
 * man in the middle); an unlisted host is accepted and its fingerprint logged, and the file is never written.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);
    private volatile String rejection;

    HostKeyCheck(Path knownHosts) {
        super((session, address, key) -> true, knownHosts);
    }

    /** Why the host key was refused, or null. */
    String rejection() {
        return rejection;
    }

    @Override
    protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress address, PublicKey key) {
        LOG.info("SSH host {} is not in {}; accepting its {} key {}", address, getPath(), KeyUtils.getKeyType(key),
                KeyUtils.getFingerPrint(key));
        return true;
    }

    @Override
    public boolean acceptModifiedServerKey(ClientSession session, SocketAddress address, KnownHostEntry entry,
            PublicKey expected, PublicKey actual) {
        rejection = "the bastion's host key (" + KeyUtils.getFingerPrint(actual) + ") is not the one recorded in "
                + getPath() + " (" + KeyUtils.getFingerPrint(expected) + "). Someone may be intercepting the"
                + " connection; if the key changed on purpose, update that file.";
        return false;
    }
}
