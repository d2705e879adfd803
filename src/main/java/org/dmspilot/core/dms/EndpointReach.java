package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.model.ConnectionProfile;

/**
 * Warns when a DMS endpoint's host is one a replication instance in AWS cannot reach: a loopback address (it would
 * be the instance itself) or a private address (reachable only through a VPN, Direct Connect or peering to that
 * network). Only literal addresses and {@code localhost} are judged; no name is resolved.
 */
public final class EndpointReach {
    private EndpointReach() {
    }

    /** The warnings for the source and target of a task, empty when both look reachable. */
    public static List<String> warnings(ConnectionProfile source, ConnectionProfile target) {
        List<String> out = new ArrayList<>();
        warning("source", source).ifPresent(out::add);
        warning("target", target).ifPresent(out::add);
        return out;
    }

    static java.util.Optional<String> warning(String role, ConnectionProfile p) {
        if (p == null || p.host() == null) {
            return java.util.Optional.empty();
        }
        String host = p.host().strip().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]")) {
            return java.util.Optional.of("The " + role + " is on " + p.host() + ", this machine: a DMS replication"
                    + " instance runs in AWS and cannot reach it. Use an address the instance can reach (an RDS or"
                    + " EC2 host, or a public address).");
        }
        if (host.startsWith("10.") || host.startsWith("192.168.") || host.matches("172\\.(1[6-9]|2\\d|3[01])\\..*")) {
            return java.util.Optional.of("The " + role + " is on the private address " + p.host() + ": the"
                    + " replication instance reaches it only inside its VPC or through a network connected to it"
                    + " (VPN, Direct Connect, peering). Fine for a database in the instance's VPC.");
        }
        return java.util.Optional.empty();
    }
}
