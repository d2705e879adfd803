package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/**
 * Every action item DMS Pilot raises, by code ({@code TYPE_UNKNOWN} is {@code TYPE-UNKNOWN}). What each one means,
 * its severity, effort and recommended action live in one declarative table, {@code action-items.yaml}
 * ({@link ActionCatalog}), which the converter, the assessment report and the docs tables all read; an item is only
 * ever made from its entry here, with the message that names the object.
 */
public enum ActionCode {
    TYPE_UNKNOWN,
    TYPE_TINYINT1_UNVERIFIED,
    TYPE_UNSIGNED_BIGINT,
    TYPE_TIME_RANGE,
    TYPE_TIME_INTERVAL,
    TYPE_SET,
    TYPE_SPATIAL,
    DEFAULT_ZERO_DATE,
    DEFAULT_EXPRESSION,
    COLUMN_GENERATED_EXPRESSION,
    COLUMN_VIRTUAL_TO_STORED,
    NAME_COLLISION,
    COLUMN_INVISIBLE,
    CHECK_EXPRESSION,
    INDEX_FULLTEXT,
    INDEX_EXPRESSION,
    INDEX_INVISIBLE,
    TABLE_PARTITIONED,
    TABLE_NO_PRIMARY_KEY,
    FK_EXCLUDED_TARGET,
    EXCLUDED_DEPENDENCY,
    EVENT_NOT_CONVERTED,
    APPLY_FAILED,
    INDEX_SPATIAL_FALLBACK,
    OBJECT_NOT_CONVERTED,
    COLLATION_CASE_SENSITIVE,
    COLLATION_NONDETERMINISTIC,
    SQL_PARSE,
    SQL_GROUP_BY,
    SQL_FUNCTION,
    SQL_FUNCTION_UNKNOWN,
    SQL_DATE_FORMAT,
    SQL_DATE_FORMAT_SPECIFIER,
    SQL_SUBSTRING_POSITION,
    SQL_GROUP_CONCAT,
    SQL_COLLATE,
    SQL_BINARY_LITERAL,
    SQL_SYSTEM_VARIABLE,
    ROUTINE_USER_VARIABLE,
    ROUTINE_HANDLER_WARNING,
    ROUTINE_HANDLER_CONDITION,
    ROUTINE_HANDLER_ROLLBACK,
    ROUTINE_TRANSACTION,
    ROUTINE_RESULT_SET,
    ROUTINE_DYNAMIC_SQL,
    ROUTINE_UPSERT_KEY,
    ROUTINE_UPSERT_KEYS,
    ROUTINE_REPLACE,
    ROUTINE_INSERT_IGNORE,
    ROUTINE_LAST_INSERT_ID,
    ROUTINE_STATEMENT,
    ROUTINE_MULTI_TABLE_DML,
    ROUTINE_UPDATE_FROM,
    ROUTINE_DML_LIMIT,
    ROUTINE_ZERO_DATE,
    ROUTINE_SIGNAL_ERRNO,
    TRIGGER_ORDER,
    ROUTINE_DETERMINISTIC,
    PROBE_DIFFERENT;

    /** The stable code, e.g. {@code TYPE-UNKNOWN}. */
    public String code() {
        return name().replace('_', '-');
    }

    /** This code's entry in the catalogue. */
    public ActionCatalog.Entry entry() {
        return ActionCatalog.entry(this);
    }

    public Severity severity() {
        return entry().severity();
    }

    public int effortMinutes() {
        return entry().effort();
    }

    /** The recommended action every item of this code carries. */
    public String recommendation() {
        return entry().action();
    }

    /** An item of this code about {@code object}, not tied to a line. */
    public ActionItem item(String object, String message) {
        return item(object, 0, 0, message);
    }

    /** An item of this code about {@code object} at a line and column (1-based, 0 when not known). */
    public ActionItem item(String object, int line, int column, String message) {
        ActionCatalog.Entry e = entry();
        return new ActionItem(code(), e.severity(), object, line, column, message, e.action(), e.effort());
    }

    /** A converter note of this code (it becomes an item once the object it concerns is known). */
    public MappedType.Note note(String message) {
        ActionCatalog.Entry e = entry();
        return new MappedType.Note(code(), e.severity(), message, e.action(), e.effort());
    }
}
