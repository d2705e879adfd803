package org.dmspilot.core.convert.sql;

import org.dmspilot.model.convert.Severity;

/**
 * Every action item the SQL translator raises: stable code, severity, effort and the recommended action. The
 * message is written where the item is raised (it names the construct). Documented in docs/conversion-sql.md.
 */
public enum SqlActionCode {
    PARSE_ERROR("SQL-PARSE", Severity.CRITICAL, 60,
            "The MySQL grammar did not accept this text; convert the object by hand."),
    UNSUPPORTED_FUNCTION("SQL-FUNCTION", Severity.HIGH, 20,
            "Rewrite the call with a PostgreSQL equivalent; the call was left as it is and will fail or differ."),
    UNKNOWN_FUNCTION("SQL-FUNCTION-UNKNOWN", Severity.LOW, 10,
            "Check that a function of this name and behaviour exists on the target (user function or extension)."),
    FORMAT_NOT_LITERAL("SQL-DATE-FORMAT", Severity.MEDIUM, 15,
            "The format is not a literal: translate its MySQL specifiers to to_char patterns by hand."),
    FORMAT_SPECIFIER("SQL-DATE-FORMAT-SPECIFIER", Severity.MEDIUM, 15,
            "PostgreSQL has no to_char pattern for this specifier; compute the value with extract() instead."),
    NEGATIVE_POSITION("SQL-SUBSTRING-POSITION", Severity.LOW, 10,
            "MySQL counts a negative position from the end; PostgreSQL does not. Check the values passed."),
    GROUP_CONCAT_ORDER("SQL-GROUP-CONCAT", Severity.MEDIUM, 15,
            "string_agg(DISTINCT ...) can only order by its argument: rewrite with a subquery."),
    COLLATE_DROPPED("SQL-COLLATE", Severity.INFO, 5,
            "The COLLATE clause was dropped; comparisons follow the target column's collation."),
    BINARY_LITERAL("SQL-BINARY-LITERAL", Severity.MEDIUM, 10,
            "A hex or bit literal is a string or a number depending on context in MySQL; write the typed value."),
    SYSTEM_VARIABLE("SQL-SYSTEM-VARIABLE", Severity.HIGH, 20,
            "MySQL system variables have no PostgreSQL equivalent; use a setting (current_setting) or remove it."),
    USER_VARIABLE("ROUTINE-USER-VARIABLE", Severity.MEDIUM, 15,
            "The session variable became a local variable: a value set by the caller before the call is not seen."),
    CONTINUE_HANDLER_SQLWARNING("ROUTINE-HANDLER-WARNING", Severity.MEDIUM, 15,
            "PostgreSQL has no warning conditions: the SQLWARNING handler was dropped; check what it guarded."),
    HANDLER_CONDITION("ROUTINE-HANDLER-CONDITION", Severity.HIGH, 20,
            "This MySQL error code has no known PostgreSQL condition: the handler catches all errors instead."),
    EXCEPTION_BLOCK_ROLLBACK("ROUTINE-HANDLER-ROLLBACK", Severity.MEDIUM, 15,
            "A PL/pgSQL exception block undoes the block's changes when it catches an error; MySQL keeps the"
                    + " statements that succeeded. Check that the handler's intent survives."),
    TRANSACTION_CONTROL("ROUTINE-TRANSACTION", Severity.MEDIUM, 15,
            "Transaction control changed: PostgreSQL procedures start transactions implicitly, cannot COMMIT inside"
                    + " an exception block, and functions cannot COMMIT at all."),
    RESULT_SET("ROUTINE-RESULT-SET", Severity.HIGH, 30,
            "The procedure returns a result set: PostgreSQL procedures cannot. It is opened as a refcursor (OUT"
                    + " parameter); callers must FETCH from it, or turn the procedure into a set-returning function."),
    DYNAMIC_SQL("ROUTINE-DYNAMIC-SQL", Severity.MEDIUM, 20,
            "The dynamic SQL text is built in MySQL dialect (quotes, functions, ? placeholders → $1): review it."),
    UPSERT_KEY("ROUTINE-UPSERT-KEY", Severity.HIGH, 15,
            "ON CONFLICT needs the table's primary or unique key: supply it (table unknown to the converter)."),
    UPSERT_MANY_KEYS("ROUTINE-UPSERT-KEYS", Severity.MEDIUM, 15,
            "MySQL's upsert fires on any unique key; ON CONFLICT targets one (the primary key was used)."),
    REPLACE("ROUTINE-REPLACE", Severity.LOW, 10,
            "REPLACE deletes then inserts (DELETE triggers fire, unlisted columns reset to defaults); the upsert"
                    + " updates in place."),
    INSERT_IGNORE("ROUTINE-INSERT-IGNORE", Severity.LOW, 5,
            "INSERT IGNORE also turns NOT NULL, range and foreign-key errors into warnings; ON CONFLICT DO NOTHING"
                    + " only skips duplicate keys."),
    LAST_INSERT_ID("ROUTINE-LAST-INSERT-ID", Severity.MEDIUM, 15,
            "LAST_INSERT_ID() became lastval(): it also sees sequences used by triggers. Prefer INSERT ... RETURNING."),
    ROW_COUNT("ROUTINE-ROW-COUNT", Severity.LOW, 5,
            "For UPDATE, MySQL counts changed rows, PostgreSQL counts matched rows (also when values are equal)."),
    UNSUPPORTED_STATEMENT("ROUTINE-STATEMENT", Severity.HIGH, 30,
            "This statement has no PostgreSQL equivalent here; it raises an error until rewritten by hand."),
    MULTI_TABLE_DML("ROUTINE-MULTI-TABLE-DML", Severity.HIGH, 30,
            "Rewrite the multi-table UPDATE/DELETE with UPDATE ... FROM / DELETE ... USING."),
    UPDATE_FROM("ROUTINE-UPDATE-FROM", Severity.LOW, 5,
            "Where a row of the updated table matches several joined rows, MySQL and PostgreSQL each apply one of"
                    + " them, not necessarily the same: check that the join matches at most one row."),
    ZERO_DATE("ROUTINE-ZERO-DATE", Severity.MEDIUM, 10,
            "MySQL's zero date became '-infinity' (earlier than every date, as the zero date compares): check code"
                    + " that tests for it (= 0, = '0000-00-00')."),
    DML_LIMIT("ROUTINE-DML-LIMIT", Severity.MEDIUM, 15,
            "UPDATE/DELETE with ORDER BY/LIMIT: rewrite with WHERE ctid IN (SELECT ctid ... LIMIT n)."),
    SIGNAL_ERRNO("ROUTINE-SIGNAL-ERRNO", Severity.LOW, 5,
            "MYSQL_ERRNO has no PostgreSQL counterpart; it is kept in the error's DETAIL."),
    TRIGGER_ORDER("TRIGGER-ORDER", Severity.INFO, 5,
            "PostgreSQL fires triggers in name order: the trigger was renamed to keep MySQL's order."),
    GROUP_BY_EXTENDED("SQL-GROUP-BY", Severity.INFO, 5,
            "MySQL accepted columns that depend on the grouped ones; they were added to the GROUP BY. Where MySQL"
                    + " ran without ONLY_FULL_GROUP_BY and a column does not depend on the group, the groups differ."),
    VOLATILITY("ROUTINE-DETERMINISTIC", Severity.INFO, 5,
            "Declared DETERMINISTIC but reads tables or calls volatile functions: marked STABLE/VOLATILE instead.");

    private final String code;
    private final Severity severity;
    private final int effortMinutes;
    private final String recommendation;

    SqlActionCode(String code, Severity severity, int effortMinutes, String recommendation) {
        this.code = code;
        this.severity = severity;
        this.effortMinutes = effortMinutes;
        this.recommendation = recommendation;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public int effortMinutes() {
        return effortMinutes;
    }

    public String recommendation() {
        return recommendation;
    }
}
