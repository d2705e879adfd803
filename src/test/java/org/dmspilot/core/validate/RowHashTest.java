package org.dmspilot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.dmspilot.testsupport.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row digest follows the source's version: MD5 where it is built in, SHA-256 on MySQL 9.6 and later. */
class RowHashTest {
    @ParameterizedTest
    @CsvSource({"9.7.4-2, MYSQL_SHA256", "9.6.0, MYSQL_SHA256", "10.0.1, MYSQL_SHA256", "9.5.0, MYSQL",
        "8.4.3, MYSQL", "8.0.36-log, MYSQL", "11.4.5-MariaDB-log, MARIADB", "5.5.5-10.11.6-MariaDB-0+deb12u1, MARIADB"})
    void theDigestIsChosenByTheServerVersion(String version, RowHash expected) {
        assertThat(RowHash.forVersion(version)).isEqualTo(expected);
    }

    @Test
    void theRealMysqlHasNoMd5AndTheChosenDigestRunsOnIt() throws Exception {
        try (Connection c = Databases.newMysqlDatabase("row_hash").connect(); var s = c.createStatement()) {
            assertThat(RowHash.of(c)).isEqualTo(RowHash.MYSQL_SHA256);
            assertThatThrownBy(() -> s.executeQuery("SELECT MD5('x')")).isInstanceOf(SQLException.class);
            try (ResultSet rs = s.executeQuery("SELECT " + RowHash.MYSQL_SHA256.mysql("'x'"))) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(java.util.HexFormat.of().formatHex(RowHash.MYSQL_SHA256.digest()
                        .digest("x".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
    }
}
