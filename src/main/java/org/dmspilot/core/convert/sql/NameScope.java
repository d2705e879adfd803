package org.dmspilot.core.convert.sql;

import java.util.Optional;

/**
 * What an expression translator needs to know about the code around it: local variables and their types, user
 * variables, how to qualify a table or routine name, what replaces LAST_INSERT_ID() and ROW_COUNT().
 */
interface NameScope {
    /** Views: names are used as written (information_schema qualifies them). */
    NameScope NONE = new NameScope() {
    };

    /** The PostgreSQL type of a local variable or parameter of this (lower-case) name, when it is one. */
    default Optional<String> variableType(String name) {
        return Optional.empty();
    }

    /** The PostgreSQL expression for a MySQL user variable {@code @name}, or empty when not allowed here. */
    default Optional<String> userVariable(String name) {
        return Optional.empty();
    }

    /** The schema an unqualified table name belongs to, or null to leave it unqualified. */
    default String tableSchema(String table) {
        return null;
    }

    /** The PostgreSQL name of a table or view of {@code schema} (MySQL names), as {@link TableLookup#relationName}. */
    default Optional<String> relationName(String schema, String relation) {
        return Optional.empty();
    }

    /** The schema an unqualified call of a non-built-in function belongs to, or null. */
    default String routineSchema() {
        return null;
    }

    /** The schema a call of the non-built-in function {@code name} is qualified with, or null to keep it as is. */
    default String functionSchema(String name) {
        return routineSchema();
    }

    /** The PostgreSQL return type of a stored function of this (lower-case) name, when the schema has one. */
    default Optional<String> functionType(String name) {
        return Optional.empty();
    }

    /**
     * What replaces FOUND_ROWS(): a count over the routine's preceding SELECT (its LIMIT dropped when it had
     * SQL_CALC_FOUND_ROWS), or empty when there is none.
     */
    default Optional<String> foundRows() {
        return Optional.empty();
    }

    /** What replaces LAST_INSERT_ID(), or empty to use lastval() with an action item. */
    default Optional<String> lastInsertId() {
        return Optional.empty();
    }

    /** What replaces ROW_COUNT(), or empty when not in a routine. */
    default Optional<String> rowCount() {
        return Optional.empty();
    }

    /** The PostgreSQL type the table conversion gave a column (MySQL table and column names), when known. */
    default Optional<String> columnType(String table, String column) {
        return Optional.empty();
    }

    /** Inside a trigger body: the MySQL name of the table NEW and OLD belong to. */
    default Optional<String> triggerTable() {
        return Optional.empty();
    }

    /** True inside a trigger body (NEW and OLD are row variables). */
    default boolean inTrigger() {
        return false;
    }
}
