package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/** What one schema's conversion collects: statements by stage, action items, names taken in the target schema. */
final class ConversionContext {
    final String sourceSchema;
    final String targetSchema;
    final PgNames.Registry names = new PgNames.Registry();
    private final List<ConvertedStatement> statements = new ArrayList<>();
    private final List<ActionItem> actionItems = new ArrayList<>();

    final MappingRules rules;

    ConversionContext(String sourceSchema, MappingRules rules) {
        this.sourceSchema = sourceSchema;
        this.rules = rules;
        this.targetSchema = rules.schemaName(sourceSchema);
    }

    /** Target name of a table of this schema (mapping rules applied). */
    String tableName(String table) {
        return rules.tableName(sourceSchema, table);
    }

    /** Target name of a column (mapping rules applied). */
    String columnName(String table, String column) {
        return rules.columnName(sourceSchema, table, column);
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
