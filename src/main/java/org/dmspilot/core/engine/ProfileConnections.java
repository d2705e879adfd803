package org.dmspilot.core.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.model.ConnectionProfile;

/** Connections to a connection profile (a project's source or target), for the engine; tunnels close with them. */
public final class ProfileConnections {
    private ProfileConnections() {
    }

    /** A factory opening a new connection (through the profile's SSH tunnel, if any) each time. */
    public static ConnectionFactory factory(ConnectionProfile profile, char[] password) {
        DatabaseConnector connector = new DatabaseConnector();
        return closingTunnel(() -> connector.open(profile, password));
    }

    /** A factory of PostgreSQL connections in logical replication mode (the fallback stream's). */
    public static ConnectionFactory replicationFactory(ConnectionProfile profile, char[] password) {
        DatabaseConnector connector = new DatabaseConnector();
        java.util.Map<String, String> params = new java.util.HashMap<>(profile.driverParameters());
        params.putAll(java.util.Map.of("replication", "database", "assumeMinServerVersion", "9.4",
                "preferQueryMode", "simple"));
        ConnectionProfile replication = profile.withDriverParameters(params);
        return closingTunnel(() -> connector.open(replication, password));
    }

    private static ConnectionFactory closingTunnel(java.util.function.Supplier<ConnectionHandle> opener) {
        return () -> {
            ConnectionHandle handle = opener.get();
            Connection real = handle.connection();
            return (Connection) Proxy.newProxyInstance(ProfileConnections.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            handle.close();
                            return null;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }
}
