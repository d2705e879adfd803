package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.FullIdContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmspilot.core.convert.PgNames;
import org.dmspilot.core.sqlparse.MysqlText;

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

    /**
     * A table or view: the PostgreSQL name the conversion gave it ({@link TableLookup#relationName}), quoted as needed
     * and never folded again, or else its name as {@link #quote} spells it; qualified with {@code schema} unless null.
     */
    static String relation(String schema, String name, Optional<String> target) {
        return target.map(t -> (schema == null || schema.isEmpty() ? "" : quote(schema) + ".") + PgNames.quote(t))
                .orElseGet(() -> qualified(schema, name));
    }

    /** The parts of a possibly qualified name ({@code db.t}, {@code `db`.`t`}), unquoted. */
    static List<String> parts(FullIdContext id) {
        List<String> parts = new ArrayList<>();
        id.uid().forEach(u -> parts.add(unquoteMysql(u.getText())));
        if (id.DOT_ID() != null) {
            parts.add(unquoteMysql(id.DOT_ID().getText().substring(1)));
        }
        return parts;
    }

    /** The name inside a MySQL identifier token: backticks removed and doubled backticks undone. */
    static String unquoteMysql(String token) {
        return MysqlText.unquoteIdentifier(token);
    }
}
