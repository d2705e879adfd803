package org.dmspilot.model.convert;

import java.util.Locale;

/**
 * A DBA's decision about names and types, applied by the converter and exported as DMS transformation rules.
 * Patterns use {@code %} as a wildcard (as DMS does) and match MySQL names case-insensitively.
 *
 * @param schema schema name or pattern
 * @param table table name or pattern; null for schema rules
 * @param column column name or pattern; null for schema and table rules
 * @param value the new name (RENAME), the PostgreSQL type (TYPE_OVERRIDE), the prefix (ADD_PREFIX); null otherwise
 */
public record MappingRule(Action action, Target target, String schema, String table, String column, String value) {
    /** What the rule does. */
    public enum Action {
        /** Give the object another target name. */
        RENAME,
        /** Leave the object out of the conversion and the migration. */
        EXCLUDE,
        /** Use this PostgreSQL type for the column. */
        TYPE_OVERRIDE,
        /** Keep the object's name as spelled in MySQL (mixed case, quoted) instead of lower-casing it. */
        KEEP_CASE,
        /** Put {@code value} in front of the object's name (DMS {@code add-prefix}); a rename wins over it. */
        ADD_PREFIX
    }

    /** What kind of object the rule is about. */
    public enum Target { SCHEMA, TABLE, COLUMN }

    /** Whether this rule's patterns match the object. */
    public boolean matches(String schemaName, String tableName, String columnName) {
        return like(schema, schemaName)
                && (target == Target.SCHEMA || like(table, tableName))
                && (target != Target.COLUMN || like(column, columnName));
    }

    static boolean like(String pattern, String name) {
        if (pattern == null || name == null) {
            return pattern == null;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        return n.matches(java.util.regex.Pattern.quote(p).replace("%", "\\E.*\\Q"));
    }

    /** A sentence for the rules list and the undo menu. */
    public String describe() {
        String object = target == Target.SCHEMA ? schema
                : target == Target.TABLE ? schema + "." + table : schema + "." + table + "." + column;
        return switch (action) {
            case RENAME -> "Rename " + target.name().toLowerCase(Locale.ROOT) + " " + object + " to " + value;
            case EXCLUDE -> "Exclude " + target.name().toLowerCase(Locale.ROOT) + " " + object;
            case TYPE_OVERRIDE -> "Use type " + value + " for " + object;
            case KEEP_CASE -> "Keep the case of " + object;
            case ADD_PREFIX -> "Prefix " + target.name().toLowerCase(Locale.ROOT) + " " + object + " with " + value;
        };
    }
}
