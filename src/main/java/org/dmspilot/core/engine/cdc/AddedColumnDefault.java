package org.dmspilot.core.engine.cdc;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.cdc.DdlTokens.Token;

/**
 * What {@code ADD COLUMN} gives the rows already in the table, as MySQL does it: the column's DEFAULT, or for a
 * {@code NOT NULL} column without one the type's implicit default (0, the empty string, an ENUM's first label),
 * else NULL. The binlog carries no row events for this backfill, so the target must reproduce it; a default it
 * cannot reproduce exactly (an expression such as {@code CURRENT_TIMESTAMP}, evaluated when the ALTER ran, or
 * {@code AUTO_INCREMENT} numbering) pauses the table instead.
 *
 * @param clause what follows the type in PostgreSQL's {@code ADD COLUMN} ({@code NOT NULL}, {@code DEFAULT '..'})
 * @param dropDefault true when the source column has no default of its own: the backfill default is dropped again
 * @param pause why the backfill cannot be reproduced, or null
 */
record AddedColumnDefault(String clause, boolean dropDefault, String pause) {
    private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint",
            "decimal", "float", "double", "real", "bit", "year");
    private static final Set<String> STRINGS = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    /** The backfill of column {@code def} ({@code name type ...} tokens) of {@code column}'s source type. */
    static AddedColumnDefault of(List<Token> def, SourceColumn column) {
        boolean notNull = false;
        String value = null;
        boolean hasDefault = false;
        for (int i = 2; i < def.size(); i++) {
            Token t = def.get(i);
            if (t.is("NOT") && i + 1 < def.size() && def.get(i + 1).is("NULL")) {
                notNull = true;
            } else if (t.is("AUTO_INCREMENT")) {
                return pause("AUTO_INCREMENT numbers the existing rows");
            } else if (t.is("DEFAULT") && i + 1 < def.size()) {
                hasDefault = true;
                Token v = def.get(++i);
                boolean negative = v.is("-") && i + 1 < def.size();
                if (negative) {
                    v = def.get(++i);
                }
                if (v.quoted() && v.text().startsWith("'")) {
                    value = v.text().substring(1, v.text().length() - 1);
                } else if (v.is("NULL")) {
                    value = null;
                } else if (v.is("TRUE") || v.is("FALSE")) {
                    value = v.is("TRUE") ? "1" : "0";
                } else if (!v.quoted() && v.text().matches("[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")) {
                    value = (negative ? "-" : "") + v.text();
                } else {
                    return pause("its DEFAULT " + v.text() + " is evaluated by MySQL when the ALTER runs");
                }
            }
        }
        String type = column.dataType().toLowerCase(Locale.ROOT);
        if (!hasDefault && notNull) {
            if (NUMBERS.contains(type)) {
                value = "0";
            } else if (STRINGS.contains(type)) {
                value = "";
            } else if (type.equals("enum") && !column.labels().isEmpty()) {
                value = column.labels().get(0);
            } else {
                return pause("MySQL fills the existing rows with the implicit default of " + type);
            }
        }
        if (value != null && (type.startsWith("date") || type.startsWith("timestamp"))
                && (value.startsWith("0000") || value.matches("\\d{4}-00.*|\\d{4}-\\d\\d-00.*"))) {
            return pause("its default is a zero date, which PostgreSQL cannot store");
        }
        String clause = (notNull ? " NOT NULL" : "") + (value == null ? "" : " DEFAULT " + Sql.literal(value));
        return new AddedColumnDefault(clause, value != null && !hasDefault, null);
    }

    private static AddedColumnDefault pause(String why) {
        return new AddedColumnDefault("", false, why);
    }
}
