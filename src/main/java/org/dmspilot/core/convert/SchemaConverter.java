package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ConversionOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.Stage;

/**
 * Converts a MySQL/MariaDB schema's tables to PostgreSQL: schema, enum types, tables (types, defaults, identity,
 * generated columns, checks, comments), primary/unique/foreign keys, indexes, and ON UPDATE CURRENT_TIMESTAMP
 * triggers. The source database becomes a PostgreSQL schema of the same (lower-cased) name.
 */
public final class SchemaConverter {
    private final ConversionOptions options;
    private final ExpressionTranslator expressions;
    private final FactsSource facts;
    private final MappingRules rules;
    /** The column plans of the last conversion, by table name then lower-case column name. */
    private Map<String, Map<String, ColumnPlan>> plans = Map.of();

    public SchemaConverter(ConversionOptions options, ExpressionTranslator expressions, FactsSource facts,
            MappingRules rules) {
        this.options = options;
        this.expressions = expressions;
        this.facts = facts;
        this.rules = rules;
    }

    /** The column types chosen by the last {@link #convert}, for the conversion of views, routines and triggers. */
    public ColumnTypes columnTypes() {
        Map<String, Map<String, ColumnPlan>> byTable = new java.util.HashMap<>();
        plans.forEach((table, columns) -> byTable.put(table.toLowerCase(Locale.ROOT), columns));
        return (table, column) -> Optional.ofNullable(byTable.get(table.toLowerCase(Locale.ROOT)))
                .map(columns -> columns.get(column.toLowerCase(Locale.ROOT))).map(ColumnPlan::type);
    }

    /** Converts the tables of one schema; progress counts tables. */
    public ConversionResult convert(Schema schema, ProgressListener progress) {
        ConversionContext ctx = new ConversionContext(schema.name(), rules);
        List<Table> tables = schema.tables().stream().filter(t -> !rules.excluded(schema.name(), t.name())).toList();
        ctx.emit(Stage.SCHEMAS, schema.name(), "CREATE SCHEMA IF NOT EXISTS " + PgNames.quote(ctx.targetSchema));
        if (options.caseInsensitive() == ConversionOptions.CaseInsensitive.CITEXT) {
            ctx.emit(Stage.SCHEMAS, schema.name(), "CREATE EXTENSION IF NOT EXISTS citext");
        }
        ctx.tableNames(schema.tables().stream().map(Table::name).toList());
        tables.forEach(t -> ctx.names.claim(ctx.tableName(t.name())));
        ColumnPlanner planner = new ColumnPlanner(options, expressions, facts, ctx);
        Map<String, Map<String, ColumnPlan>> plans = new LinkedHashMap<>();
        int done = 0;
        for (Table table : tables) {
            progress.checkCancelled();
            progress.progress(done++, tables.size(), table.name());
            Map<String, ColumnPlan> byName = new LinkedHashMap<>();
            planner.plan(table).forEach(p -> byName.put(p.source().name().toLowerCase(Locale.ROOT), p));
            plans.put(table.name(), byName);
        }
        alignForeignKeyTypes(tables, plans, ctx);
        this.plans = plans;
        IndexWriter indexes = new IndexWriter(expressions, ctx);
        OnUpdateTriggers onUpdate = new OnUpdateTriggers(ctx);
        for (Table table : tables) {
            Map<String, ColumnPlan> columns = plans.get(table.name());
            String qualified = ctx.qualified(ctx.tableName(table.name()));
            ctx.emit(Stage.TABLES, ctx.object(table.name()), createTable(table, qualified, columns, ctx));
            comments(table, qualified, columns, ctx);
            indexes.write(table, qualified, columns);
            foreignKeys(table, qualified, columns, ctx);
            onUpdate.write(table, qualified, columns);
            tableNotes(table, ctx);
        }
        progress.progress(done, tables.size(), "Tables converted");
        return new ConversionResult(ctx.statements(), ctx.actionItems());
    }

    private String createTable(Table table, String qualified, Map<String, ColumnPlan> columns, ConversionContext ctx) {
        DefaultRenderer defaults = new DefaultRenderer(expressions);
        List<String> lines = new ArrayList<>();
        for (ColumnPlan c : columns.values()) {
            lines.add(columnDefinition(table, c, defaults, ctx));
        }
        table.primaryKey().ifPresent(pk -> lines.add("CONSTRAINT " + PgNames.quote(ctx.names.claim(
                PgNames.name(table.name() + "_pkey"))) + " PRIMARY KEY (" + pk.columnNames().stream()
                .map(n -> columns.get(n.toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull)
                .map(ColumnPlan::quoted).collect(Collectors.joining(", ")) + ")"));
        for (var check : table.checks()) {
            if (columns.values().stream().anyMatch(c -> ColumnPlanner.isJsonValid(check, c.source().name())
                    && c.type().equals("jsonb"))) {
                continue;
            }
            String object = ctx.object(table.name()) + "." + check.name();
            expressions.translate(check.clause()).ifPresentOrElse(
                    t -> lines.add("CONSTRAINT " + PgNames.quote(PgNames.name(check.name())) + " CHECK (" + t.sql()
                            + ")"),
                    () -> ctx.note(object, ActionCode.CHECK_EXPRESSION.note(
                            "CHECK constraint " + check.name() + " (" + check.clause() + ") could not be translated"
                                    + " and was not created.")));
        }
        return "CREATE TABLE " + qualified + " (\n    " + String.join(",\n    ", lines) + "\n)";
    }

    private String columnDefinition(Table table, ColumnPlan c, DefaultRenderer defaults, ConversionContext ctx) {
        Column source = c.source();
        StringBuilder sb = new StringBuilder(c.quoted()).append(' ').append(c.type());
        if (source.autoIncrement()) {
            long start = table.autoIncrement() == null ? 1 : table.autoIncrement();
            sb.append(" GENERATED BY DEFAULT AS IDENTITY");
            if (start > 1) {
                sb.append(" (START WITH ").append(start).append(')');
            }
        } else if (c.generatedSql() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generatedSql()).append(") STORED");
        }
        if (!source.nullable()) {
            sb.append(" NOT NULL");
        }
        if (!source.autoIncrement() && c.generatedSql() == null && source.generated() == null) {
            DefaultRenderer.Rendered d = defaults.render(source.defaultValue(), c.type());
            d.sql().ifPresent(sql -> sb.append(" DEFAULT ").append(sql));
            d.note().ifPresent(n -> ctx.note(ctx.object(table.name(), source.name()), n));
        }
        if (c.check() != null) {
            sb.append(" CHECK (").append(c.check()).append(')');
        }
        return sb.toString();
    }

