package org.dmspilot.core.convert.sql;

import org.dmspilot.core.sqlparse.MysqlText;

/** MySQL string literals → their value → PostgreSQL standard literals (standard_conforming_strings on). */
final class Literals {
    private Literals() {
    }

    /** True for a token spelled as a MySQL string: single quotes, or double quotes when not ANSI_QUOTES. */
    static boolean isString(String token, SqlMode mode) {
        return token.startsWith("'") || token.startsWith("\"") && !mode.ansiQuotes();
    }

    /** The value of a quoted MySQL string token ({@code 'it''s'}, {@code 'it\\'s'}, {@code "x"}). */
    static String value(String token, SqlMode mode) {
        return MysqlText.stringValue(token, !mode.noBackslashEscapes());
    }

    /** A PostgreSQL literal for a value: {@code 'x'}, or {@code E'...'} when it holds control characters. */
    static String literal(String value) {
        boolean control = value.chars().anyMatch(c -> c < 0x20 && c != '\n');
        if (!control) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("E'");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("''");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('\'').toString();
    }
}
