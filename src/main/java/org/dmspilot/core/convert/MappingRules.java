package org.dmspilot.core.convert;

import java.util.List;
import java.util.Optional;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.model.convert.MappingRule.Action;
import org.dmspilot.model.convert.MappingRule.Target;

/**
 * Answers the converter's questions from the project's mapping rules: the target name of a schema, table or column,
 * whether an object is excluded, a type override. When several rules match, the last one wins (as in DMS).
 */
public final class MappingRules {
    private final List<MappingRule> rules;

    public MappingRules(List<MappingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static MappingRules none() {
        return new MappingRules(List.of());
    }

    public List<MappingRule> rules() {
        return rules;
    }

    public String schemaName(String schema) {
        return name(Target.SCHEMA, schema, schema, null, null);
    }

    public String tableName(String schema, String table) {
        return name(Target.TABLE, table, schema, table, null);
    }

    public String columnName(String schema, String table, String column) {
        return name(Target.COLUMN, column, schema, table, column);
    }

    /**
     * The target names of the tables of {@code schema} (every base table, excluded ones included, so that an
     * exclusion never moves another table's name): rules first, then collisions resolved ({@link TargetNames}).
     */
    public java.util.Map<String, String> tableNames(String schema, java.util.Collection<String> tables) {
        return TargetNames.assign(tables, t -> tableName(schema, t));
    }

    /** The target names of a table's columns (all of them, in order), as {@link #tableNames} does for tables. */
    public java.util.Map<String, String> columnNames(String schema, String table, java.util.Collection<String> columns) {
        return TargetNames.assign(columns, c -> columnName(schema, table, c));
    }

    public boolean excluded(String schema, String table) {
        return last(Action.EXCLUDE, Target.SCHEMA, schema, null, null).isPresent()
                || table != null && last(Action.EXCLUDE, Target.TABLE, schema, table, null).isPresent();
    }

    public boolean columnExcluded(String schema, String table, String column) {
        return last(Action.EXCLUDE, Target.COLUMN, schema, table, column).isPresent();
    }

    public Optional<String> typeOverride(String schema, String table, String column) {
        return last(Action.TYPE_OVERRIDE, Target.COLUMN, schema, table, column).map(MappingRule::value);
    }

    private String name(Target target, String sourceName, String schema, String table, String column) {
        Optional<MappingRule> rename = last(Action.RENAME, target, schema, table, column);
        if (rename.isPresent()) {
            return PgNames.fit(rename.get().value());
        }
        String named = last(Action.ADD_PREFIX, target, schema, table, column).map(p -> p.value() + sourceName)
                .orElse(sourceName);
        if (last(Action.KEEP_CASE, target, schema, table, column).isPresent()) {
            return PgNames.fit(named);
        }
        return PgNames.name(named);
    }

    private Optional<MappingRule> last(Action action, Target target, String schema, String table, String column) {
        MappingRule found = null;
        for (MappingRule r : rules) {
            if (r.action() == action && r.target() == target && r.matches(schema, table, column)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }
}
