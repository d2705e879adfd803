package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;

/**
 * After cutover, every identity and serial column of the target continues after the largest value the migration
 * copied (DMS and COPY write explicit ids and leave the sequences where they were).
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
                    String sql = "SELECT setval(" + literal(c[3]) + ", COALESCE((SELECT max(" + ident(c[2])
                            + ") FROM " + ident(c[0]) + "." + ident(c[1]) + "), 0) + 1, false)";
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

    private static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
