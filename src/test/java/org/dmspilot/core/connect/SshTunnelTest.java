package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.SshTunnel;
import org.dmspilot.model.SshTunnel.SshAuth;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections through an in-process SSH bastion to the embedded MariaDB and PostgreSQL. */
class SshTunnelTest {
    @TempDir
    static Path dir;
    private static TestSshServer bastion;
    private static TestDatabase maria;
    private static TestDatabase postgres;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        bastion = new TestSshServer(dir);
        maria = Databases.newMariaDbDatabase("tunnel");
        postgres = Databases.newPostgresDatabase("tunnel");
        knownHosts = dir.resolve("known_hosts");
    }

    @AfterAll
    static void stop() throws Exception {
        bastion.close();
    }

    private static ConnectionProfile through(TestDatabase db, SshTunnel ssh) {
        return new ConnectionProfile(db.engine(), db.host(), db.port(), db.database(), db.user(), TlsMode.PREFER, null,
                ssh, 5);
    }

    private static SshTunnel byPassword() {
        return new SshTunnel("127.0.0.1", bastion.port(), TestSshServer.USER, SshAuth.PASSWORD, null);
    }

    private ConnectionTester tester() {
        return new ConnectionTester(new DatabaseConnector(knownHosts));
    }

    @Test
    void mariaDbThroughTunnelWithPassword() {
        ConnectionTestResult result = tester().test(through(maria, byPassword()), maria.password().toCharArray(),
                TestSshServer.PASSWORD.toCharArray(), org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.serverVersion()).isEqualTo("MariaDB 11.4.5");
        assertThat(result.message()).contains("through the SSH tunnel via 127.0.0.1");
        assertThat(Files.exists(knownHosts)).as("known_hosts is never written").isFalse();
    }

    @Test
    void mysqlThroughTunnelGoesThroughConnectorJ() throws Exception {
        TestDatabase mysql = Databases.newMysqlDatabase("tunnel");
        ConnectionProfile profile = new ConnectionProfile(mysql.engine(), mysql.host(), mysql.port(),
                mysql.database(), mysql.user(), TlsMode.REQUIRE, null, byPassword(), 5);

        try (ConnectionHandle h = new DatabaseConnector(knownHosts).open(profile, mysql.password().toCharArray(),
                TestSshServer.PASSWORD.toCharArray())) {
            assertThat(h.isTunnelled()).isTrue();
            assertThat(h.connection().isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)).isTrue();
            assertThat(h.connection().getMetaData().getDatabaseProductVersion()).startsWith("9.");
        }
    }

    @Test
    void postgresThroughTunnelWithAnEncryptedKeyFile() throws Exception {
        Path key = bastion.writeClientKey(dir.resolve("id_ecdsa_enc"), "key-Passphrase");
        SshTunnel ssh = new SshTunnel("127.0.0.1", bastion.port(), TestSshServer.USER, SshAuth.KEY, key.toString());

        ConnectionTestResult result = tester().test(through(postgres, ssh), postgres.password().toCharArray(),
                "key-Passphrase".toCharArray(), org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.serverVersion()).isEqualTo("PostgreSQL 16.4");
    }

    @Test
    void unencryptedKeyFileNeedsNoSecret() throws Exception {
        Path key = bastion.writeClientKey(dir.resolve("id_ecdsa"), null);
        SshTunnel ssh = new SshTunnel("127.0.0.1", bastion.port(), TestSshServer.USER, SshAuth.KEY, key.toString());

        ConnectionTestResult result = tester().test(through(maria, ssh), maria.password());

        assertThat(result.success()).as(result.message()).isTrue();
    }

    @Test
    void wrongSshPasswordIsSshFailure() {
        ConnectionTestResult result = tester().test(through(maria, byPassword()), maria.password().toCharArray(),
                "Wr0ng-ssh-pw".toCharArray(), org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.failure()).isEqualTo(FailureKind.SSH_FAILURE);
        assertThat(result.message()).contains(maria.host() + ":" + maria.port() + "/" + maria.database(),
                "SSH tunnel via 127.0.0.1:" + bastion.port(), "SSH authentication as \"tunnel\" failed")
                .doesNotContain("Wr0ng-ssh-pw").doesNotContain(maria.password());
    }

    @Test
    void closedBastionPortIsSshFailure() {
        SshTunnel ssh = new SshTunnel("127.0.0.1", BlackholeServer.closedPort(), "tunnel", SshAuth.PASSWORD, null);

        ConnectionTestResult result = tester().test(through(maria, ssh), maria.password().toCharArray(),
                TestSshServer.PASSWORD.toCharArray(), org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.failure()).isEqualTo(FailureKind.SSH_FAILURE);
        assertThat(result.message()).contains("refused the connection");
    }

    @Test
    void databaseRefusingTheBastionIsConnectionRefused() {
        int closed = BlackholeServer.closedPort();
        ConnectionProfile profile = new ConnectionProfile(maria.engine(), "127.0.0.1", closed, "shop", "alice",
                TlsMode.PREFER, null, byPassword(), 5);

        ConnectionTestResult result = tester().test(profile, "pw".toCharArray(), TestSshServer.PASSWORD.toCharArray(),
                org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.failure()).as(result.message()).isEqualTo(FailureKind.CONNECTION_REFUSED);
        assertThat(result.message()).contains("127.0.0.1:" + closed + "/shop", "through the SSH tunnel via");
    }

    @Test
    void changedBastionHostKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        Path pinned = dir.resolve("known_hosts_pinned");
        Files.writeString(pinned, bastion.knownHostsLine(generator.generateKeyPair().getPublic()));
        ConnectionTester pinnedTester = new ConnectionTester(new DatabaseConnector(pinned));

        ConnectionTestResult result = pinnedTester.test(through(maria, byPassword()), maria.password().toCharArray(),
                TestSshServer.PASSWORD.toCharArray(), org.dmspilot.core.progress.ProgressListener.NONE);

        assertThat(result.failure()).isEqualTo(FailureKind.SSH_FAILURE);
        assertThat(result.message()).contains("host key", pinned.toString());
    }

    @Test
    void closingTheConnectionClosesTheTunnel() throws Exception {
        DatabaseConnector connector = new DatabaseConnector(knownHosts);
        waitFor(() -> bastion.activeSessions() == 0); // tunnels of earlier tests are gone
        ConnectionHandle handle = connector.open(through(maria, byPassword()), maria.password().toCharArray(),
                TestSshServer.PASSWORD.toCharArray());
        try (Statement s = handle.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(handle.isTunnelled()).isTrue();
        assertThat(bastion.activeSessions()).isEqualTo(1);

        handle.connection().close();

        assertThat(handle.connection().isClosed()).isTrue();
        waitFor(() -> bastion.activeSessions() == 0);
    }

    private static void waitFor(BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(condition::getAsBoolean);
    }
}