    private static void comments(Table table, String qualified, Map<String, ColumnPlan> columns,
            ConversionContext ctx) {
        if (table.comment() != null && !table.comment().isEmpty()) {
            ctx.emit(Stage.TABLES, ctx.object(table.name()), "COMMENT ON TABLE " + qualified + " IS "
                    + TypeMapper.literal(table.comment()));
        }
        for (ColumnPlan c : columns.values()) {
            String comment = c.source().comment();
            if (comment != null && !comment.isEmpty()) {
                ctx.emit(Stage.TABLES, ctx.object(table.name(), c.source().name()), "COMMENT ON COLUMN " + qualified
                        + "." + c.quoted() + " IS " + TypeMapper.literal(comment));
            }
        }
    }

    private void foreignKeys(Table table, String qualified, Map<String, ColumnPlan> columns, ConversionContext ctx) {
        for (ForeignKey fk : table.foreignKeys()) {
            String refSchema = fk.referencedSchema() == null ? ctx.sourceSchema : fk.referencedSchema();
            String object = ctx.object(table.name()) + "." + fk.name();
            if (rules.excluded(refSchema, fk.referencedTable())) {
                ctx.note(object, ActionCode.FK_EXCLUDED_TARGET.note("Foreign key " + fk.name()
                        + " references the excluded table " + fk.referencedTable() + " and was not created."));
                continue;
            }
            if (fk.columns().stream().anyMatch(n -> !columns.containsKey(n.toLowerCase(Locale.ROOT)))) {
                ctx.note(object, IndexWriter.excludedDependency("Foreign key " + fk.name()));
                continue;
            }
            boolean here = refSchema.equals(ctx.sourceSchema);
            String target = PgNames.qualified(rules.schemaName(refSchema), here ? ctx.tableName(fk.referencedTable())
                    : rules.tableName(refSchema, fk.referencedTable()));
            String sql = "ALTER TABLE " + qualified + " ADD CONSTRAINT " + PgNames.quote(PgNames.name(fk.name()))
                    + " FOREIGN KEY (" + fk.columns().stream().map(n -> columns.get(n.toLowerCase(Locale.ROOT))
                            .quoted()).collect(Collectors.joining(", ")) + ") REFERENCES " + target + " ("
                    + fk.referencedColumns().stream().map(n -> PgNames.quote(here ? ctx.columnName(
                            fk.referencedTable(), n) : rules.columnName(refSchema, fk.referencedTable(), n)))
                            .collect(Collectors.joining(", ")) + ")"
                    + action("DELETE", fk.onDelete()) + action("UPDATE", fk.onUpdate());
            ctx.emit(Stage.CONSTRAINTS_AND_INDEXES, ctx.object(table.name()), sql);
        }
    }

    private static String action(String event, String rule) {
        if (rule == null || rule.equalsIgnoreCase("RESTRICT") || rule.equalsIgnoreCase("NO ACTION")) {
            return rule != null && rule.equalsIgnoreCase("RESTRICT") ? " ON " + event + " RESTRICT" : "";
        }
        return " ON " + event + " " + rule.toUpperCase(Locale.ROOT);
    }

    /** A foreign-key column takes exactly its referenced column's type (unsigned widening may differ). */
    private static void alignForeignKeyTypes(List<Table> tables, Map<String, Map<String, ColumnPlan>> plans,
            ConversionContext ctx) {
        for (Table table : tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                boolean sameSchema = fk.referencedSchema() == null || fk.referencedSchema().equals(ctx.sourceSchema);
                Map<String, ColumnPlan> referenced = sameSchema ? plans.get(fk.referencedTable()) : null;
                if (referenced == null) {
                    continue;
                }
                Map<String, ColumnPlan> own = plans.get(table.name());
                for (int i = 0; i < fk.columns().size(); i++) {
                    String col = fk.columns().get(i).toLowerCase(Locale.ROOT);
                    ColumnPlan ref = referenced.get(fk.referencedColumns().get(i).toLowerCase(Locale.ROOT));
                    ColumnPlan mine = own.get(col);
                    if (ref != null && mine != null && !mine.type().equals(ref.type())) {
                        own.put(col, mine.withType(ref.type()));
                    }
                }
            }
        }
    }

    private static void tableNotes(Table table, ConversionContext ctx) {
        String object = ctx.object(table.name());
        if (table.partitioning() != null) {
            ctx.note(object, ActionCode.TABLE_PARTITIONED.note(
                    "Partitioned by " + table.partitioning().method() + "; created as a plain table."));
        }
        if (table.primaryKey().isEmpty()) {
            ctx.note(object, ActionCode.TABLE_NO_PRIMARY_KEY.note(
                    "Table has no primary key: DMS cannot validate it and CDC updates/deletes are slow."));
        }
    }

}
