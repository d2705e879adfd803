package org.dmspilot.core.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.dmspilot.model.ConnectionProfile;

/** An open SSH tunnel: a local port on 127.0.0.1 forwarded through the bastion to the database. */
final class OpenTunnel implements AutoCloseable {
    private final SshClient client;
    private final ClientSession session;
    private final ExplicitPortForwardingTracker forward;
    private final Duration timeout;

    OpenTunnel(SshClient client, ClientSession session, ExplicitPortForwardingTracker forward, Duration timeout) {
        this.client = client;
        this.session = session;
        this.forward = forward;
        this.timeout = timeout;
    }

    /** {@code 127.0.0.1:port}, the local end. */
    String endpoint() {
        return "127.0.0.1:" + forward.getBoundAddress().getPort();
    }

    /** What the bastion met when it tried to reach the database itself. */
    record Diagnosis(FailureKind kind, String reason) {
    }

    /**
     * Asks the bastion to connect to the database on its own, to explain a failure seen through the tunnel.
     *
     * @return what went wrong on the bastion's side, or null when it reaches the database
     */
    Diagnosis diagnose(ConnectionProfile profile) {
        String target = profile.host() + ":" + profile.port();
        try (ChannelDirectTcpip probe = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress(profile.host(), profile.port()))) {
            probe.open().verify(timeout);
            return null;
        } catch (IOException e) {
            SshChannelOpenException refusal = ConnectionFailures.chain(e).stream()
                    .filter(SshChannelOpenException.class::isInstance).map(SshChannelOpenException.class::cast)
                    .findFirst().orElse(null);
            if (refusal == null) {
                return lower(e).contains("timeout") || lower(e).contains("timed out")
                        ? new Diagnosis(FailureKind.TIMEOUT, "the bastion did not say within " + timeout.toSeconds()
                                + " s whether it reaches " + target + ".")
                        : new Diagnosis(FailureKind.SSH_FAILURE, "the tunnel broke: " + ConnectionFailures.detail(e));
            }
            String said = refusal.getMessage() == null ? "" : refusal.getMessage();
            String why = lower(refusal);
            if (why.contains("refused")) {
                return new Diagnosis(FailureKind.CONNECTION_REFUSED, "the bastion's connection to " + target
                        + " was refused (" + said + "): check the port and that the server is running.");
            }
            if (why.contains("not known") || why.contains("resolve") || why.contains("unknown host")
                    || why.contains("nodename") || why.contains("lookup")) {
                return new Diagnosis(FailureKind.UNKNOWN_HOST, "the bastion cannot resolve the host \""
                        + profile.host() + "\" (" + said + ").");
            }
            if (why.contains("timed out") || why.contains("timeout")) {
                return new Diagnosis(FailureKind.TIMEOUT, "the bastion's connection to " + target + " timed out.");
            }
            return switch (refusal.getReasonCode()) {
                case SshConstants.SSH_OPEN_ADMINISTRATIVELY_PROHIBITED -> new Diagnosis(FailureKind.SSH_FAILURE,
                        "the bastion does not allow port forwarding to " + target + " (AllowTcpForwarding).");
                case SshConstants.SSH_OPEN_CONNECT_FAILED -> new Diagnosis(FailureKind.CONNECTION_REFUSED,
                        "the bastion could not connect to " + target + " (refused, or not reachable from the"
                                + " bastion): check the host, the port and that the server is running.");
                default -> new Diagnosis(FailureKind.SSH_FAILURE, "the bastion could not open a channel to "
                        + target + ": " + said);
            };
        }
    }

    private static String lower(Throwable e) {
        return e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    }

    boolean isOpen() {
        return session.isOpen() && forward.isOpen();
    }

    @Override
    public void close() {
        try {
            forward.close();
        } catch (IOException ignored) {
            // the session goes next anyway
        } finally {
            try {
                session.close(true);
            } finally {
                client.stop();
            }
        }
    }
}
