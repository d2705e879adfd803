package org.dmspilot.core.catalog;

import java.util.Map;

/**
 * One information_schema row, values kept as the server's text (upper-case column labels). Mappers read rows
 * through it, so recorded rows of servers we cannot start (MySQL 8) test the same mapping code.
 */
record Row(Map<String, String> values) {
    String str(String column) {
        return values.get(column);
    }

    /** Non-null, trimmed text ("" for null). */
    String text(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    Long lng(String column) {
        String v = values.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    int integer(String column, int fallback) {
        Long v = lng(column);
        return v == null ? fallback : v.intValue();
    }

    /** YES / 1 / TRUE (any case) is true. */
    boolean yes(String column) {
        String v = text(column).toUpperCase();
        return v.equals("YES") || v.equals("1") || v.equals("TRUE");
    }

    /** Upper-case text, null when empty. */
    String keyword(String column) {
        String v = text(column);
        return v.isEmpty() ? null : v.toUpperCase();
    }

    /** Text, null when empty. */
    String orNull(String column) {
        String v = text(column);
        return v.isEmpty() ? null : values.get(column);
    }

    /** A timestamp as {@code yyyy-MM-dd HH:mm:ss} (drops a trailing {@code .0}). */
    String timestamp(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        return v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    }
}
