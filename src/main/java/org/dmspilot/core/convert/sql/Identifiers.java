package org.dmspilot.core.convert.sql;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL identifiers for MySQL names: lower-cased (MySQL routine, column and variable names are case-insensitive)
 * and double-quoted only when needed — a reserved word, or a name that is not a plain lower-case identifier.
 */
public final class Identifiers {
    /**
     * PostgreSQL 16 key words that cannot be a bare column or function name (Appendix C: reserved, reserved
     * (can be function or type), non-reserved (cannot be function or type)), plus PL/pgSQL's reserved words.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
            "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
            "unique", "user", "using", "variadic", "when", "where", "window", "with",
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose",
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "least",
            "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision",
            "real", "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
            "xmlpi", "xmlroot", "xmlserialize", "xmltable",
            // PL/pgSQL reserved words (a variable of that name must be quoted)
            "by", "exit", "continue", "loop", "while", "foreach", "elsif", "return", "raise", "declare", "begin",
            "exception", "found", "strict", "open", "close", "perform", "get", "execute", "if");

    private Identifiers() {
    }

    /** The PostgreSQL spelling of one MySQL name (unquoted input, e.g. {@code Order Items} or {@code total}). */
    public static String quote(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return isPlain(lower) && !RESERVED.contains(lower) ? lower : "\"" + lower.replace("\"", "\"\"") + "\"";
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return schema == null || schema.isEmpty() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** The name inside a MySQL identifier token: backticks removed and doubled backticks undone. */
    static String unquoteMysql(String token) {
        if (token.length() >= 2 && token.charAt(0) == '`' && token.charAt(token.length() - 1) == '`') {
            return token.substring(1, token.length() - 1).replace("``", "`");
        }
        if (token.length() >= 2 && token.charAt(0) == '"' && token.charAt(token.length() - 1) == '"') {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token;
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 128 || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
