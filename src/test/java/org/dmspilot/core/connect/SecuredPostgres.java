package org.dmspilot.core.connect;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;

/**
 * A second embedded PostgreSQL, started once per test JVM, set up as production servers are: password
 * (scram-sha-256) authentication for everyone but the bootstrap superuser, and TLS with a self-signed certificate for
 * 127.0.0.1 only. (The shared test server trusts every login and has no TLS.)
 */
final class SecuredPostgres {
    static final String USER = "app_user";
    static final String PASSWORD = "S3cret+pw&x";
    static final String DATABASE = "appdb";
    private static SecuredPostgres instance;
    private final EmbeddedPostgres pg;
    private final TestCertificate certificate;
    private final TestCertificate otherCa;

    private SecuredPostgres(EmbeddedPostgres pg, TestCertificate certificate, TestCertificate otherCa) {
        this.pg = pg;
        this.certificate = certificate;
        this.otherCa = otherCa;
    }

    static synchronized SecuredPostgres get() throws Exception {
        if (instance == null) {
            Path dir = Files.createTempDirectory("dmspilot-secured-pg");
            TestCertificate cert = TestCertificate.create(dir, "server", "ip:127.0.0.1");
            TestCertificate other = TestCertificate.create(dir, "stranger", "ip:127.0.0.1");
            Path hba = dir.resolve("pg_hba.conf");
            Files.writeString(hba, String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("hba_file", hba.toString())
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", cert.certificate().toString())
                    .setServerConfig("ssl_key_file", cert.privateKey().toString())
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
            instance = new SecuredPostgres(pg, cert, other);
        }
        return instance;
    }

    int port() {
        return pg.getPort();
    }

    /** The server's own (self-signed) certificate: the right CA file. */
    Path caFile() {
        return certificate.certificate();
    }

    /** A certificate that did not sign the server's: the wrong CA file. */
    Path wrongCaFile() {
        return otherCa.certificate();
    }

    ConnectionProfile profile(String host, TlsMode tls, Path caFile) {
        return new ConnectionProfile(Engine.POSTGRESQL, host, port(), DATABASE, USER, tls,
                caFile == null ? null : caFile.toString(), null, 5);
    }
}
