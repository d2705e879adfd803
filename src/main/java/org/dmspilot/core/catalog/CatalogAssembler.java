package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Partitioning;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/** Groups the rows of the bulk queries by schema and table and builds the model. */
final class CatalogAssembler {
    /** Sort orders shared by both readers, so live and dump catalogs compare object by object. */
    static final Comparator<Index> INDEX_ORDER = Comparator.comparing((Index i) -> !i.primary())
            .thenComparing(Index::name);
    static final Comparator<Trigger> TRIGGER_ORDER = Comparator.comparing(Trigger::table)
            .thenComparing(Trigger::timing).thenComparing(Trigger::event).thenComparingInt(Trigger::order);
    static final Comparator<Routine> ROUTINE_ORDER = Comparator.comparing(Routine::name)
            .thenComparing(Routine::type);

    private final ServerVersion version;
    private final Map<String, List<Row>> rows;
    private final Map<String, Map<String, List<Row>>> bySchema = new java.util.HashMap<>();

    CatalogAssembler(ServerVersion version, Map<String, List<Row>> rows) {
        this.version = version;
        this.rows = rows;
    }

    Schema schema(String name, String charset, String collation) {
        Map<String, List<Row>> columns = byTable(InfoSchemaQueries.COLUMNS, name);
        Map<String, List<Row>> indexes = byTable(InfoSchemaQueries.INDEXES, name);
        Map<String, List<Row>> fks = byTable(InfoSchemaQueries.FOREIGN_KEYS, name);
        Map<String, List<Row>> checks = byTable(InfoSchemaQueries.CHECKS, name);
        Map<String, List<Row>> partitions = byTable(InfoSchemaQueries.PARTITIONS, name);
        List<Table> tables = new ArrayList<>();
        for (Row t : inSchema(InfoSchemaQueries.TABLES, name)) {
            String table = t.text("TABLE_NAME");
            List<Column> cols = columns.getOrDefault(table, List.of()).stream()
                    .map(r -> ColumnRows.map(r, version)).toList();
            // MySQL reports AUTO_INCREMENT = 1 for a MyISAM table without an auto-increment column
            Long autoIncrement = cols.stream().anyMatch(Column::autoIncrement) ? t.lng("AUTO_INCREMENT") : null;
            tables.add(new Table(table, t.orNull("ENGINE"), t.orNull("TABLE_COLLATION"), t.lng("TABLE_ROWS"),
                    t.lng("DATA_LENGTH"), autoIncrement, partitioning(partitions.get(table)),
                    t.text("TABLE_COMMENT"), cols, indexes(indexes.getOrDefault(table, List.of())),
                    foreignKeys(fks.getOrDefault(table, List.of())),
                    checks.getOrDefault(table, List.of()).stream().map(r -> ObjectRows.check(r, version))
                            .sorted(Comparator.comparing(CheckConstraint::name)).toList()));
        }
        tables.sort(Comparator.comparing(Table::name));
        List<View> views = inSchema(InfoSchemaQueries.VIEWS, name).stream().map(ObjectRows::view)
                .sorted(Comparator.comparing(View::name)).toList();
        Map<String, List<Row>> params = group(inSchema(InfoSchemaQueries.PARAMETERS, name),
                r -> r.text("SPECIFIC_NAME") + "\0" + r.keyword("ROUTINE_TYPE"));
        List<Routine> routines = inSchema(InfoSchemaQueries.ROUTINES, name).stream()
                .map(r -> ObjectRows.routine(r, params.getOrDefault(r.text("ROUTINE_NAME") + "\0"
                        + r.keyword("ROUTINE_TYPE"), List.of()).stream().map(ObjectRows::parameter).toList()))
                .sorted(ROUTINE_ORDER).toList();
        List<Trigger> triggers = triggers(inSchema(InfoSchemaQueries.TRIGGERS, name));
        List<Event> events = inSchema(InfoSchemaQueries.EVENTS, name).stream().map(ObjectRows::event)
                .sorted(Comparator.comparing(Event::name)).toList();
        return new Schema(name, charset, collation, tables, views, routines, triggers, events);
    }

