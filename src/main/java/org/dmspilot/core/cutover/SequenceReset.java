package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.TablePair;

/**
 * After cutover, every identity and serial column of the target continues after the largest value the migration
 * copied (DMS and COPY write explicit ids and leave the sequences where they were) — and never below the source
 * table's {@code AUTO_INCREMENT}, so ids the source handed out and then deleted are not handed out again.
 */
public final class SequenceReset {
    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname,
                   pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ? AND a.attnum > 0 AND NOT a.attisdropped
               AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL
             ORDER BY c.relname, a.attnum""";

    private SequenceReset() {
    }

    /** One sequence set: the next value the column will get. */
    public record Reset(String table, String column, String sequence, long nextValue) {
    }

    /** Sets each sequence of the schema so its next value is max(column) + 1 (1 for an empty table). */
    public static List<Reset> resetAll(Connection target, String schema) {
        return resetAll(target, schema, Map.of());
    }

    /**
     * Sets each sequence of the schema so its next value is the larger of max(column) + 1 and the source's next
     * {@code AUTO_INCREMENT} value for that table.
     *
     * @param floors next AUTO_INCREMENT value by target table name (see {@link #sourceAutoIncrements})
     */
    public static List<Reset> resetAll(Connection target, String schema, Map<String, Long> floors) {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = target.prepareStatement(COLUMNS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            List<Reset> done = new ArrayList<>();
            try (Statement st = target.createStatement()) {
                for (String[] c : columns) {
                    String sql = "SELECT setval(" + literal(c[3]) + ", GREATEST(COALESCE((SELECT max(" + ident(c[2])
                            + ") FROM " + ident(c[0]) + "." + ident(c[1]) + "), 0) + 1, " + floors.getOrDefault(c[1], 1L)
                            + "), false)";
                    try (ResultSet rs = st.executeQuery(sql)) {
                        rs.next();
                        done.add(new Reset(c[0] + "." + c[1], c[2], c[3], rs.getLong(1)));
                    }
                }
            }
            return done;
        } catch (SQLException e) {
            throw new DmsPilotException("Resetting the sequences of schema " + schema + " failed: " + e.getMessage(),
                    e);
        }
    }

    /**
     * The source's next AUTO_INCREMENT value per table, keyed by the target table's name.
     *
     * @param source a MySQL or MariaDB connection
     * @param pairs the migrated tables (source and target names)
     * @param sourceSchema the source schema
     */
    public static Map<String, Long> sourceAutoIncrements(Connection source, List<TablePair> pairs,
            String sourceSchema) throws SQLException {
        try (Statement st = source.createStatement()) {
            // MySQL 8+ caches information_schema.TABLES statistics (AUTO_INCREMENT included) for a day by default
            st.execute("SET SESSION information_schema_stats_expiry = 0");
        } catch (SQLException notMysql) {
            // MariaDB has no such cache
        }
        Map<String, Long> bySource = new HashMap<>();
        try (PreparedStatement ps = source.prepareStatement("SELECT TABLE_NAME, AUTO_INCREMENT FROM "
                + "information_schema.TABLES WHERE TABLE_SCHEMA = ? AND AUTO_INCREMENT IS NOT NULL")) {
            ps.setString(1, sourceSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bySource.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, Long> byTarget = new HashMap<>();
        for (TablePair pair : pairs) {
            Long next = bySource.get(pair.source());
            if (next != null) {
                byTarget.put(pair.target(), next);
            }
        }
        return byTarget;
    }

    private static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
