package org.dmspilot.core.convert.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.core.convert.ColumnTypes;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.TargetNames;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.View;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/** The SQL translator as the converter's {@link ProgramConverter}: views in dependency order, routines, triggers. */
public final class SqlPrograms implements ProgramConverter {
    @Override
    public ConversionResult convert(Schema schema, String targetSchema, MappingRules rules,
            ProgressListener progress) {
        return convert(schema, targetSchema, rules, ColumnTypes.NONE, progress);
    }

    @Override
    public ConversionResult convert(Schema schema, String targetSchema, MappingRules rules, ColumnTypes columns,
            ProgressListener progress) {
        List<ConvertedStatement> statements = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        TableLookup lookup = lookup(schema, rules, columns);
        List<ViewSource> views = schema.views().stream()
                .filter(v -> !rules.excluded(schema.name(), v.name()))
                .map(v -> new ViewSource(schema.name(), v.name(), v.definition(), v.checkOption(), null)).toList();
        int total = views.size() + schema.routines().size() + 1;
        int done = 0;
        for (ViewSource v : SqlTranslator.orderViews(views)) {
            progress.checkCancelled();
            progress.progress(done++, total, "View " + v.name());
            add(SqlTranslator.view(v, lookup), Stage.VIEWS, statements, items);
        }
        for (Routine r : schema.routines()) {
            progress.checkCancelled();
            progress.progress(done++, total, r.type().name().toLowerCase(Locale.ROOT) + " " + r.name());
            add(SqlTranslator.routine(schema.name(), r, lookup), Stage.ROUTINES, statements, items);
        }
        for (ConvertedSql t : SqlTranslator.triggers(schema.name(), schema.triggers(), lookup)) {
            add(t, Stage.TRIGGERS, statements, items);
        }
        for (var e : schema.events()) {
            items.add(ActionCode.EVENT_NOT_CONVERTED.item(
                    schema.name() + "." + e.name(), "Event " + e.name() + " (" + (e.recurring() ? "every "
                            + e.intervalValue() + " " + e.intervalField() : "at " + e.executeAt())
                            + ") has no PostgreSQL equivalent and was not converted."));
        }
        progress.progress(total, total, "Code objects converted");
        return new ConversionResult(statements, items);
    }

    private static void add(ConvertedSql converted, Stage stage, List<ConvertedStatement> statements,
            List<ActionItem> items) {
        String sql = converted.sql().strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        statements.add(new ConvertedStatement(stage, converted.object(), sql));
        items.addAll(converted.actionItems());
    }

    /**
     * Keys (primary first, then unique keys on whole columns) and the AUTO_INCREMENT column of each table, and the
     * column types the table conversion chose, and the names it gave the tables (views claim theirs after them).
     */
    static TableLookup lookup(Schema schema, MappingRules rules, ColumnTypes columns) {
        Map<String, String> relations = relationNames(schema, rules);
        return new TableLookup() {
            @Override
            public Optional<String> relationName(String schemaName, String relation) {
                if (!schemaName.equalsIgnoreCase(schema.name())) {
                    return Optional.empty();
                }
                String exact = relations.get(relation);
                if (exact != null) {
                    return Optional.of(exact);
                }
                return relations.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(relation))
                        .map(Map.Entry::getValue).findFirst();
            }

            @Override
            public Optional<TableKeys> keys(String schemaName, String tableName) {
                if (!schemaName.equalsIgnoreCase(schema.name())) {
                    return Optional.empty();
                }
                return schema.tables().stream().filter(t -> t.name().equalsIgnoreCase(tableName)).findFirst()
                        .map(SqlPrograms::keys);
            }

            @Override
            public Optional<String> functionReturnType(String schemaName, String function) {
                return !schemaName.equalsIgnoreCase(schema.name()) ? Optional.empty() : schema.routines().stream()
                        .filter(r -> r.type() == Routine.Type.FUNCTION && r.name().equalsIgnoreCase(function))
                        .findFirst().map(r -> Routines.returnType(r.returnType()));
            }

            @Override
            public Optional<String> columnType(String schemaName, String table, String column) {
                return schemaName.equalsIgnoreCase(schema.name()) ? columns.type(table, column) : Optional.empty();
            }
        };
    }

    /**
     * Source name → PostgreSQL name of the schema's tables ({@link MappingRules#tableNames}, as the table conversion,
     * the load and CDC name them) and then its views, which share PostgreSQL's namespace of relations: a view whose
     * name is taken gets {@code _2}, {@code _3}... as {@link TargetNames} decides.
     */
    static Map<String, String> relationNames(Schema schema, MappingRules rules) {
        Map<String, String> out = new LinkedHashMap<>(rules.tableNames(schema.name(),
                schema.tables().stream().map(Table::name).toList()));
        out.putAll(TargetNames.assign(schema.views().stream().map(View::name).toList(),
                v -> rules.tableName(schema.name(), v), List.copyOf(out.values())));
        return out;
    }

    private static TableLookup.TableKeys keys(Table t) {
        List<List<String>> keys = new ArrayList<>();
        t.primaryKey().ifPresent(pk -> keys.add(pk.columnNames()));
        for (Index i : t.indexes()) {
            if (i.unique() && !i.primary() && i.parts().stream().allMatch(p -> p.column() != null
                    && p.prefixLength() == null)) {
                keys.add(i.columnNames());
            }
        }
        String autoIncrement = t.columns().stream().filter(Column::autoIncrement).map(Column::name).findFirst()
                .orElse(null);
        return new TableLookup.TableKeys(keys, autoIncrement);
    }

}
