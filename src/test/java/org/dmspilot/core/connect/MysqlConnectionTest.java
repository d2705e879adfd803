package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections to the real Oracle MySQL 9.7 (users log in with caching_sha2_password; the server has TLS with its
 * auto-generated certificates): MySQL Connector/J for MySQL and MariaDB Connector/J for MariaDB whatever the URL says,
 * a login without TLS with and without the server's RSA key, and driver parameters from the URL reaching the driver.
 */
class MysqlConnectionTest {
    private static final String USER = "shaUser";
    private static final String PASSWORD = "Sha2-pw-77";
    private static TestDatabase db;
    private final DatabaseConnector connector = new DatabaseConnector();
    private final ConnectionTester tester = new ConnectionTester(connector);

    @BeforeAll
    static void database() {
        db = Databases.newMysqlDatabase("mysql_connect");
        Databases.mysql().run("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD
                + "'; GRANT ALL ON `" + db.database() + "`.* TO '" + USER + "'@'%';"
                + " GRANT SELECT ON performance_schema.* TO '" + USER + "'@'%';");
    }

    private static ConnectionProfile profile(TlsMode tls) {
        return new ConnectionProfile(Engine.MYSQL, db.host(), db.port(), db.database(), USER, tls, null, null, 5);
    }

    /** Empties the server's cache of caching_sha2_password logins, so the next login is a full one. */
    private static void forgetCachedLogins() {
        Databases.mysql().run("FLUSH PRIVILEGES");
    }

    @Test
    void mysqlGoesThroughConnectorJOverTls() throws Exception {
        forgetCachedLogins();
        ConnectionTestResult result = tester.test(profile(TlsMode.PREFER), PASSWORD);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.serverVersion()).startsWith("MySQL 9.");
        assertThat(result.tlsProtocol()).startsWith("TLS");
        try (ConnectionHandle h = connector.open(profile(TlsMode.REQUIRE), PASSWORD)) {
            assertThat(h.connection().isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)).isTrue();
        }
    }

    @Test
    void withoutTlsTheLoginNeedsTheServersKeyAndSaysHowToAllowIt() {
        forgetCachedLogins();
        ConnectionTestResult refused = tester.test(profile(TlsMode.DISABLE), PASSWORD);

        assertThat(refused.success()).isFalse();
        assertThat(refused.message()).contains("caching_sha2_password", "allowPublicKeyRetrieval=true")
                .doesNotContain(PASSWORD);

        ParsedConnection fromUrl = JdbcUrls.parse("jdbc:mysql://" + db.host() + ":" + db.port() + "/" + db.database()
                + "?user=" + USER + "&sslMode=disable&allowPublicKeyRetrieval=true", ConnectionRole.SOURCE, k -> null);
        forgetCachedLogins();
        ConnectionTestResult clear = tester.test(fromUrl.profile(), PASSWORD);

        assertThat(clear.success()).as(clear.message()).isTrue();
        assertThat(clear.tlsProtocol()).isNull();
    }

    @Test
    void urlParametersReachTheDriver() throws Exception {
        ConnectionProfile withAttributes = profile(TlsMode.PREFER).withDriverParameters(Map.of("connectionAttributes",
                "dmspilot_probe:url-parameter"));

        try (ConnectionHandle h = connector.open(withAttributes, PASSWORD);
                Statement s = h.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT ATTR_VALUE FROM performance_schema.session_connect_attrs"
                        + " WHERE PROCESSLIST_ID = CONNECTION_ID() AND ATTR_NAME = 'dmspilot_probe'")) {
            assertThat(rs.next()).as("connection attribute from the URL").isTrue();
            assertThat(rs.getString(1)).isEqualTo("url-parameter");
        }
    }

    @Test
    void pemCaFileVerifiesTheServerCertificate(@TempDir Path dir) throws Exception {
        String ca;
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@datadir, @@ssl_ca")) {
            rs.next();
            ca = Path.of(rs.getString(1)).resolve(rs.getString(2)).toString();
        }
        String stranger = TestCertificate.create(dir, "stranger", "ip:127.0.0.1").certificate().toString();

        ConnectionTestResult ok = tester.test(withCa(ca), PASSWORD);
        ConnectionTestResult untrusted = tester.test(withCa(stranger), PASSWORD);

        assertThat(ok.success()).as(ok.message()).isTrue();
        assertThat(ok.tlsProtocol()).startsWith("TLS");
        assertThat(untrusted.failure()).as(untrusted.message()).isEqualTo(FailureKind.TLS_FAILURE);
    }

    private static ConnectionProfile withCa(String caFile) {
        return new ConnectionProfile(Engine.MYSQL, db.host(), db.port(), db.database(), USER, TlsMode.VERIFY_CA,
                caFile, null, 5);
    }

    @Test
    void theServerNotTheUrlChoosesTheDriver() throws Exception {
        TestDatabase maria = Databases.newMariaDbDatabase("mysql_url_on_mariadb");
        ConnectionProfile mysqlUrlOnMariaDb = new ConnectionProfile(Engine.MYSQL, maria.host(), maria.port(),
                maria.database(), maria.user(), TlsMode.PREFER, null, null, 5);
        ConnectionProfile mariaDbUrlOnMysql = new ConnectionProfile(Engine.MARIADB, db.host(), db.port(),
                db.database(), USER, TlsMode.PREFER, null, null, 5);

        try (ConnectionHandle onMaria = connector.open(mysqlUrlOnMariaDb, maria.password());
                ConnectionHandle onMysql = connector.open(mariaDbUrlOnMysql, PASSWORD)) {
            assertThat(onMaria.connection().isWrapperFor(org.mariadb.jdbc.Connection.class)).isTrue();
            assertThat(onMysql.connection().isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)).isTrue();
        }
    }
}
