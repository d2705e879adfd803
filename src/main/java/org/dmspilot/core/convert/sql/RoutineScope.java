package org.dmspilot.core.convert.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names inside one routine or trigger body: variables and their types, user variables, temporary tables, and
 * the extra variables the translation declares (row count, last insert id).
 */
final class RoutineScope implements NameScope {
    static final String ROW_COUNT = "dms_row_count";
    static final String LAST_INSERT_ID = "dms_last_insert_id";

    final String schema;
    final boolean trigger;
    final boolean procedure;
    final TableLookup tables;
    private final Deque<Map<String, String>> variables = new ArrayDeque<>();
    /** Variables that may hold a value already (parameters, DEFAULTs, earlier assignments). */
    final Set<String> assigned = new HashSet<>();
    /** Declarations added by the translation, for the outermost DECLARE section. */
    final Map<String, String> extraDeclarations = new LinkedHashMap<>();
    final Set<String> temporaryTables = new HashSet<>();
    /** Tables read by the result-set cursors opened so far (a DROP of one of them must wait). */
    final Set<String> cursorTables = new HashSet<>();
    final Map<String, String> preparedStatements = new HashMap<>();
    boolean insertIdKnown;
    boolean usesRowCount;
    boolean usesLastInsertId;
    int resultSets;
    /** The translated query of the last SELECT statement, for FOUND_ROWS(); null before the first. */
    String lastSelect;
    /** The PostgreSQL return type of the function being translated, or null. */
    String returnType;
    /** The table of the trigger being translated, or null. */
    String triggerTable;

    RoutineScope(String schema, boolean trigger, boolean procedure, TableLookup tables) {
        this.schema = schema;
        this.trigger = trigger;
        this.procedure = procedure;
        this.tables = tables;
        variables.push(new HashMap<>());
    }

    void enterBlock() {
        variables.push(new HashMap<>());
    }

    void leaveBlock() {
        variables.pop();
    }

    void declare(String name, String pgType) {
        variables.peek().put(name, pgType);
    }

    @Override
    public Optional<String> variableType(String name) {
        for (Map<String, String> level : variables) {
            if (level.containsKey(name)) {
                return Optional.of(level.get(name));
            }
        }
        return Optional.ofNullable(extraDeclarations.get(name));
    }

    @Override
    public Optional<String> userVariable(String name) {
        String local = "uv_" + name;
        extraDeclarations.putIfAbsent(local, "text");
        return Optional.of(Identifiers.quote(local));
    }

    @Override
    public String tableSchema(String table) {
        return temporaryTables.contains(table) ? null : schema;
    }

    @Override
    public Optional<String> relationName(String schema, String relation) {
        return temporaryTables.contains(relation) ? Optional.empty() : tables.relationName(schema, relation);
    }

    @Override
    public String routineSchema() {
        return schema;
    }

    @Override
    public Optional<String> functionType(String name) {
        return tables.functionReturnType(schema, name);
    }

    @Override
    public Optional<String> foundRows() {
        return Optional.ofNullable(lastSelect).map(q -> "(SELECT count(*) FROM (" + q + ") AS dms_found_rows)");
    }

    @Override
    public Optional<String> lastInsertId() {
        return insertIdKnown ? Optional.of(LAST_INSERT_ID) : Optional.empty();
    }

    @Override
    public Optional<String> rowCount() {
        usesRowCount = true;
        extraDeclarations.putIfAbsent(ROW_COUNT, "bigint := 0");
        return Optional.of(ROW_COUNT);
    }

    @Override
    public Optional<String> columnType(String table, String column) {
        return temporaryTables.contains(table.toLowerCase(java.util.Locale.ROOT)) ? Optional.empty()
                : tables.columnType(schema, table, column);
    }

    @Override
    public Optional<String> triggerTable() {
        return Optional.ofNullable(triggerTable);
    }

    @Override
    public boolean inTrigger() {
        return trigger;
    }
}
