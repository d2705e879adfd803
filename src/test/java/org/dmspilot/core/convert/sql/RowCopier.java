package org.dmspilot.core.convert.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the rows of every table of a MariaDB database into the converted PostgreSQL schema: values read as text in
 * UTC, inserted with casts to the target column types (SET text 'a,b' becomes the array '{a,b}'), generated columns
 * left to the target, triggers and foreign keys silenced during the load, identity sequences moved past the maximum.
 * A test stand-in until the engine brings a loader.
 */
final class RowCopier {
    private RowCopier() {
    }

    record TargetColumn(String name, String type, boolean identity) {
    }

    static void copy(Connection mariadb, Connection postgres, String schema) throws SQLException {
        TwoEngines.run(mariadb, "SET time_zone = '+00:00'");
        TwoEngines.run(postgres, "SET TIME ZONE 'UTC'");
        boolean autoCommit = postgres.getAutoCommit();
        postgres.setAutoCommit(false);
        try {
            TwoEngines.run(postgres, "SET LOCAL session_replication_role = replica");
            for (String table : tables(postgres, schema)) {
                copyTable(mariadb, postgres, schema, table);
            }
            postgres.commit();
        } catch (SQLException | RuntimeException e) {
            postgres.rollback();
            throw e;
        } finally {
            postgres.setAutoCommit(autoCommit);
        }
    }

    private static List<String> tables(Connection postgres, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = postgres.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY c.relname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<TargetColumn> columns(Connection postgres, String qualified) throws SQLException {
        List<TargetColumn> out = new ArrayList<>();
        try (PreparedStatement ps = postgres.prepareStatement("SELECT attname, format_type(atttypid, atttypmod),"
                + " attidentity <> '' FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0"
                + " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum")) {
            ps.setString(1, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TargetColumn(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return out;
    }

    private static void copyTable(Connection mariadb, Connection postgres, String schema, String table)
            throws SQLException {
        String qualified = schema + "." + table;
        List<TargetColumn> columns = columns(postgres, qualified);
        String names = String.join(", ", columns.stream().map(c -> "`" + c.name() + "`").toList());
        String insert = "INSERT INTO " + qualified + " (" + String.join(", ", columns.stream()
                .map(c -> "\"" + c.name() + "\"").toList()) + ") OVERRIDING SYSTEM VALUE VALUES ("
                + String.join(", ", columns.stream().map(c -> "CAST(? AS " + c.type() + ")").toList()) + ")";
        try (Statement s = mariadb.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + names + " FROM `" + schema + "`.`" + table + "`");
                PreparedStatement ps = postgres.prepareStatement(insert)) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setString(i + 1, value(rs.getString(i + 1), columns.get(i).type()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (TargetColumn c : columns) {
            if (c.identity()) {
                TwoEngines.run(postgres, "SELECT setval(pg_get_serial_sequence('" + qualified + "', '" + c.name()
                        + "'), coalesce(max(\"" + c.name() + "\"), 0) + 1, false) FROM " + qualified);
            }
        }
    }

    /** SET values arrive as 'a,b' and go to a text[] column as '{a,b}'. */
    static String value(String text, String targetType) {
        if (text == null || !targetType.endsWith("[]")) {
            return text;
        }
        return text.isEmpty() ? "{}" : "{" + text + "}";
    }
}
