package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connection tests against PostgreSQL 16: the shared test server (trust logins, no TLS) and {@link SecuredPostgres}
 * (scram-sha-256 passwords, TLS with a self-signed certificate for 127.0.0.1).
 */
class PostgresConnectionTest {
    private static TestDatabase db;
    private static SecuredPostgres secured;
    private final ConnectionTester tester = new ConnectionTester();

    @BeforeAll
    static void servers() throws Exception {
        db = Databases.newPostgresDatabase("connect");
        secured = SecuredPostgres.get();
    }

    @Test
    void successShowsTheServerVersion() {
        ConnectionTestResult result = tester.test(db.profile(), db.password());

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.serverVersion()).isEqualTo("PostgreSQL 16.4");
        assertThat(result.message()).isEqualTo("Connected to PostgreSQL 16.4 at " + db.host() + ":" + db.port() + "/"
                + db.database() + " (not encrypted).");
    }

    @Test
    void unknownDatabaseIsDatabaseNotFound() {
        ConnectionTestResult result = tester.test(db.profile().withDatabase("no_such_db"), db.password());

        assertThat(result.failure()).isEqualTo(FailureKind.DATABASE_NOT_FOUND);
        assertThat(result.message()).contains(db.host() + ":" + db.port() + "/no_such_db",
                "database \"no_such_db\" does not exist");
    }

    @Test
    void requiringTlsFromAServerWithoutTlsIsTlsFailure() {
        ConnectionProfile profile = new ConnectionProfile(Engine.POSTGRESQL, db.host(), db.port(), db.database(),
                db.user(), TlsMode.REQUIRE, null, null, 5);

        ConnectionTestResult result = tester.test(profile, db.password());

        assertThat(result.failure()).isEqualTo(FailureKind.TLS_FAILURE);
        assertThat(result.message()).contains(db.host() + ":" + db.port() + "/" + db.database(),
                "TLS failure with TLS mode require", "the server does not offer TLS");
    }

    @Test
    void wrongPasswordIsAuthenticationFailure() {
        ConnectionTestResult result = tester.test(secured.profile("127.0.0.1", TlsMode.PREFER, null), "Wr0ng-pw");

        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.message()).contains("127.0.0.1:" + secured.port() + "/" + SecuredPostgres.DATABASE,
                "authentication failed for user \"" + SecuredPostgres.USER + "\"")
                .doesNotContain("Wr0ng-pw").doesNotContain(SecuredPostgres.PASSWORD);
    }

    @Test
    void missingPasswordIsAuthenticationFailure() {
        ConnectionTestResult result = tester.test(secured.profile("127.0.0.1", TlsMode.PREFER, null), (char[]) null);

        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
    }

    @Test
    void verifyFullWithTheRightCaConnectsOverTls() {
        ConnectionTestResult result = tester.test(secured.profile("127.0.0.1", TlsMode.VERIFY_FULL, secured.caFile()),
                SecuredPostgres.PASSWORD);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.tlsProtocol()).startsWith("TLSv1.");
        assertThat(result.message()).endsWith("(" + result.tlsProtocol() + ").");
    }

    @Test
    void certificateFromAnotherCaIsTlsFailure() {
        ConnectionTestResult result = tester.test(
                secured.profile("127.0.0.1", TlsMode.VERIFY_CA, secured.wrongCaFile()), SecuredPostgres.PASSWORD);

        assertThat(result.failure()).as(result.message()).isEqualTo(FailureKind.TLS_FAILURE);
        assertThat(result.message()).contains("TLS failure with TLS mode verify-ca", "not trusted by the CA file "
                + secured.wrongCaFile()).doesNotContain(SecuredPostgres.PASSWORD);
    }

    @Test
    void certificateForAnotherHostNameIsTlsFailureUnderVerifyFull() {
        ConnectionTestResult result = tester.test(secured.profile("localhost", TlsMode.VERIFY_FULL, secured.caFile()),
                SecuredPostgres.PASSWORD);

        assertThat(result.failure()).as(result.message()).isEqualTo(FailureKind.TLS_FAILURE);
        assertThat(result.message()).contains("localhost:" + secured.port(),
                "the server certificate does not name the host \"localhost\"");
    }

    @Test
    void verifyCaAcceptsACertificateForAnotherHostName() {
        ConnectionTestResult result = tester.test(secured.profile("localhost", TlsMode.VERIFY_CA, secured.caFile()),
                SecuredPostgres.PASSWORD);

        assertThat(result.success()).as(result.message()).isTrue();
    }
}
