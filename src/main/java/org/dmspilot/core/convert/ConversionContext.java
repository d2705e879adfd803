package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/** What one schema's conversion collects: statements by stage, action items, names taken in the target schema. */
final class ConversionContext {
    final String sourceSchema;
    final String targetSchema;
    final PgNames.Registry names = new PgNames.Registry();
    private Map<String, String> tableNames = Map.of();
    private final Map<String, Map<String, String>> columnNames = new HashMap<>();
    private final List<ConvertedStatement> statements = new ArrayList<>();
    private final List<ActionItem> actionItems = new ArrayList<>();

    final MappingRules rules;

    ConversionContext(String sourceSchema, MappingRules rules) {
        this.sourceSchema = sourceSchema;
        this.rules = rules;
        this.targetSchema = rules.schemaName(sourceSchema);
    }

    /**
     * Target name of a table of this schema: rules applied and unique among the schema's tables ({@link
     * #tableNames}).
     */
    String tableName(String table) {
        String unique = tableNames.get(table);
        return unique != null ? unique : rules.tableName(sourceSchema, table);
    }

    /** Target name of a column: rules applied and unique in its table ({@link #columnNames}). */
    String columnName(String table, String column) {
        String unique = columnNames.getOrDefault(table, Map.of()).get(column.toLowerCase(Locale.ROOT));
        return unique != null ? unique : rules.columnName(sourceSchema, table, column);
    }

    /**
     * Decides the target names of the schema's tables ({@link MappingRules#tableNames}), with an action item for
     * each that had to change because another table holds its name.
     */
    void tableNames(java.util.Collection<String> tables) {
        tableNames = rules.tableNames(sourceSchema, tables);
        noteCollisions("Table", tableNames, t -> rules.tableName(sourceSchema, t), this::object);
    }

    /** As {@link #tableNames} for the columns of {@code table}. */
    void columnNames(String table, java.util.Collection<String> columns) {
        Map<String, String> names = rules.columnNames(sourceSchema, table, columns);
        Map<String, String> byLowerCase = new HashMap<>();
        names.forEach((c, n) -> byLowerCase.put(c.toLowerCase(Locale.ROOT), n));
        columnNames.put(table, byLowerCase);
        noteCollisions("Column", names, c -> rules.columnName(sourceSchema, table, c), c -> object(table, c));
    }

    private void noteCollisions(String kind, Map<String, String> names, UnaryOperator<String> wanted,
            UnaryOperator<String> object) {
        Map<String, String> holders = new HashMap<>();
        names.forEach((source, target) -> holders.put(target, source));
        names.forEach((source, target) -> {
            String want = wanted.apply(source);
            if (!target.equals(want)) {
                note(object.apply(source), TargetNames.collision(kind, source, target, want, holders.get(want)));
            }
        });
    }

    String qualified(String targetName) {
        return PgNames.qualified(targetSchema, targetName);
    }

    void emit(Stage stage, String object, String sql) {
        statements.add(new ConvertedStatement(stage, object, sql));
    }

    void note(String object, MappedType.Note note) {
        actionItems.add(new ActionItem(note.code(), note.severity(), object, 0, 0, note.message(),
                note.recommendation(), note.effortMinutes()));
    }

    /** Statements sorted by stage, keeping the order within a stage. */
    List<ConvertedStatement> statements() {
        List<ConvertedStatement> sorted = new ArrayList<>(statements);
        sorted.sort(java.util.Comparator.comparing((ConvertedStatement s) -> s.stage().ordinal()));
        return sorted;
    }

    List<ActionItem> actionItems() {
        return actionItems;
    }

    String object(String table) {
        return sourceSchema + "." + table;
    }

    String object(String table, String column) {
        return sourceSchema + "." + table + "." + column;
    }

}
