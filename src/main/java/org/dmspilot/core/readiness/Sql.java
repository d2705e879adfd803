package org.dmspilot.core.readiness;

/** Quoting for the fix SQL the checks print. */
final class Sql {
    private Sql() {
    }

    /** A MySQL identifier in backticks. */
    static String id(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code `schema`.`table`}. */
    static String table(String schema, String table) {
        return id(schema) + "." + id(table);
    }

    /** A string literal in single quotes. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
