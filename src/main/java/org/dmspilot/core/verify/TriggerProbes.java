package org.dmspilot.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dmspilot.core.verify.Probe.Outcome;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;

/**
 * A DML that fires each trigger, run on both engines in a transaction that is rolled back: INSERT a copy of the
 * table's first row under a new key, UPDATE a text (or number) column of the first row, DELETE a freshly inserted
 * copy. Compared: the touched row and every table the trigger body names.
 */
final class TriggerProbes {
    private final Connection source;
    private final Connection target;
    private final Schema schema;

    TriggerProbes(Connection source, Connection target, Schema schema) {
        this.source = source;
        this.target = target;
        this.schema = schema;
    }

    List<Probe> all() throws SQLException {
        List<Probe> out = new ArrayList<>();
        for (Trigger t : schema.triggers()) {
            Table table = schema.table(t.table()).orElseThrow();
            Column key = table.primaryKey().map(Index::columnNames).filter(k -> k.size() == 1)
                    .flatMap(k -> table.column(k.get(0))).orElse(null);
            if (key == null) {
                out.add(Probe.notProbed("trigger", t.name(), "no single-column primary key on " + table.name()
                        + ": the probe cannot pick a row"));
                continue;
            }
            List<String> minMax = Values.rows(source, "SELECT min(" + key.name() + "), max(" + key.name()
                    + ") FROM " + table.name()).get(0);
            String fresh = freshKey(key, minMax.get(1));
            String first = minMax.get(0) == null ? fresh : literal(key, minMax.get(0));
            List<String> dml = new ArrayList<>();
            if (minMax.get(0) == null) {
                dml.add(newRow(table, key, fresh)); // an empty table: the probe's own row, made first
            }
            switch (t.event()) {
                case INSERT -> {
                    if (minMax.get(0) != null) {
                        dml.add(copy(table, key.name(), first, fresh));
                    }
                }
                case UPDATE -> dml.add(update(table, key.name(), first, t.body()));
                case DELETE -> {
                    if (minMax.get(0) != null) {
                        dml.add(copy(table, key.name(), first, fresh));
                    }
                    dml.add("DELETE FROM " + table.name() + " WHERE " + key.name() + " = " + fresh);
                }
            }
            List<String> checks = new ArrayList<>();
            checks.add("SELECT * FROM " + table.name() + " WHERE " + key.name() + " IN (" + first + ", " + fresh
                    + ")");
            for (String named : tablesNamed(t.body())) {
                checks.add("SELECT * FROM " + named);
            }
            Outcome mine = Probe.outcome(source, x -> run(x, dml, checks));
            Outcome theirs = Probe.outcome(target, x -> run(x, dml, checks));
            out.add(CodeProbes.probe("trigger", t.name(), mine, theirs, String.join("; ", dml)));
        }
        return out;
    }

    private static boolean numeric(Column c) {
        return c.dataType().endsWith("int") || c.dataType().equals("decimal");
    }

    /** A key value no row has: max + 1000 for numbers, a 'p'-prefixed text otherwise. */
    private static String freshKey(Column key, String max) {
        if (numeric(key)) {
            return String.valueOf((max == null ? 0 : new java.math.BigDecimal(max).longValue()) + 1000);
        }
        return "'p" + (max == null ? "" : max.length()) + "-probe'";
    }

    private static String literal(Column c, String value) {
        return numeric(c) ? value : "'" + value.replace("'", "''") + "'";
    }

