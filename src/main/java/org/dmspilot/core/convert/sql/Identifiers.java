package org.dmspilot.core.convert.sql;

import org.dmspilot.core.convert.PgNames;

import java.util.Set;

/**
 * PostgreSQL identifiers for MySQL names: lower-cased (MySQL routine, column and variable names are case-insensitive)
 * and double-quoted only when needed — a reserved word, or a name that is not a plain lower-case identifier.
 */
public final class Identifiers {
    /** PL/pgSQL's reserved words: a variable of that name must be quoted (SQL keywords are PgNames' business). */
    private static final Set<String> PLPGSQL_RESERVED = Set.of("by", "exit", "continue", "loop", "while", "foreach",
            "elsif", "return", "raise", "declare", "begin", "exception", "found", "strict", "open", "close",
            "perform", "get", "execute", "if");

    private Identifiers() {
    }

    /** The PostgreSQL spelling of one MySQL name (unquoted input, e.g. {@code Order Items} or {@code total}). */
    public static String quote(String name) {
        String target = PgNames.name(name);
        return PLPGSQL_RESERVED.contains(target) ? "\"" + target + "\"" : PgNames.quote(target);
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
}
