package org.dmspilot.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test suite's real Oracle MySQL: a CDC-ready source that the administrator login reaches over TCP. */
class MysqlServerTest {

    @Test
    void theServerIsARealMysqlWithRowBinlogAndGtids() throws Exception {
        TestDatabase db = Databases.newMysqlDatabase("mysql server");
        Map<String, String> vars = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@version, @@version_comment, @@log_bin, @@binlog_format,"
                        + " @@binlog_row_image, @@gtid_mode")) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                vars.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
            }
        }
        assertThat(vars.get("@@version")).matches("9\\.\\d+\\.\\d+.*");
        assertThat(vars.get("@@version_comment")).doesNotContainIgnoringCase("mariadb");
        assertThat(vars).containsEntry("@@log_bin", "1").containsEntry("@@binlog_format", "ROW")
                .containsEntry("@@binlog_row_image", "FULL").containsEntry("@@gtid_mode", "ON");
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT plugin FROM mysql.user WHERE user = '" + Databases.ADMIN_USER
                        + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("caching_sha2_password");
        }
    }

    @Test
    void dataSurvivesAStopAndStartOnTheSamePort() throws Exception {
        TestDatabase db = Databases.newMysqlDatabase("mysql restart");
        db.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))", "INSERT INTO t VALUES (1, 'kept')");
        MysqlServer server = Databases.mysql();
        int port = server.port();
        server.stop();
        server.start();
        assertThat(server.port()).isEqualTo(port);
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM t WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }
}
