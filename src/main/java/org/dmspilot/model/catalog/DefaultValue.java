package org.dmspilot.model.catalog;

/**
 * A column default, typed the same way whichever server or dump it came from: MariaDB ≥ 10.2.7 writes
 * {@code 'abc'} and {@code current_timestamp()} in information_schema, MySQL writes {@code abc} and
 * {@code CURRENT_TIMESTAMP}; both become {@code STRING "abc"} and {@code EXPRESSION "current_timestamp()"}.
 *
 * @param kind what the value is
 * @param value the literal (unquoted, unescaped) for STRING, the digits for NUMBER, the literal as written for BIT
 *     ({@code b'101'}), the SQL text for EXPRESSION, null for NULL
 */
public record DefaultValue(Kind kind, String value) {
    /** What a default is. */
    public enum Kind {
        /** DEFAULT NULL. */
        NULL,
        /** A string literal. */
        STRING,
        /** A numeric literal. */
        NUMBER,
        /** A bit or hex literal such as {@code b'101'} or {@code 0x1F}. */
        BIT,
        /** An expression evaluated per row, e.g. {@code current_timestamp()}, {@code uuid()}, {@code (a + 1)}. */
        EXPRESSION
    }

    public static final DefaultValue NULL = new DefaultValue(Kind.NULL, null);

    public static DefaultValue string(String value) {
        return new DefaultValue(Kind.STRING, value);
    }

    public static DefaultValue number(String value) {
        return new DefaultValue(Kind.NUMBER, value);
    }

    public static DefaultValue bit(String value) {
        return new DefaultValue(Kind.BIT, value);
    }

    public static DefaultValue expression(String sql) {
        return new DefaultValue(Kind.EXPRESSION, sql);
    }
}