    /**
     * An INSERT of one new row under {@code fresh}: columns with a default or NULL allowed are left out, the others
     * get a value of their type (a foreign key column the smallest referenced key).
     */
    private String newRow(Table table, Column key, String fresh) {
        List<String> names = new ArrayList<>(List.of(key.name()));
        List<String> values = new ArrayList<>(List.of(fresh));
        for (Column c : table.columns()) {
            if (c == key || c.nullable() || c.defaultValue() != null || c.generated() != null || c.autoIncrement()) {
                continue;
            }
            names.add(c.name());
            values.add(table.foreignKeys().stream().filter(f -> f.columns().size() == 1
                    && f.columns().get(0).equalsIgnoreCase(c.name())).findFirst()
                    .map(f -> "(SELECT min(" + f.referencedColumns().get(0) + ") FROM " + f.referencedTable() + ")")
                    .orElseGet(() -> typedValue(c, fresh)));
        }
        return "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", values) + ")";
    }

    private static String typedValue(Column c, String fresh) {
        String type = c.dataType();
        if (type.equals("enum") || type.equals("set")) {
            String labels = c.columnType().substring(c.columnType().indexOf('(') + 1);
            return labels.substring(0, labels.indexOf('\'', 1) + 1);
        }
        if (numeric(c) || type.equals("float") || type.equals("double") || type.equals("year")) {
            return c.columnType().startsWith("tinyint(1)") ? "'1'" : type.equals("year") ? "2031" : "1";
        }
        if (type.equals("date")) {
            return "'2031-01-01'";
        }
        if (type.equals("datetime") || type.equals("timestamp")) {
            return "'2031-01-01 00:00:00'";
        }
        if (type.equals("time")) {
            return "'12:00:00'";
        }
        if (type.equals("json")) {
            return "'{}'";
        }
        return "'p" + fresh.replace("'", "") + "'";
    }
    private static List<List<String>> run(Connection c, List<String> dml, List<String> checks) throws SQLException {
        for (String sql : dml) {
            Probe.run(c, sql);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String check : checks) {
            rows.addAll(Values.sorted(Values.rows(c, check)));
        }
        return rows;
    }

    /** INSERT ... SELECT of the first row under a new key; other unique columns get fresh values too. */
    private static String copy(Table table, String key, String first, String fresh) {
        Set<String> unique = new LinkedHashSet<>();
        table.indexes().stream().filter(i -> i.unique() && !i.primary()).forEach(i -> unique.addAll(i.columnNames()));
        List<Column> columns = table.columns().stream().filter(c -> c.generated() == null).toList();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> c.name().equalsIgnoreCase(key) ? fresh
                : unique.contains(c.name()) ? freshValue(c, fresh) : c.name()).collect(Collectors.joining(", "));
        return "INSERT INTO " + table.name() + " (" + names + ") SELECT " + values + " FROM " + table.name()
                + " WHERE " + key + " = " + first;
    }

    private static String freshValue(Column c, String fresh) {
        String type = c.dataType().toLowerCase(Locale.ROOT);
        if (type.contains("date") || type.contains("time")) {
            return "'2031-01-01 00:00:00'";
        }
        if (type.contains("char") || type.contains("text")) {
            return "'p" + fresh.replace("'", "") + "'";
        }
        return fresh;
    }

    /**
     * An UPDATE of the row under {@code keyValue}: a number column the trigger body reads as NEW.x or OLD.x is
     * incremented (so conditions on it fire), else the first text column is set, else a number column incremented;
     * never the key or a foreign key column (the new value would reference nothing).
     */
    private static String update(Table table, String key, String keyValue, String body) {
        Set<String> referencing = new java.util.HashSet<>();
        table.foreignKeys().forEach(f -> f.columns().forEach(c -> referencing.add(c.toLowerCase(Locale.ROOT))));
        java.util.function.Predicate<Column> free = c -> !c.name().equalsIgnoreCase(key) && c.generated() == null
                && !c.autoIncrement() && !referencing.contains(c.name().toLowerCase(Locale.ROOT));
        Column read = table.columns().stream().filter(free).filter(TriggerProbes::numeric)
                .filter(c -> Pattern.compile("\\b(NEW|OLD)\\.`?" + Pattern.quote(c.name()) + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(body).find()).findFirst().orElse(null);
        if (read != null) {
            return increment(table, read, key, keyValue);
        }
        Column text = table.columns().stream().filter(free)
                .filter(c -> c.dataType().equals("varchar") || c.dataType().endsWith("text")).findFirst()
                .orElse(null);
        if (text != null) {
            return "UPDATE " + table.name() + " SET " + text.name() + " = 'probe' WHERE " + key + " = " + keyValue;
        }
        return increment(table, table.columns().stream().filter(free).filter(c -> c.dataType().endsWith("int"))
                .findFirst().orElseThrow(), key, keyValue);
    }

    private static String increment(Table table, Column c, String key, String keyValue) {
        return "UPDATE " + table.name() + " SET " + c.name() + " = coalesce(" + c.name() + ", 0) + 1 WHERE " + key
                + " = " + keyValue;
    }

    private List<String> tablesNamed(String body) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (Pattern.compile("\\b`?" + Pattern.quote(t.name()) + "`?\\b", Pattern.CASE_INSENSITIVE).matcher(body)
                    .find()) {
                out.add(t.name());
            }
        }
        return out;
    }
}
