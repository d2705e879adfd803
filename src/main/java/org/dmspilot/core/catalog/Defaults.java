package org.dmspilot.core.catalog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.model.catalog.DefaultValue;

/**
 * Turns a default as a server or a dump writes it into a typed {@link DefaultValue}. MariaDB ≥ 10.2.7 quotes
 * literals in information_schema ({@code 'abc'}, {@code NULL}, {@code current_timestamp()}); MySQL and older MariaDB
 * write the bare value ({@code abc}, {@code CURRENT_TIMESTAMP}) and flag expressions with {@code DEFAULT_GENERATED}.
 * The current-timestamp family is spelled one way everywhere: {@code current_timestamp()} /
 * {@code current_timestamp(3)}.
 */
final class Defaults {
    static final Set<String> NUMERIC_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "float", "double", "real", "year");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BIT = Pattern.compile("(?i)(b'[01]*'|x'[0-9a-f]*'|0x[0-9a-f]+)");
    private static final Pattern NOW = Pattern.compile(
            "(?i)(current_timestamp|now|localtimestamp|localtime)\\s*(\\(\\s*(\\d*)\\s*\\))?");

    private Defaults() {
    }

    /**
     * A default from information_schema.COLUMNS.
     *
     * @param raw COLUMN_DEFAULT (null when SQL NULL)
     * @param extra the EXTRA column (may hold DEFAULT_GENERATED)
     */
    static DefaultValue fromInformationSchema(String raw, String dataType, boolean nullable, String extra,
            ServerVersion version) {
        if (version.quotesDefaults()) {
            if (raw == null) {
                return null;
            }
            return fromSqlText(raw.trim());
        }
        if (raw == null) {
            return nullable ? DefaultValue.NULL : null;
        }
        String type = dataType == null ? "" : dataType.toLowerCase();
        if (extra != null && extra.toUpperCase().contains("DEFAULT_GENERATED")) {
            return DefaultValue.expression(canonicalExpression(raw));
        }
        if (NOW.matcher(raw.trim()).matches() && (type.equals("timestamp") || type.equals("datetime"))) {
            return DefaultValue.expression(canonicalExpression(raw));
        }
        if (type.equals("bit")) {
            return DefaultValue.bit(raw.trim());
        }
        if (NUMERIC_TYPES.contains(type) && NUMBER.matcher(raw.trim()).matches()) {
            return DefaultValue.number(raw.trim());
        }
        if ((type.equals("binary") || type.equals("varbinary")) && HEX.matcher(raw).matches()) {
            return binaryDefault(raw);
        }
        return DefaultValue.string(raw);
    }

    private static final Pattern HEX = Pattern.compile("0x(?:[0-9a-fA-F]{2})*");

    /** MySQL 8 shows a BINARY/VARBINARY default as hex ({@code 0x6162}); the text it stands for, when it is text. */
    private static DefaultValue binaryDefault(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex.substring(2));
        try {
            return DefaultValue.string(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return DefaultValue.expression(hex); // bytes that are no text stay MySQL's hex literal
        }
    }

    /**
     * A default written as SQL: {@code NULL}, {@code 'text'}, {@code 12.5}, {@code b'1'}, {@code (expr)},
     * {@code current_timestamp()}... as in MariaDB's information_schema and in {@code SHOW CREATE TABLE}.
     */
    static DefaultValue fromSqlText(String sql) {
        String s = sql.trim();
        if (s.equalsIgnoreCase("NULL")) {
            return DefaultValue.NULL;
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return DefaultValue.string(unquote(s));
        }
        if (s.startsWith("_") && s.indexOf('\'') > 0 && s.endsWith("'")) {
            return DefaultValue.string(unquote(s.substring(s.indexOf('\''))));
        }
        if (NUMBER.matcher(s).matches()) {
            return DefaultValue.number(s.startsWith("+") ? s.substring(1) : s);
        }
        if (BIT.matcher(s).matches()) {
            return DefaultValue.bit(s);
        }
        return DefaultValue.expression(canonicalExpression(MysqlText.stripParentheses(s)));
    }

    /** {@code CURRENT_TIMESTAMP}, {@code now()}, {@code current_timestamp(3)} → {@code current_timestamp()}/(3). */
    static String canonicalExpression(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.trim();
        Matcher m = NOW.matcher(s);
        if (m.matches()) {
            String digits = m.group(3) == null ? "" : m.group(3);
            return "current_timestamp(" + digits + ")";
        }
        return s;
    }

    /** {@code 'it''s'} / {@code 'a\\nb'} → the string value, as the server reads it. */
    static String unquote(String quoted) {
        return MysqlText.stringValue(quoted);
    }
}
