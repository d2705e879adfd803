package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests: JDBC URLs as users write them, the profiles they become, and back. */
class JdbcUrlsTest {
    private static final Map<String, String> NO_ENV = Map.of();

    private static ParsedConnection parse(String url, ConnectionRole role) {
        return JdbcUrls.parse(url, role, NO_ENV::get);
    }

    static Stream<Arguments> goldenUrls() {
        return Stream.of(
                Arguments.of("jdbc:mysql://db.example.com:3306/shop?user=app&password=pw",
                        new ConnectionProfile(Engine.MYSQL, "db.example.com", 3306, "shop", "app", TlsMode.PREFER,
                                null, null, 0), "pw"),
                Arguments.of("jdbc:mariadb://10.0.0.5/shop?user=app",
                        new ConnectionProfile(Engine.MARIADB, "10.0.0.5", 3306, "shop", "app", TlsMode.PREFER, null,
                                null, 0), null),
                Arguments.of("jdbc:mysql://h:3307/shop?user=app&password=p%40ss%26w+rd&sslMode=VERIFY_IDENTITY"
                        + "&serverSslCert=/etc/ssl/ca.pem&connectTimeout=2500",
                        new ConnectionProfile(Engine.MYSQL, "h", 3307, "shop", "app", TlsMode.VERIFY_FULL,
                                "/etc/ssl/ca.pem", null, 3), "p@ss&w+rd"),
                Arguments.of("jdbc:mysql://h/shop?user=app&useSSL=false",
                        new ConnectionProfile(Engine.MYSQL, "h", 3306, "shop", "app", TlsMode.DISABLE, null, null, 0),
                        null),
                Arguments.of("jdbc:mariadb://h/shop?user=app&sslMode=trust",
                        new ConnectionProfile(Engine.MARIADB, "h", 3306, "shop", "app", TlsMode.REQUIRE, null, null,
                                0), null),
                Arguments.of("jdbc:mysql://app:secret@h:3306/shop",
                        new ConnectionProfile(Engine.MYSQL, "h", 3306, "shop", "app", TlsMode.PREFER, null, null, 0),
                        "secret"),
                Arguments.of("jdbc:postgresql://pg.example.com:5433/sales?user=etl&password=x&sslmode=verify-ca"
                        + "&sslrootcert=/tmp/rds-ca.pem&connectTimeout=7",
                        new ConnectionProfile(Engine.POSTGRESQL, "pg.example.com", 5433, "sales", "etl",
                                TlsMode.VERIFY_CA, "/tmp/rds-ca.pem", null, 7), "x"),
                Arguments.of("jdbc:postgresql://[::1]/sales?user=etl&sslmode=require",
                        new ConnectionProfile(Engine.POSTGRESQL, "::1", 5432, "sales", "etl", TlsMode.REQUIRE, null,
                                null, 0), null),
                Arguments.of("jdbc:postgresql://pg/sales?user=etl&ssl=true",
                        new ConnectionProfile(Engine.POSTGRESQL, "pg", 5432, "sales", "etl", TlsMode.VERIFY_FULL,
                                null, null, 0), null),
                Arguments.of("  JDBC:PostgreSQL://pg:5432/?user=etl&sslmode=disable  ",
                        new ConnectionProfile(Engine.POSTGRESQL, "pg", 5432, null, "etl", TlsMode.DISABLE, null, null,
                                0), null));
    }

    @ParameterizedTest
    @MethodSource("goldenUrls")
    void urlBecomesProfileAndPassword(String url, ConnectionProfile expected, String password) {
        ConnectionRole role = expected.engine().isMysqlFamily() ? ConnectionRole.SOURCE : ConnectionRole.TARGET;

        ParsedConnection parsed = parse(url, role);

        assertThat(parsed.profile()).isEqualTo(expected);
        assertThat(parsed.password() == null ? null : new String(parsed.password())).isEqualTo(password);
        assertThat(parsed.passwordSource()).isEqualTo(password == null ? ParsedConnection.PasswordSource.NONE
                : ParsedConnection.PasswordSource.URL);
    }

    @ParameterizedTest
    @MethodSource("goldenUrls")
    void formattedUrlParsesBackToTheSameProfile(String url, ConnectionProfile expected, String password) {
        ConnectionRole role = expected.engine().isMysqlFamily() ? ConnectionRole.SOURCE : ConnectionRole.TARGET;
        char[] pw = password == null ? null : password.toCharArray();

        ParsedConnection back = parse(JdbcUrls.format(expected, pw), role);

        assertThat(back.profile()).isEqualTo(expected);
        assertThat(back.password()).isEqualTo(pw);
    }

    @Test
    void passwordFallsBackToTheRoleEnvironmentVariable() {
        Map<String, String> env = Map.of("DMSPILOT_SOURCE_PASSWORD", "from-env", "DMSPILOT_TARGET_PASSWORD", "tgt");

        ParsedConnection source = JdbcUrls.parse("jdbc:mysql://h/shop?user=app", ConnectionRole.SOURCE, env::get);
        ParsedConnection target = JdbcUrls.parse("jdbc:postgresql://h/shop?user=app", ConnectionRole.TARGET, env::get);
        ParsedConnection urlWins = JdbcUrls.parse("jdbc:mysql://h/shop?user=app&password=u", ConnectionRole.SOURCE,
                env::get);

        assertThat(source.password()).containsExactly("from-env".toCharArray());
        assertThat(source.passwordSource()).isEqualTo(ParsedConnection.PasswordSource.ENVIRONMENT);
        assertThat(target.password()).containsExactly("tgt".toCharArray());
        assertThat(urlWins.password()).containsExactly('u');
    }

