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
}
