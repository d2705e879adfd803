package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A place in the source's binary log: where CDC starts after a full load.
 *
 * @param file binlog file name, e.g. {@code mysql-bin.000003}
 * @param position byte offset in that file
 */
public record BinlogPosition(String file, long position) {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BinlogPosition.class);

    /**
     * The server's current binlog position ({@code SHOW MASTER STATUS}, or {@code SHOW BINARY LOG STATUS} on MySQL
     * 8.4); empty when the server has no binary log or the login may not ask.
     */
    public static Optional<BinlogPosition> current(Connection c) {
        for (String sql : List.of("SHOW MASTER STATUS", "SHOW BINARY LOG STATUS")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? Optional.of(new BinlogPosition(rs.getString(1), rs.getLong(2))) : Optional.empty();
            } catch (SQLException e) {
                LOG.debug("{} failed: {}", sql, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * The server's executed GTID set ({@code @@global.gtid_executed}) when it is MySQL with {@code gtid_mode = ON},
     * else null (MariaDB's GTIDs are another scheme; CDC resumes there by file and position).
     */
    public static String executedGtids(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@global.gtid_mode,"
                + " @@global.gtid_executed")) {
            return rs.next() && "ON".equalsIgnoreCase(rs.getString(1)) ? rs.getString(2).replace("\n", "")
                    : null;
        } catch (SQLException e) {
            LOG.debug("no MySQL GTIDs: {}", e.getMessage());
            return null;
        }
    }

    /** True when this position is {@code other} or later (binlog files are numbered in order). */
    public boolean isAtOrAfter(BinlogPosition other) {
        int files = file.compareTo(other.file);
        return files > 0 || files == 0 && position >= other.position;
    }

    @Override
    public String toString() {
        return file + ":" + position;
    }
}
