package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection tests against the embedded MariaDB 11.4 (which has TLS on, with a generated certificate). */
class MariaDbConnectionTest {
    private static TestDatabase db;
    private final ConnectionTester tester = new ConnectionTester();

    @BeforeAll
    static void database() {
        db = Databases.newMariaDbDatabase("connect");
    }

    private static ConnectionProfile profile(TlsMode tls, String caFile) {
        return new ConnectionProfile(db.engine(), db.host(), db.port(), db.database(), db.user(), tls, caFile, null,
                5);
    }

    @Test
    void successShowsTheServerVersionAndTls() {
        ConnectionTestResult result = tester.test(db.profile(), db.password());

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.serverVersion()).isEqualTo("MariaDB 11.4.5");
        assertThat(result.tlsProtocol()).startsWith("TLS");
        assertThat(result.failure()).isNull();
        assertThat(result.message()).isEqualTo("Connected to MariaDB 11.4.5 at " + db.host() + ":" + db.port() + "/"
                + db.database() + " (" + result.tlsProtocol() + ").");
    }

    @Test
    void disabledTlsConnectsInTheClear() {
        ConnectionTestResult result = tester.test(profile(TlsMode.DISABLE, null), db.password());

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.tlsProtocol()).isNull();
        assertThat(result.message()).endsWith("(not encrypted).");
    }

    @Test
    void wrongPasswordIsAuthenticationFailure() {
        ConnectionTestResult result = tester.test(db.profile(), "Wr0ng-Passw0rd");

        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.message())
                .startsWith("Cannot connect to MariaDB at " + db.host() + ":" + db.port() + "/" + db.database())
                .contains("authentication failed for user \"" + db.user() + "\"", "Access denied")
                .doesNotContain("Wr0ng-Passw0rd").doesNotContain(db.password());
    }

    @Test
    void unknownDatabaseIsDatabaseNotFound() {
        ConnectionTestResult result = tester.test(db.profile().withDatabase("no_such_db"), db.password());

        assertThat(result.failure()).isEqualTo(FailureKind.DATABASE_NOT_FOUND);
        assertThat(result.message()).contains(db.host() + ":" + db.port() + "/no_such_db",
                "database \"no_such_db\" does not exist").doesNotContain(db.password());
    }

    @Test
    void certificateFromAnotherCaIsTlsFailure(@TempDir Path dir) throws Exception {
        TestCertificate stranger = TestCertificate.create(dir, "stranger", "ip:127.0.0.1");

        ConnectionTestResult result = tester.test(profile(TlsMode.VERIFY_CA, stranger.certificate().toString()),
                db.password());

        assertThat(result.failure()).as(result.message()).isEqualTo(FailureKind.TLS_FAILURE);
        assertThat(result.message()).contains(db.host() + ":" + db.port(), "TLS failure with TLS mode verify-ca",
                "not trusted").doesNotContain(db.password());
    }

    @Test
    void connectorGivesAWorkingConnectionAndThrowsTheKindOnFailure() throws Exception {
        DatabaseConnector connector = new DatabaseConnector();
        try (ConnectionHandle handle = connector.open(db.profile(), db.password());
                Statement s = handle.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.database());
            assertThat(handle.isTunnelled()).isFalse();
        }
        assertThatThrownBy(() -> connector.open(db.profile(), "nope-nope"))
                .isInstanceOfSatisfying(ConnectionFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION_FAILED))
                .hasMessageNotContaining("nope-nope");
    }
}
