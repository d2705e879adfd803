package org.dmspilot.core.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.TlsMode;

/**
 * The driver URL and connection properties for a profile (user and password are added by the connector). MySQL and
 * MariaDB go through MariaDB Connector/J, PostgreSQL through pgJDBC.
 *
 * @param url the base URL, host and database only
 * @param parameters TLS, timeout and socket settings, in a stable order
 */
record DriverSettings(String url, Map<String, String> parameters) {
    /** The MariaDB Connector/J property that carries the tunnel's local endpoint to {@link TunnelSocketFactory}. */
    static final String TUNNEL_PROPERTY = "dmspilotTunnelEndpoint";

    /**
     * @param tls the TLS mode to use now (the profile's, or DISABLE on the "prefer" retry)
     * @param tunnelEndpoint {@code 127.0.0.1:port} of a local SSH forward, or null for a direct connection
     */
    static DriverSettings of(ConnectionProfile profile, TlsMode tls, String tunnelEndpoint) {
        Map<String, String> p = new LinkedHashMap<>();
        String host = profile.host().contains(":") ? "[" + profile.host() + "]" : profile.host();
        String database = profile.database() == null ? "" : JdbcUrls.encode(profile.database());
        int timeout = profile.connectTimeoutSeconds();
        boolean hasCa = profile.caFile() != null && !profile.caFile().isBlank();
        if (profile.engine().isMysqlFamily()) {
            p.put("sslMode", switch (tls) {
                case DISABLE -> "disable";
                case PREFER, REQUIRE -> "trust";
                case VERIFY_CA -> "verify-ca";
                case VERIFY_FULL -> "verify-full";
            });
            if (hasCa && tls.verifiesCertificate()) {
                p.put("serverSslCert", profile.caFile());
            }
            p.put("connectTimeout", String.valueOf(timeout * 1000));
            if (tunnelEndpoint != null) {
                p.put("socketFactory", TunnelSocketFactory.class.getName());
                p.put(TUNNEL_PROPERTY, tunnelEndpoint);
            }
            return new DriverSettings("jdbc:mariadb://" + host + ":" + profile.port() + "/" + database, p);
        }
        p.put("sslmode", tls.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (hasCa && tls.verifiesCertificate()) {
            p.put("sslrootcert", profile.caFile());
        } else if (tls.verifiesCertificate()) {
            // no CA file: trust the JVM's CA certificates rather than ~/.postgresql/root.crt
            p.put("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        p.put("connectTimeout", String.valueOf(timeout));
        p.put("loginTimeout", String.valueOf(timeout));
        p.put("ApplicationName", "DMS Pilot");
        if (tunnelEndpoint != null) {
            p.put("socketFactory", TunnelSocketFactory.class.getName());
            p.put("socketFactoryArg", tunnelEndpoint);
        }
        return new DriverSettings("jdbc:postgresql://" + host + ":" + profile.port() + "/" + database, p);
    }

    /** The properties for the driver, with the credentials. */
    Properties properties(String user, char[] password) {
        Properties props = new Properties();
        props.putAll(parameters);
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        return props;
    }
}
