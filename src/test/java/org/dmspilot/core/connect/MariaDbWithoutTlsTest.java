package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MariaDB started with {@code --skip-ssl}, like many older servers: "prefer" falls back to a clear connection (MariaDB
 * Connector/J has no prefer mode of its own), "require" is a TLS failure.
 */
class MariaDbWithoutTlsTest {
    private static final String USER = "plain";
    private static final String PASSWORD = "Plain-pw-1";
    private static Path dir;
    private static EmbeddedMariaDb server;
    private final ConnectionTester tester = new ConnectionTester();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("dmspilot-mariadb-notls");
        server = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0, List.of("--skip-ssl"));
        // the bundled mariadb client insists on TLS, so the user is made as root over the Unix socket with JDBC
        Properties root = new Properties();
        root.setProperty("user", "root");
        root.setProperty("localSocket", server.db().getConfiguration().getSocket());
        try (Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://localhost/mysql", root);
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM mysql.global_priv WHERE User = ''");
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("CREATE DATABASE shop");
            s.execute("GRANT ALL ON shop.* TO '" + USER + "'@'%'");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static ConnectionProfile profile(TlsMode tls) {
        return new ConnectionProfile(Engine.MARIADB, "127.0.0.1", server.port(), "shop", USER, tls, null, null, 5);
    }

    @Test
    void preferFallsBackToAClearConnection() {
        ConnectionTestResult result = tester.test(profile(TlsMode.PREFER), PASSWORD);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.tlsProtocol()).isNull();
        assertThat(result.message()).endsWith("(not encrypted).");
    }

    @Test
    void databaseTheUserMayNotUseIsSaidSo() {
        ConnectionTestResult result = tester.test(profile(TlsMode.PREFER).withDatabase("mysql"), PASSWORD);

        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.message()).contains("user \"plain\" has no access to database \"mysql\"");
    }

    @Test
    void requireAgainstAServerWithoutTlsIsTlsFailure() {
        ConnectionTestResult result = tester.test(profile(TlsMode.REQUIRE), PASSWORD);

        assertThat(result.failure()).as(result.message()).isEqualTo(FailureKind.TLS_FAILURE);
        assertThat(result.message()).contains("127.0.0.1:" + server.port() + "/shop",
                "TLS failure with TLS mode require", "the server does not offer TLS").doesNotContain(PASSWORD);
    }
}
