package org.dmspilot.core.engine.cdc;

import org.dmspilot.model.TlsMode;

/**
 * Where the binlog reader connects: the source server as a replica sees it.
 *
 * @param password kept only in memory; never printed ({@link #toString()} leaves it out)
 */
public record BinlogEndpoint(String host, int port, String user, char[] password, TlsMode tls) {
    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }
}
