package org.dmspilot.core.engine.cdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.convert.PgNames;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.cdc.DdlTokens.Token;

/**
 * Source tables renamed during CDC ({@code RENAME TABLE a TO b [, c TO d]}, {@code ALTER TABLE a RENAME [TO] b}):
 * a migrated table renamed within its schema, to a name the migration selects and does not use yet, is followed —
 * the target table is renamed too, with the engine's records of it, in the transaction that moves the checkpoint —
 * so its changes keep arriving and a restart or {@code validate} finds both sides under the new name. A rename out
 * of the schema or to a name not migrated pauses the table instead.
 */
final class TableRenames {
    /** One rename, database-qualified. */
    record Step(String fromDb, String from, String toDb, String to) {
    }

    private TableRenames() {
    }

    /** The renames of a {@code RENAME TABLE} statement (clauses as {@link DdlTokens} splits them). */
    static List<Step> ofRenameTable(List<List<Token>> clauses, String defaultDb) {
        List<Step> steps = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            List<Token> t = clauses.get(c);
            int i = c == 0 ? 2 : 0; // RENAME TABLE
            Step s = step(t, i, defaultDb);
            if (s != null) {
                steps.add(s);
            }
        }
        return steps;
    }

    /** {@code tokens[i..]} = {@code [db .] a TO [db .] b}, or null. */
    private static Step step(List<Token> tokens, int i, String defaultDb) {
        String[] from = name(tokens, i, defaultDb);
        if (from == null) {
            return null;
        }
        int k = i + (tokens.size() > i + 1 && tokens.get(i + 1).is(".") ? 3 : 1);
        if (k >= tokens.size() || !tokens.get(k).is("TO")) {
            return null;
        }
        String[] to = name(tokens, k + 1, defaultDb);
        return to == null ? null : new Step(from[0], from[1], to[0], to[1]);
    }

    /** The new name of {@code ALTER TABLE a RENAME [TO|AS] [db .] b} (the clause's tokens), or null. */
    static Step ofAlter(String fromDb, String from, List<Token> clause, String defaultDb) {
        int k = 1;
        if (k < clause.size() && (clause.get(k).is("TO") || clause.get(k).is("AS"))) {
            k++;
        }
        if (k < clause.size() && (clause.get(k).is("COLUMN") || clause.get(k).is("INDEX")
                || clause.get(k).is("KEY"))) {
            return null;
        }
        String[] to = name(clause, k, defaultDb);
        return to == null ? null : new Step(fromDb, from, to[0], to[1]);
    }

    private static String[] name(List<Token> tokens, int i, String defaultDb) {
        if (i >= tokens.size()) {
            return null;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).is(".")) {
            return new String[] {tokens.get(i).text(), tokens.get(i + 2).text()};
        }
        return new String[] {defaultDb, tokens.get(i).text()};
    }

    /**
     * Why {@code step} of a migrated table cannot be followed, or null when it can: the new name is in the same
     * schema, selected for migration, and not a migrated table already.
     */
    static String whyNot(Step step, String schema, Map<String, CdcTable> tables, TableSelection selection) {
        if (!schema.equals(step.toDb())) {
            return "it was renamed out of the schema to " + step.toDb() + "." + step.to();
        }
        if (!selection.includes(schema, step.to())) {
            return "it was renamed to " + step.to() + ", which the table mappings do not migrate";
        }
        if (tables.containsKey(step.to())) {
            return "it was renamed to " + step.to() + ", a table CDC already migrates";
        }
        return null;
    }

    /** The target statements that follow {@code step} for table {@code t} (target table and engine records). */
    static List<String> statements(CdcTable t, Step step) {
        String pgSchema = t.pair().targetSchema();
        String where = " WHERE schema_name = " + Sql.literal(pgSchema) + " AND table_name = "
                + Sql.literal(step.from());
        return List.of("ALTER TABLE " + t.pair().qualifiedTarget() + " RENAME TO " + Sql.pg(PgNames.name(step.to())),
                "UPDATE dmspilot.cdc_columns SET table_name = " + Sql.literal(step.to()) + where,
                "DELETE FROM dmspilot.cdc_table_stats" + where);
    }
}
