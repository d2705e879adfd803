package org.dmspilot.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dmspilot.corpus.Probe.Outcome;
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
            String key = table.primaryKey().map(Index::columnNames).filter(k -> k.size() == 1).map(k -> k.get(0))
                    .orElse(null);
            if (key == null) {
                out.add(new Probe("trigger", t.name(), false, "no single-column primary key on " + table.name()
                        + ": the probe cannot pick a row"));
                continue;
            }
            String first = Values.rows(source, "SELECT min(" + key + "), max(" + key + ") FROM " + table.name())
                    .get(0).get(0);
            String fresh = String.valueOf(Long.parseLong(Values.rows(source, "SELECT max(" + key + ") FROM "
                    + table.name()).get(0).get(0)) + 1000);
            List<String> dml = switch (t.event()) {
                case INSERT -> List.of(copy(table, key, first, fresh));
                case UPDATE -> List.of(update(table, key, first));
                case DELETE -> List.of(copy(table, key, first, fresh), "DELETE FROM " + table.name() + " WHERE "
                        + key + " = " + fresh);
            };
            List<String> checks = new ArrayList<>();
            checks.add("SELECT * FROM " + table.name() + " WHERE " + key + " IN (" + first + ", " + fresh + ")");
            for (String named : tablesNamed(t.body())) {
                checks.add("SELECT * FROM " + named);
            }
            Outcome mine = Probe.outcome(source, c -> Probe.rolledBack(c, x -> run(x, dml, checks)));
            Outcome theirs = Probe.outcome(target, c -> Probe.rolledBack(c, x -> run(x, dml, checks)));
            out.add(CodeProbes.probe("trigger", t.name(), mine, theirs, String.join("; ", dml)));
        }
        return out;
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
            return "'p" + fresh + "'";
        }
        return fresh;
    }

    private static String update(Table table, String key, String first) {
        Column column = table.columns().stream().filter(c -> !c.name().equalsIgnoreCase(key) && c.generated() == null
                && (c.dataType().equals("varchar") || c.dataType().endsWith("text"))).findFirst()
                .orElse(null);
        if (column != null) {
            return "UPDATE " + table.name() + " SET " + column.name() + " = 'probe' WHERE " + key + " = " + first;
        }
        Column number = table.columns().stream().filter(c -> !c.name().equalsIgnoreCase(key)
                && c.dataType().endsWith("int") && !c.autoIncrement()).findFirst().orElseThrow();
        return "UPDATE " + table.name() + " SET " + number.name() + " = " + number.name() + " + 1 WHERE " + key
                + " = " + first;
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
