package org.dmspilot.core.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;

/**
 * The driver URL and connection properties for a profile (user and password are added by the connector). Oracle
 * MySQL goes through MySQL Connector/J, MariaDB through MariaDB Connector/J (the server's flavour decides, see
 * {@link DatabaseConnector}), PostgreSQL through pgJDBC. The profile's driver parameters come first; the TLS, timeout
 * and tunnel settings DMS Pilot derives from the profile override them.
 *
 * @param url the base URL, host and database only
 * @param parameters TLS, timeout and socket settings, in a stable order
 */
record DriverSettings(String url, Map<String, String> parameters) {
    /** The MariaDB Connector/J property that carries the tunnel's local endpoint to {@link TunnelSocketFactory}. */
    static final String TUNNEL_PROPERTY = "dmspilotTunnelEndpoint";

    /** Settings for the driver of the profile's own engine. */
    static DriverSettings of(ConnectionProfile profile, TlsMode tls, String tunnelEndpoint) {
        return of(profile, profile.engine(), tls, tunnelEndpoint);
    }

    /**
     * @param flavour the engine whose driver is used: {@link Engine#MYSQL} (Connector/J), {@link Engine#MARIADB}
     *         (MariaDB Connector/J) or PostgreSQL
     * @param tls the TLS mode to use now (the profile's, or DISABLE on the "prefer" retry)
     * @param tunnelEndpoint {@code 127.0.0.1:port} of a local SSH forward, or null for a direct connection
     */
    static DriverSettings of(ConnectionProfile profile, Engine flavour, TlsMode tls, String tunnelEndpoint) {
        Map<String, String> p = new LinkedHashMap<>(profile.driverParameters());
        String host = profile.host().contains(":") ? "[" + profile.host() + "]" : profile.host();
        String database = profile.database() == null ? "" : JdbcUrls.encode(profile.database());
        int timeout = profile.connectTimeoutSeconds();
        boolean hasCa = profile.caFile() != null && !profile.caFile().isBlank();
        if (flavour == Engine.MYSQL) {
            p.put("sslMode", switch (tls) {
                case DISABLE -> "DISABLED";
                case PREFER -> "PREFERRED";
                case REQUIRE -> "REQUIRED";
                case VERIFY_CA -> "VERIFY_CA";
                case VERIFY_FULL -> "VERIFY_IDENTITY";
            });
            if (hasCa && tls.verifiesCertificate()) {
                p.putAll(PemTrustStore.connectorJProperties(profile.caFile()));
            }
            p.put("connectTimeout", String.valueOf(timeout * 1000));
            if (tunnelEndpoint != null) {
                p.put("socketFactory", MysqlTunnelSocketFactory.class.getName());
            }
            return new DriverSettings("jdbc:mysql://" + host + ":" + profile.port() + "/" + database, p);
        }
        if (flavour == Engine.MARIADB) {
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