    private static List<Trigger> triggers(List<Row> rows) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Trigger> out = new ArrayList<>();
        for (Row r : rows) {
            String key = r.text("EVENT_OBJECT_TABLE") + "\0" + r.keyword("ACTION_TIMING") + "\0"
                    + r.keyword("EVENT_MANIPULATION");
            out.add(ObjectRows.trigger(r, seen.merge(key, 1, Integer::sum)));
        }
        out.sort(TRIGGER_ORDER);
        return out;
    }

    private List<Index> indexes(List<Row> rows) {
        List<Index> out = new ArrayList<>();
        group(rows, r -> r.text("INDEX_NAME")).forEach((name, parts) -> {
            Row first = parts.get(0);
            List<IndexPart> keyParts = parts.stream().sorted(Comparator.comparingInt(r -> r.integer("SEQ_IN_INDEX",
                    0))).map(r -> new IndexPart(r.orNull("COLUMN_NAME"),
                            r.lng("SUB_PART") == null ? null : r.lng("SUB_PART").intValue(),
                            version.expressionText(r.orNull("EXPRESSION")), // functional key parts, as MySQL escapes
                            "D".equalsIgnoreCase(r.text("COLLATION")))).toList();
            boolean visible = !first.text("IS_VISIBLE").equalsIgnoreCase("NO") && !first.yes("IGNORED");
            if ("SPATIAL".equals(first.keyword("INDEX_TYPE"))) {
                // MariaDB lists a SUB_PART of 32 on spatial keys, which no DDL can state
                keyParts = keyParts.stream().map(p -> new IndexPart(p.column(), null, p.expression(),
                        p.descending())).toList();
            }
            out.add(new Index(name, name.equals("PRIMARY"), first.text("NON_UNIQUE").equals("0"),
                    first.keyword("INDEX_TYPE"), keyParts, first.text("INDEX_COMMENT"), visible));
        });
        out.sort(INDEX_ORDER);
        return out;
    }

    private static List<ForeignKey> foreignKeys(List<Row> rows) {
        List<ForeignKey> out = new ArrayList<>();
        group(rows, r -> r.text("CONSTRAINT_NAME")).forEach((name, cols) -> {
            Row first = cols.get(0);
            out.add(new ForeignKey(name, cols.stream().map(r -> r.text("COLUMN_NAME")).toList(),
                    first.text("REFERENCED_TABLE_SCHEMA"), first.text("REFERENCED_TABLE_NAME"),
                    cols.stream().map(r -> r.text("REFERENCED_COLUMN_NAME")).toList(), first.keyword("DELETE_RULE"),
                    first.keyword("UPDATE_RULE")));
        });
        out.sort(Comparator.comparing(ForeignKey::name));
        return out;
    }

    private static Partitioning partitioning(List<Row> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        Row first = rows.get(0);
        Map<String, List<Row>> byName = group(rows, r -> r.text("PARTITION_NAME"));
        List<Partitioning.Partition> parts = byName.values().stream().map(p -> new Partitioning.Partition(
                p.get(0).text("PARTITION_NAME"), p.get(0).orNull("PARTITION_DESCRIPTION"))).toList();
        String sub = first.keyword("SUBPARTITION_METHOD");
        return new Partitioning(first.keyword("PARTITION_METHOD"),
                MysqlText.stripParentheses(first.text("PARTITION_EXPRESSION")), sub,
                sub == null ? null : MysqlText.stripParentheses(first.text("SUBPARTITION_EXPRESSION")), parts);
    }

    private List<Row> inSchema(String kind, String schema) {
        return bySchema.computeIfAbsent(kind, k -> group(rows.getOrDefault(k, List.of()), CatalogAssembler::schemaOf))
                .getOrDefault(schema, List.of());
    }

    private Map<String, List<Row>> byTable(String kind, String schema) {
        return group(inSchema(kind, schema), r -> r.text("TABLE_NAME"));
    }

    private static String schemaOf(Row r) {
        for (String c : List.of("TABLE_SCHEMA", "CONSTRAINT_SCHEMA", "ROUTINE_SCHEMA", "SPECIFIC_SCHEMA",
                "TRIGGER_SCHEMA", "EVENT_SCHEMA")) {
            String v = r.str(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static <K> Map<K, List<Row>> group(List<Row> rows, Function<Row, K> key) {
        Map<K, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