    @Test
    void parametersTheToolDoesNotReadGoToTheDriver() {
        ParsedConnection parsed = parse("jdbc:mysql://h/db?user=u&password=pw&allowPublicKeyRetrieval=true"
                + "&sslMode=disable&useCompression=true", ConnectionRole.SOURCE);

        assertThat(parsed.profile().driverParameters()).containsExactly(Map.entry("allowPublicKeyRetrieval", "true"),
                Map.entry("useCompression", "true"));
        assertThat(JdbcUrls.driverUrl(parsed.profile())).isEqualTo("jdbc:mysql://h:3306/db?allowPublicKeyRetrieval"
                + "=true&useCompression=true&sslMode=DISABLED&connectTimeout=10000");
        assertThat(parse(JdbcUrls.format(parsed.profile(), null), ConnectionRole.SOURCE).profile())
                .isEqualTo(parsed.profile());
        assertThat(parsed.toString()).contains("password=***").doesNotContain("=pw");
    }

    @Test
    void parameterHoldingASecretIsRefusedNotKept() {
        assertThatThrownBy(() -> parse("jdbc:mysql://h/db?user=u&trustCertificateKeyStorePassword=S3cr3t-x",
                ConnectionRole.SOURCE)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("trustCertificateKeyStorePassword, which holds a secret")
                .hasMessageNotContaining("S3cr3t-x");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|No JDBC URL was given for the source",
        "mysql://h/db?user=u&password=Secr3t-X|Not a JDBC URL",
        "jdbc:oracle:thin:@h:1521/db?password=Secr3t-X|does not read jdbc:oracle URLs",
        "jdbc:postgresql://h/db?user=u&password=Secr3t-X|The source must be MySQL or MariaDB",
        "jdbc:mysql://:3306/db?user=u&password=Secr3t-X|has no host",
        "jdbc:mysql://a,b:3306/db?user=u&password=Secr3t-X|several hosts",
        "jdbc:mysql://h:99999/db?user=u&password=Secr3t-X|The port \"99999\" in the JDBC URL is not a number",
        "jdbc:mysql://h:abc/db?user=u&password=Secr3t-X|The port \"abc\"",
        "jdbc:mysql://h/db?password=Secr3t-X|names no user",
        "jdbc:mysql://h/db?user=u&password=Secr3t-X&sslMode=maybe|Unknown TLS mode \"maybe\"",
        "jdbc:mysql://h/db?user=u&password=Secr3t-X&connectTimeout=-5|connectTimeout \"-5\"",
        "jdbc:mysql://h/db?user=u&password=Secr3t-X%zz|Bad percent escape in the value of password",
        "jdbc:mysql://u:Secr3t-X@/db|has no host",
    })
    void badSourceUrlsSayWhatIsWrongWithoutThePassword(String url, String expected) {
        assertThatThrownBy(() -> parse(url, ConnectionRole.SOURCE))
                .isInstanceOf(DmsPilotException.class)
                .hasMessageContaining(expected)
                .hasMessageNotContaining("Secr3t");
    }

    @Test
    void mysqlUrlGivenAsTargetIsRefused() {
        assertThatThrownBy(() -> parse("jdbc:mysql://h/db?user=u", ConnectionRole.TARGET))
                .hasMessageContaining("The target must be PostgreSQL");
    }

    @Test
    void redactHidesPasswordsInParametersAndUserInfo() {
        assertThat(JdbcUrls.redact("jdbc:mysql://u:Secr3t@h/db?user=u&Password=Other&x=1"))
                .isEqualTo("jdbc:mysql://u:***@h/db?user=u&Password=***&x=1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MYSQL|DISABLE|jdbc:mysql://h:3306/db?sslMode=DISABLED&connectTimeout=10000",
        "MYSQL|PREFER|jdbc:mysql://h:3306/db?sslMode=PREFERRED&connectTimeout=10000",
        "MARIADB|DISABLE|jdbc:mariadb://h:3306/db?sslMode=disable&connectTimeout=10000",
        "MARIADB|PREFER|jdbc:mariadb://h:3306/db?sslMode=trust&connectTimeout=10000",
        "MARIADB|VERIFY_FULL|jdbc:mariadb://h:3306/db?sslMode=verify-full&serverSslCert=%2Fca.pem&connectTimeout=10000",
        "POSTGRESQL|REQUIRE|jdbc:postgresql://h:5432/db?sslmode=require&connectTimeout=10&loginTimeout=10"
                + "&ApplicationName=DMS%20Pilot",
        "POSTGRESQL|VERIFY_CA|jdbc:postgresql://h:5432/db?sslmode=verify-ca&sslrootcert=%2Fca.pem&connectTimeout=10"
                + "&loginTimeout=10&ApplicationName=DMS%20Pilot",
    })
    void driverUrlCarriesTlsAndTimeoutThroughTheRightDriver(Engine engine, TlsMode tls, String expected) {
        ConnectionProfile profile = new ConnectionProfile(engine, "h", 0, "db", "u", tls, "/ca.pem", null, 0);

        assertThat(JdbcUrls.driverUrl(profile)).isEqualTo(expected);
    }
}
