package org.dmspilot.core.convert.sql;

import java.util.Map;

/** MySQL string literals → their value → PostgreSQL standard literals (standard_conforming_strings on). */
final class Literals {
    /** MySQL backslash escapes; {@code \%} and {@code \_} keep the backslash (they are LIKE escapes). */
    private static final Map<Character, String> ESCAPES = Map.of(
            'n', "\n", 't', "\t", 'r', "\r", 'b', "\b", 'Z', "\u001a", '0', "\u0000",
            '%', "\\%", '_', "\\_");

    private Literals() {
    }

    /** True for a token spelled as a MySQL string: single quotes, or double quotes when not ANSI_QUOTES. */
    static boolean isString(String token, SqlMode mode) {
        return token.startsWith("'") || token.startsWith("\"") && !mode.ansiQuotes();
    }

    /** The value of a quoted MySQL string token ({@code 'it''s'}, {@code 'it\'s'}, {@code "x"}). */
    static String value(String token, SqlMode mode) {
        char quote = token.charAt(0);
        String body = token.substring(1, token.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && !mode.noBackslashEscapes() && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(ESCAPES.getOrDefault(next, String.valueOf(next)));
            } else if (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
