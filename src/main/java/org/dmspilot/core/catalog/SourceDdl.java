package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/**
 * MySQL DDL rendered from the catalog model, the way {@code SHOW CREATE ...} shows it, so the source DDL of every
 * object is at hand offline (from a saved project or a dump) without asking the server.
 */
public final class SourceDdl {
    private SourceDdl() {
    }

    /** A backtick-quoted MySQL identifier. */
    public static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A MySQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    public static String table(Table t) {
        List<String> lines = new ArrayList<>();
        for (Column c : t.columns()) {
            lines.add(column(c, t.collation()));
        }
        for (Index i : t.indexes()) {
            lines.add(index(i));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            lines.add("CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                    + (fk.referencedSchema() == null ? "" : quote(fk.referencedSchema()) + ".")
                    + quote(fk.referencedTable()) + " (" + names(fk.referencedColumns()) + ")"
                    + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete())
                    + (fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate()));
        }
        t.checks().forEach(ch -> lines.add("CONSTRAINT " + quote(ch.name()) + " CHECK (" + ch.clause() + ")"));
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(quote(t.name())).append(" (\n  ")
                .append(String.join(",\n  ", lines)).append("\n)");
        if (t.engine() != null) {
            sb.append(" ENGINE=").append(t.engine());
        }
        if (t.autoIncrement() != null) {
            sb.append(" AUTO_INCREMENT=").append(t.autoIncrement());
        }
        if (t.collation() != null) {
            sb.append(" DEFAULT CHARSET=").append(t.collation().replaceAll("_.*", "")).append(" COLLATE=")
                    .append(t.collation());
        }
        if (t.comment() != null && !t.comment().isEmpty()) {
            sb.append(" COMMENT=").append(literal(t.comment()));
        }
        return sb.toString();
    }

    static String column(Column c, String tableCollation) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.columnType());
        if (c.collation() != null && !c.collation().equals(tableCollation)) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(") ")
                    .append(c.generated().stored() ? "STORED" : "VIRTUAL");
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        if (c.invisible()) {
            sb.append(" INVISIBLE");
        }
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(defaultValue(c.defaultValue()));
        }
        if (c.onUpdate() != null) {
            sb.append(" ON UPDATE ").append(c.onUpdate());
        }
        if (c.autoIncrement()) {
            sb.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null && !c.comment().isEmpty()) {
            sb.append(" COMMENT ").append(literal(c.comment()));
        }
        return sb.toString();
    }

    /** A default as MySQL writes it in DDL. */
    public static String defaultValue(DefaultValue d) {
        return switch (d.kind()) {
            case NULL -> "NULL";
            case STRING -> literal(d.value());
            case NUMBER, BIT, EXPRESSION -> d.value();
        };
    }

    static String index(Index i) {
        String parts = i.parts().stream().map(SourceDdl::part).collect(Collectors.joining(","));
        if (i.primary()) {
            return "PRIMARY KEY (" + parts + ")";
        }
        String type = i.type() == null ? "" : i.type().toUpperCase(Locale.ROOT);
        String kind = switch (type) {
            case "FULLTEXT" -> "FULLTEXT KEY ";
            case "SPATIAL" -> "SPATIAL KEY ";
            default -> i.unique() ? "UNIQUE KEY " : "KEY ";
        };
        return kind + quote(i.name()) + " (" + parts + ")" + (i.visible() ? "" : " INVISIBLE");
    }

    private static String part(IndexPart p) {
        if (p.column() == null) {
            return "(" + p.expression() + ")";
        }
        return quote(p.column()) + (p.prefixLength() == null ? "" : "(" + p.prefixLength() + ")")
                + (p.descending() ? " DESC" : "");
    }

    /**
     * The view's CREATE statement; without ALGORITHM when the catalog does not know it (MySQL's information_schema
     * does not report it, and leaving it out means UNDEFINED, MySQL's own default).
     */
    public static String view(View v) {
        return "CREATE " + (v.algorithm() == null ? "" : "ALGORITHM=" + v.algorithm() + " ") + "SQL SECURITY "
                + v.security() + " VIEW " + quote(v.name())
                + " AS " + v.definition()
                + (v.checkOption() == null || v.checkOption().equals("NONE") ? ""
                        : " WITH " + v.checkOption() + " CHECK OPTION");
    }

    public static String routine(Routine r) {
        String params = r.parameters().stream()
                .map(p -> (r.type() == Routine.Type.PROCEDURE ? p.mode() + " " : "") + quote(p.name()) + " "
                        + p.dataType())
                .collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder("CREATE ").append(r.type()).append(' ').append(quote(r.name()))
                .append('(').append(params).append(')');
        if (r.type() == Routine.Type.FUNCTION) {
            sb.append(" RETURNS ").append(r.returnType());
        }
        if (r.deterministic()) {
            sb.append("\n    DETERMINISTIC");
        }
        if (r.sqlDataAccess() != null && !r.sqlDataAccess().equals("CONTAINS SQL")) {
            sb.append("\n    ").append(r.sqlDataAccess());
        }
        if (r.security() != null && r.security().equals("INVOKER")) {
            sb.append("\n    SQL SECURITY INVOKER");
        }
        if (r.comment() != null && !r.comment().isEmpty()) {
            sb.append("\n    COMMENT ").append(literal(r.comment()));
        }
        return sb.append('\n').append(r.body()).toString();
    }

    public static String trigger(Trigger t) {
        return "CREATE TRIGGER " + quote(t.name()) + " " + t.timing() + " " + t.event() + " ON " + quote(t.table())
                + " FOR EACH ROW " + t.body();
    }

    private static String names(List<String> names) {
        return names.stream().map(SourceDdl::quote).collect(Collectors.joining(", "));
    }
}
