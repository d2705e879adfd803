package org.dmspilot.core.connect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An open database connection and, when the profile has one, the SSH tunnel it runs through. Closing the handle, or
 * closing the connection it returns, closes both.
 */
public final class ConnectionHandle implements AutoCloseable {
    private final Connection raw;
    private final Connection exposed;
    private final OpenTunnel tunnel;
    private final AtomicBoolean closed = new AtomicBoolean();

    ConnectionHandle(Connection raw, OpenTunnel tunnel) {
        this.raw = raw;
        this.tunnel = tunnel;
        this.exposed = tunnel == null ? raw : closingTunnelToo(raw);
    }

    /**
     * The JDBC connection. Through a tunnel it is a thin wrapper whose {@code close()} also closes the tunnel;
     * {@code unwrap} reaches the driver's own connection class.
     */
    public Connection connection() {
        return exposed;
    }

    /** Whether the connection runs through an SSH tunnel. */
    public boolean isTunnelled() {
        return tunnel != null;
    }

    /** Closes the connection, then the tunnel. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            raw.close();
        } catch (SQLException ignored) {
            // nothing useful to do: the connection is going away anyway
        } finally {
            if (tunnel != null) {
                tunnel.close();
            }
        }
    }

    private Connection closingTunnelToo(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        close();
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0 && closed.get()) {
                        return true;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
