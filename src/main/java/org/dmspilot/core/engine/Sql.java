package org.dmspilot.core.engine;

/** Identifier quoting for both engines. */
public final class Sql {
    private Sql() {
    }

    /** A MySQL identifier in backticks. */
    public static String my(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A PostgreSQL identifier in double quotes. */
    public static String pg(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A string literal valid on both engines (no backslashes expected in names). */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Lets the rows of {@code st}'s next query stream instead of being read whole: MySQL Connector/J streams only with
     * the fetch size {@link Integer#MIN_VALUE} (and then the connection runs nothing else until the rows are read);
     * MariaDB Connector/J and pgJDBC fetch {@code rows} at a time.
     */
    public static void stream(java.sql.Statement st, int rows) throws java.sql.SQLException {
        boolean connectorJ = st.getConnection().isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class);
        st.setFetchSize(connectorJ ? Integer.MIN_VALUE : rows);
    }
}
