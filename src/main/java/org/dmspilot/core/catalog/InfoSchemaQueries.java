package org.dmspilot.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of bulk queries the live reader runs: one per object kind for all selected schemas, whatever the number
 * of tables. Adding an attribute means adding a column name here and reading it in a mapper.
 */
final class InfoSchemaQueries {
    static final String TABLES = "tables";
    static final String COLUMNS = "columns";
    static final String INDEXES = "indexes";
    static final String FOREIGN_KEYS = "foreign keys";
    static final String CHECKS = "check constraints";
    static final String PARTITIONS = "partitions";
    static final String VIEWS = "views";
    static final String ROUTINES = "routines";
    static final String PARAMETERS = "parameters";
    static final String TRIGGERS = "triggers";
    static final String EVENTS = "events";

    /** The information_schema tables whose columns the capability query lists. */
    static final List<String> SOURCE_TABLES = List.of("SCHEMATA", "TABLES", "COLUMNS", "STATISTICS",
            "KEY_COLUMN_USAGE", "REFERENTIAL_CONSTRAINTS", "TABLE_CONSTRAINTS", "CHECK_CONSTRAINTS", "PARTITIONS",
            "VIEWS", "ROUTINES", "PARAMETERS", "TRIGGERS", "EVENTS");

    static final List<InfoQuery> ALL = List.of(
            q(TABLES, "{t}", "t.TABLE_SCHEMA", "t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')",
                    "t.TABLE_SCHEMA, t.TABLE_NAME", Map.of("t", "TABLES"),
                    "t.TABLE_SCHEMA", "t.TABLE_NAME", "t.ENGINE", "t.TABLE_COLLATION", "t.TABLE_ROWS",
                    "t.DATA_LENGTH", "t.AUTO_INCREMENT", "t.CREATE_OPTIONS", "t.TABLE_COMMENT"),
            q(COLUMNS, "{c}", "c.TABLE_SCHEMA", "", "c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION",
                    Map.of("c", "COLUMNS"),
                    "c.TABLE_SCHEMA", "c.TABLE_NAME", "c.COLUMN_NAME", "c.ORDINAL_POSITION", "c.COLUMN_DEFAULT",
                    "c.IS_NULLABLE", "c.DATA_TYPE", "c.CHARACTER_MAXIMUM_LENGTH", "c.NUMERIC_PRECISION",
                    "c.NUMERIC_SCALE", "c.DATETIME_PRECISION", "c.CHARACTER_SET_NAME", "c.COLLATION_NAME",
                    "c.COLUMN_TYPE", "c.EXTRA", "c.COLUMN_COMMENT", "c.IS_GENERATED", "c.GENERATION_EXPRESSION"),
            q(INDEXES, "{s}", "s.TABLE_SCHEMA", "", "s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX",
                    Map.of("s", "STATISTICS"),
                    "s.TABLE_SCHEMA", "s.TABLE_NAME", "s.INDEX_NAME", "s.NON_UNIQUE", "s.SEQ_IN_INDEX",
                    "s.COLUMN_NAME", "s.COLLATION", "s.SUB_PART", "s.INDEX_TYPE", "s.INDEX_COMMENT", "s.EXPRESSION",
                    "s.IS_VISIBLE", "s.IGNORED"),
            q(FOREIGN_KEYS, "{k} JOIN {r} ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                    + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME",
                    "k.TABLE_SCHEMA", "k.REFERENCED_TABLE_NAME IS NOT NULL",
                    "k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
                    Map.of("k", "KEY_COLUMN_USAGE", "r", "REFERENTIAL_CONSTRAINTS"),
                    "k.TABLE_SCHEMA", "k.TABLE_NAME", "k.CONSTRAINT_NAME", "k.COLUMN_NAME", "k.ORDINAL_POSITION",
                    "k.REFERENCED_TABLE_SCHEMA", "k.REFERENCED_TABLE_NAME", "k.REFERENCED_COLUMN_NAME",
                    "r.UPDATE_RULE", "r.DELETE_RULE"),
            // MariaDB: CHECK_CONSTRAINTS names its table (column-level checks share names across tables)
            q(CHECKS, "{cc}", "cc.CONSTRAINT_SCHEMA", "", "cc.CONSTRAINT_SCHEMA, cc.TABLE_NAME, cc.CONSTRAINT_NAME",
                    Map.of("cc", "CHECK_CONSTRAINTS"),
                    "cc.CONSTRAINT_SCHEMA", "cc.TABLE_NAME", "cc.CONSTRAINT_NAME", "cc.CHECK_CLAUSE")
                    .requiring(Set.of("CHECK_CONSTRAINTS.TABLE_NAME"), Set.of()),
            // MySQL 8.0.16+: the table comes from TABLE_CONSTRAINTS (names are unique per schema there)
            q(CHECKS, "{tc} JOIN {cc} ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                    + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME", "tc.TABLE_SCHEMA",
                    "tc.CONSTRAINT_TYPE = 'CHECK'", "tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME",
                    Map.of("tc", "TABLE_CONSTRAINTS", "cc", "CHECK_CONSTRAINTS"),
                    "tc.TABLE_SCHEMA", "tc.TABLE_NAME", "tc.CONSTRAINT_NAME", "cc.CHECK_CLAUSE")
                    .requiring(Set.of("CHECK_CONSTRAINTS.CHECK_CLAUSE"), Set.of("CHECK_CONSTRAINTS.TABLE_NAME")),
            q(PARTITIONS, "{p}", "p.TABLE_SCHEMA", "p.PARTITION_NAME IS NOT NULL",
                    "p.TABLE_SCHEMA, p.TABLE_NAME, p.PARTITION_ORDINAL_POSITION, p.SUBPARTITION_ORDINAL_POSITION",
                    Map.of("p", "PARTITIONS"),
                    "p.TABLE_SCHEMA", "p.TABLE_NAME", "p.PARTITION_NAME", "p.PARTITION_METHOD",
                    "p.SUBPARTITION_METHOD", "p.PARTITION_EXPRESSION", "p.SUBPARTITION_EXPRESSION",
                    "p.PARTITION_DESCRIPTION"),
            q(VIEWS, "{v}", "v.TABLE_SCHEMA", "", "v.TABLE_SCHEMA, v.TABLE_NAME", Map.of("v", "VIEWS"),
                    "v.TABLE_SCHEMA", "v.TABLE_NAME", "v.VIEW_DEFINITION", "v.CHECK_OPTION", "v.DEFINER",
                    "v.SECURITY_TYPE", "v.ALGORITHM"),
            q(ROUTINES, "{r}", "r.ROUTINE_SCHEMA", "r.ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION')",
                    "r.ROUTINE_SCHEMA, r.ROUTINE_NAME, r.ROUTINE_TYPE", Map.of("r", "ROUTINES"),
                    "r.ROUTINE_SCHEMA", "r.ROUTINE_NAME", "r.ROUTINE_TYPE", "r.DTD_IDENTIFIER",
                    "r.ROUTINE_DEFINITION", "r.IS_DETERMINISTIC", "r.SQL_DATA_ACCESS", "r.SECURITY_TYPE",
                    "r.SQL_MODE", "r.ROUTINE_COMMENT", "r.DEFINER"),
            q(PARAMETERS, "{p}", "p.SPECIFIC_SCHEMA", "p.ORDINAL_POSITION > 0",
                    "p.SPECIFIC_SCHEMA, p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.ORDINAL_POSITION",
                    Map.of("p", "PARAMETERS"),
                    "p.SPECIFIC_SCHEMA", "p.SPECIFIC_NAME", "p.ROUTINE_TYPE", "p.ORDINAL_POSITION",
                    "p.PARAMETER_MODE", "p.PARAMETER_NAME", "p.DTD_IDENTIFIER"),
            q(TRIGGERS, "{g}", "g.TRIGGER_SCHEMA", "",
                    "g.TRIGGER_SCHEMA, g.EVENT_OBJECT_TABLE, g.ACTION_TIMING, g.EVENT_MANIPULATION, g.ACTION_ORDER",
                    Map.of("g", "TRIGGERS"),
                    "g.TRIGGER_SCHEMA", "g.TRIGGER_NAME", "g.EVENT_OBJECT_TABLE", "g.ACTION_TIMING",
                    "g.EVENT_MANIPULATION", "g.ACTION_ORDER", "g.ACTION_STATEMENT", "g.SQL_MODE", "g.DEFINER"),
            q(EVENTS, "{e}", "e.EVENT_SCHEMA", "", "e.EVENT_SCHEMA, e.EVENT_NAME", Map.of("e", "EVENTS"),
                    "e.EVENT_SCHEMA", "e.EVENT_NAME", "e.DEFINER", "e.EVENT_TYPE", "e.EXECUTE_AT",
                    "e.INTERVAL_VALUE", "e.INTERVAL_FIELD", "e.STARTS", "e.ENDS", "e.STATUS", "e.ON_COMPLETION",
                    "e.EVENT_DEFINITION", "e.SQL_MODE", "e.EVENT_COMMENT"));

    private InfoSchemaQueries() {
    }

    private static InfoQuery q(String kind, String from, String schemaColumn, String where, String orderBy,
            Map<String, String> aliases, String... columns) {
        return new InfoQuery(kind, aliases, from, schemaColumn, where, orderBy, List.of(columns),
                Set.copyOf(aliases.values()), Set.of());
    }
}
