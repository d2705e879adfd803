package org.dmspilot.core.engine.cdc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The binary log files the source still has ({@code SHOW BINARY LOGS}). */
final class BinlogFiles {
    private BinlogFiles() {
    }

    /** True when the source still has {@code file}. */
    static boolean has(Connection source, String file) throws SQLException {
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SHOW BINARY LOGS")) {
            while (rs.next()) {
                if (rs.getString(1).equals(file)) {
                    return true;
                }
            }
        }
        return false;
    }
}
