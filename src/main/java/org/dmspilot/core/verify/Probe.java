package org.dmspilot.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One behaviour probe of a code object: what the source did, what the converted object did on PostgreSQL, and
 * whether they were the same.
 *
 * @param kind {@code view}, {@code function}, {@code procedure} or {@code trigger}
 * @param object the object's name in its source schema (not qualified)
 * @param verdict whether both engines gave the same rows (or an error of the same SQLSTATE class), or why the
 *     probe could not run
 * @param detail the probing statement, and both outcomes when they differed (the reason when not probed)
 */
public record Probe(String kind, String object, Verdict verdict, String detail) {
    /** What a probe found. */
    public enum Verdict {
        /** Same rows, effects and OUT values (or an error of the same SQLSTATE class) on both engines. */
        EQUAL,
        /** The engines differed; the detail shows both outcomes. */
        DIFFERENT,
        /** The probe could not run (e.g. no row to fire a trigger on); nothing is known. */
        NOT_PROBED
    }

    Probe(String kind, String object, boolean equal, String detail) {
        this(kind, object, equal ? Verdict.EQUAL : Verdict.DIFFERENT, detail);
    }

    /** A probe that could not run, and why. */
    static Probe notProbed(String kind, String object, String reason) {
        return new Probe(kind, object, Verdict.NOT_PROBED, reason);
    }

    /** Whether the engines behaved the same. */
    public boolean equal() {
        return verdict == Verdict.EQUAL;
    }

    /** Runs work on a connection inside a transaction that is rolled back afterwards. */
    public interface Work<T> {
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

    /**
     * Runs work in a transaction that is rolled back afterwards; when the connection is already inside a
     * transaction (auto-commit off), in a savepoint rolled back afterwards, so the outer transaction survives.
     */
    public static <T> T rolledBack(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        if (!auto) {
            Savepoint savepoint = c.setSavepoint();
            try {
                return work.run(c);
            } finally {
                c.rollback(savepoint);
            }
        }
        c.setAutoCommit(false);
        try {
            return work.run(c);
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    /** Rows of the work, or the error it raised; nothing it did is kept. */
    static Outcome outcome(Connection c, Work<List<List<String>>> work) {
        try {
            return Outcome.of(rolledBack(c, work));
        } catch (SQLException e) {
            return Outcome.failed(e);
        }
    }

    /** Executes one statement. */
    public static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
