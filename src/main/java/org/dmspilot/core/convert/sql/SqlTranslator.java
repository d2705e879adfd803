package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Trigger;

/**
 * MySQL/MariaDB views, functions, procedures and triggers → PostgreSQL / PL/pgSQL, through the MySQL grammar (never
 * text substitution). Rules are listed in docs/conversion-sql.md; whatever cannot be converted safely becomes an
 * action item and a {@code -- DMS Pilot:} comment in the output.
 */
public final class SqlTranslator {
    private SqlTranslator() {
    }

    /** {@code CREATE OR REPLACE VIEW schema.name AS ...} for one view. */
    public static ConvertedSql view(ViewSource view) {
        return Views.convert(view, TableLookup.NONE);
    }

    /**
     * {@code CREATE OR REPLACE VIEW schema.name AS ...} for one view, knowing the target column types (boolean
     * columns compared with 0/1).
     */
    public static ConvertedSql view(ViewSource view, TableLookup tables) {
        return Views.convert(view, tables);
    }

    /** The views in an order PostgreSQL can create them: each after the views it selects from. */
    public static List<ViewSource> orderViews(List<ViewSource> views) {
        return Views.order(views);
    }

    /**
     * A function or procedure → PL/pgSQL ({@code CREATE OR REPLACE FUNCTION|PROCEDURE schema.name ...}).
     *
     * @param schema the MySQL database (the PostgreSQL schema of the same name)
     * @param tables keys and AUTO_INCREMENT columns, for ON DUPLICATE KEY UPDATE / REPLACE and LAST_INSERT_ID()
     */
    public static ConvertedSql routine(String schema, Routine routine, TableLookup tables) {
        return Routines.convert(schema, routine, tables);
    }

    /**
     * Triggers → trigger functions + CREATE TRIGGER, in MySQL's firing order. Give all triggers of a schema at once:
     * several triggers on one table, timing and event are renamed when name order would change their order.
     */
    public static List<ConvertedSql> triggers(String schema, List<Trigger> triggers, TableLookup tables) {
        return Triggers.convert(schema, triggers, tables);
    }
}
