package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.core.convert.MappedType.Note;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.Stage;

/** Secondary indexes and unique keys: prefix → left(), FULLTEXT → GIN over to_tsvector, SPATIAL → GiST. */
final class IndexWriter {
    private final ExpressionTranslator expressions;
    private final ConversionContext ctx;

    IndexWriter(ExpressionTranslator expressions, ConversionContext ctx) {
        this.expressions = expressions;
        this.ctx = ctx;
    }

    void write(Table table, String qualifiedTable, Map<String, ColumnPlan> columns) {
        for (Index index : table.indexes()) {
            if (index.primary()) {
                continue;
            }
            String object = ctx.object(table.name()) + "." + index.name();
            if (index.parts().stream().anyMatch(p -> p.column() != null
                    && !columns.containsKey(p.column().toLowerCase(Locale.ROOT)))) {
                ctx.note(object, excludedDependency("Index " + index.name()));
                continue;
            }
            String name = ctx.names.claim(PgNames.name(table.name() + "_" + index.name()));
            String type = index.type() == null ? "BTREE" : index.type().toUpperCase(Locale.ROOT);
            if (!index.visible()) {
                ctx.note(object, ActionCode.INDEX_INVISIBLE.note(
                        "Invisible index created as a normal index (PostgreSQL has no invisible indexes)."));
            }
            String sql = switch (type) {
                case "FULLTEXT" -> fullText(index, name, qualifiedTable, columns, object);
                case "SPATIAL" -> spatial(index, name, qualifiedTable, columns, object);
                default -> regular(index, name, qualifiedTable, columns, object);
            };
            if (sql != null) {
                ctx.emit(Stage.CONSTRAINTS_AND_INDEXES, ctx.object(table.name()), sql);
            }
        }
    }

    /** GiST on a PostGIS column; none (with a note) when a type override made the column something else. */
    private String spatial(Index index, String name, String qualifiedTable, Map<String, ColumnPlan> columns,
            String object) {
        ColumnPlan column = columns.get(index.parts().get(0).column().toLowerCase(Locale.ROOT));
        if (!column.type().startsWith("geometry")) {
            ctx.note(object, ActionCode.INDEX_SPATIAL_FALLBACK.note("SPATIAL index " + index.name()
                    + " not created: column " + column.source().name() + " is " + column.type()
                    + " (a type override instead of PostGIS geometry)."));
            return null;
        }
        return "CREATE INDEX " + PgNames.quote(name) + " ON " + qualifiedTable + " USING gist (" + column.quoted()
                + ")";
    }

    /** The note for an object left out because a column it needs was excluded by a mapping rule. */
    static Note excludedDependency(String what) {
        return ActionCode.EXCLUDED_DEPENDENCY.note(what + " uses a column excluded by a mapping rule and"
                + " was not created.");
    }

    private String regular(Index index, String name, String table, Map<String, ColumnPlan> columns, String object) {
        boolean plainColumns = index.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null
                && !p.descending());
        List<String> parts = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            String sql = part(part, columns, object);
            if (sql == null) {
                return null;
            }
            parts.add(sql + (part.descending() ? " DESC" : ""));
        }
        if (index.unique() && plainColumns) {
            return "ALTER TABLE " + table + " ADD CONSTRAINT " + PgNames.quote(name) + " UNIQUE ("
                    + String.join(", ", parts) + ")";
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + PgNames.quote(name) + " ON " + table
                + " (" + String.join(", ", parts) + ")";
    }

    private String part(IndexPart part, Map<String, ColumnPlan> columns, String object) {
        if (part.column() == null) {
            return expressions.translate(part.expression()).map(t -> "(" + t.sql() + ")").orElseGet(() -> {
                ctx.note(object, ActionCode.INDEX_EXPRESSION.note(
                        "Functional index part " + part.expression() + " could not be translated; the index was"
                                + " not created."));
                return null;
            });
        }
        ColumnPlan column = columns.get(part.column().toLowerCase(Locale.ROOT));
        if (part.prefixLength() == null) {
            return column.quoted();
        }
        return column.type().equals("bytea")
                ? "(substring(" + column.quoted() + " from 1 for " + part.prefixLength() + "))"
                : "(left(" + column.quoted() + ", " + part.prefixLength() + "))";
    }

    private String fullText(Index index, String name, String table, Map<String, ColumnPlan> columns, String object) {
        ctx.note(object, ActionCode.INDEX_FULLTEXT.note(
                "FULLTEXT index becomes a GIN index over to_tsvector('simple', ...); MATCH ... AGAINST queries"
                        + " must be rewritten."));
        String document = index.parts().stream()
                .map(p -> "coalesce(" + columns.get(p.column().toLowerCase(Locale.ROOT)).quoted() + ", '')")
                .collect(Collectors.joining(" || ' ' || "));
        return "CREATE INDEX " + PgNames.quote(name) + " ON " + table + " USING gin (to_tsvector('simple', "
                + document + "))";
    }
}
