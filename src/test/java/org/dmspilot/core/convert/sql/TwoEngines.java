package org.dmspilot.core.convert.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;

/**
 * The same schema on a source server (the embedded MariaDB, or the Oracle MySQL when asked; the fields and methods
 * named {@code mariadb} are that source) and the embedded PostgreSQL (schema named like the source database), to run
 * an original object on one and its conversion on the other and compare what they do.
 */
final class TwoEngines implements AutoCloseable {
    final TestDatabase mariaDbDatabase;
    final String schema;
    final Connection mariadb;
    final Connection postgres;

    TwoEngines(String hint) throws SQLException {
        this(Engine.MARIADB, hint);
    }

    TwoEngines(Engine source, String hint) throws SQLException {
        mariaDbDatabase = Databases.newSourceDatabase(source, hint);
        schema = mariaDbDatabase.database();
        TestDatabase pg = Databases.newPostgresDatabase(hint);
        mariadb = mariaDbDatabase.connect();
        postgres = pg.connect();
        run(mariadb, "SET GLOBAL log_bin_trust_function_creators = 1");
        run(postgres, "CREATE SCHEMA " + schema);
        run(postgres, "SET search_path = " + schema);
    }

    void mariadb(String... statements) throws SQLException {
        for (String sql : statements) {
            run(mariadb, sql);
        }
    }

    void postgres(String... statements) throws SQLException {
        for (String sql : statements) {
            run(postgres, sql);
        }
    }

    /** The same statements on both (plain INSERTs and the like). */
    void both(String... statements) throws SQLException {
        mariadb(statements);
        postgres(statements);
    }

    /** information_schema text of a MariaDB object, as the catalog reader will give it. */
    String mariadbValue(String query, Object... params) throws SQLException {
        try (var ps = mariadb.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static List<List<String>> rows(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rows(rs);
        }
    }

    static List<List<String>> rows(ResultSet rs) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.add(normalize(rs.getObject(i)));
            }
            out.add(row);
        }
        return out;
    }

    /** Values compared across engines: numbers by value, everything else by its text. */
    static String normalize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && !(value instanceof BigDecimal)) {
            value = new BigDecimal(n.toString());
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }

    List<List<String>> mariadbRows(String query) throws SQLException {
        return rows(mariadb, query);
    }

    List<List<String>> postgresRows(String query) throws SQLException {
        return rows(postgres, query);
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n--- while running:\n" + sql, e.getSQLState(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        mariadb.close();
        postgres.close();
    }
}
