package org.dmspilot.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/** One behaviour probe of a code object: what the source did and what the converted object did, and whether equal. */
record Probe(String kind, String object, boolean equal, String detail) {
    /** Runs work on a connection inside a transaction that is rolled back afterwards. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The outcome of one call on one engine: rows or an error's SQLSTATE class. */
    record Outcome(List<List<String>> rows, String errorClass, String error) {
        static Outcome of(List<List<String>> rows) {
            return new Outcome(rows, null, null);
        }

        static Outcome failed(SQLException e) {
            String state = e.getSQLState() == null ? "??" : e.getSQLState();
            return new Outcome(null, state.length() >= 2 ? state.substring(0, 2) : state, e.getMessage());
        }

        /** Same rows, or both raised an error of the same SQLSTATE class. */
        boolean sameAs(Outcome other) {
            if (errorClass != null || other.errorClass != null) {
                return Objects.equals(errorClass, other.errorClass);
            }
            return rows.equals(other.rows);
        }

        @Override
        public String toString() {
            return errorClass != null ? "error " + errorClass + ": " + error : String.valueOf(rows);
        }
    }

    static <T> T rolledBack(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            return work.run(c);
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    static Outcome outcome(Connection c, Work<List<List<String>>> work) {
        try {
            return Outcome.of(work.run(c));
        } catch (SQLException e) {
            return Outcome.failed(e);
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
