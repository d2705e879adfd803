package org.dmspilot.core.connect;

import java.net.InetSocketAddress;
import java.net.Socket;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.protocol.StandardSocketFactory;

/**
 * MySQL Connector/J's socket factory for a connection through an SSH tunnel: the driver keeps the real database host
 * (TLS host-name checks and messages name it) while the socket connects to the tunnel's local end. Connector/J makes
 * the factory by class name and passes it no custom property, so the endpoint travels in a thread-local set by
 * {@link DatabaseConnector} around the (synchronous) connect. Not meant for direct use.
 */
public final class MysqlTunnelSocketFactory extends StandardSocketFactory {
    private static final ThreadLocal<InetSocketAddress> ENDPOINT = new ThreadLocal<>();
    private final InetSocketAddress endpoint = ENDPOINT.get();

    /** Made by Connector/J while {@link #through} runs on this thread. */
    public MysqlTunnelSocketFactory() {
        if (endpoint == null) {
            throw new IllegalStateException("No SSH tunnel endpoint for this connection");
        }
    }

    /** Runs {@code connect} with connections made on this thread going to {@code endpoint} ({@code host:port}). */
    static <T, E extends Exception> T through(String endpoint, Connect<T, E> connect) throws E {
        if (endpoint == null) {
            return connect.run();
        }
        int colon = endpoint.lastIndexOf(':');
        ENDPOINT.set(new InetSocketAddress(endpoint.substring(0, colon),
                Integer.parseInt(endpoint.substring(colon + 1))));
        try {
            return connect.run();
        } finally {
            ENDPOINT.remove();
        }
    }

    /** A connect call. */
    @FunctionalInterface
    interface Connect<T, E extends Exception> {
        T run() throws E;
    }

    @Override
    protected Socket createSocket(PropertySet props) {
        return new TunnelSocketFactory.RedirectedSocket(endpoint);
    }
}
