package org.dmspilot.core.engine.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.convert.PgNames;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;

/** Reads the migrated tables' metadata for CDC: the table pairs plus every source column in ordinal order. */
final class CdcTables {
    private CdcTables() {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Every migrated table of {@code schema} as of the checkpoint, by source table name. The source column lists come
     * from the target's {@code dmspilot.cdc_columns}, which holds them as of the checkpoint (recorded before the full
     * load, changed with each DDL and rename the engine applies), paired with the target tables as they are: the
     * source's tables now may already be renamed or dropped further on in the binlog. Tables not recorded there
     * are read from information_schema and recorded.
     */
    static Map<String, CdcTable> read(Connection source, Connection target, String schema,
            org.dmspilot.core.engine.TableSelection selection) throws SQLException {
        String pgSchema = TablePairs.targetSchema(schema);
        Map<String, List<SourceColumn>> columns = recorded(target, pgSchema);
        Map<String, List<SourceColumn>> live = sourceColumns(source, schema, null);
        Map<String, CdcTable> tables = new LinkedHashMap<>();
        java.util.Set<String> all = new java.util.TreeSet<>(union(columns.keySet(), live.keySet()));
        Map<String, String> names = selection.mapping().tableNames(schema, all); // as the converter named them
        for (String table : all) {
            if (!selection.includes(schema, table)) {
                continue;
            }
            boolean recorded = columns.containsKey(table);
            List<SourceColumn> cols = recorded ? columns.get(table) : live.get(table);
            TablePair p = TablePairs.fromTarget(target, pgSchema, table, names.get(table), cols.stream()
                    .map(c -> new String[] {c.name(), c.dataType()}).toList(), selection.mapping(), schema);
            if (p == null) {
                if (recorded && live.containsKey(table) && !paused(target, pgSchema, table)) {
                    throw new org.dmspilot.core.DmsPilotException("Table " + table + " has no converted table "
                            + pgSchema + "." + names.get(table) + " on the target."
                            + " Convert and apply the schema first.");
                }
                continue; // renamed or created on the source after the checkpoint: the binlog brings it
            }
            if (!recorded) {
                record(target, pgSchema, table, cols);
            }
            tables.put(table, new CdcTable(p, cols));
        }
        if (!target.getAutoCommit()) {
            target.commit();
        }
        return tables;
    }

    /** Whether the full load left this table out and paused it (e.g. PostgreSQL refused its converted table). */
    private static boolean paused(Connection target, String pgSchema, String table) throws SQLException {
        try (PreparedStatement ps = target.prepareStatement("SELECT 1 FROM dmspilot.cdc_paused WHERE schema_name = ?"
                + " AND table_name = ?")) {
            ps.setString(1, pgSchema);
            ps.setString(2, table);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Records the current source column lists of every table of {@code schema} (before a full load). */
    static void recordAll(Connection source, Connection target, String schema) throws SQLException {
        String pgSchema = TablePairs.targetSchema(schema);
        try (PreparedStatement ps = target.prepareStatement("DELETE FROM dmspilot.cdc_columns WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            ps.executeUpdate();
        }
        for (var e : sourceColumns(source, schema, null).entrySet()) {
            record(target, pgSchema, e.getKey(), e.getValue());
        }
    }

    /** Records one table's source columns (inside the caller's transaction). */
    static void record(Connection target, String pgSchema, String table, List<SourceColumn> columns)
            throws SQLException {
        List<Map<String, String>> json = new ArrayList<>();
        for (SourceColumn c : columns) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("dataType", c.dataType());
            m.put("columnType", c.columnType());
            m.put("charset", c.charset());
            json.add(m);
        }
        try (PreparedStatement ps = target.prepareStatement("INSERT INTO dmspilot.cdc_columns VALUES (?, ?,"
                + " CAST(? AS jsonb)) ON CONFLICT (schema_name, table_name) DO UPDATE SET columns = excluded.columns")) {
            ps.setString(1, pgSchema);
            ps.setString(2, table);
            ps.setString(3, JSON.writeValueAsString(json));
            ps.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot write the column list of " + table, e);
        }
    }

    private static Map<String, List<SourceColumn>> recorded(Connection target, String pgSchema) throws SQLException {
        Map<String, List<SourceColumn>> out = new HashMap<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT table_name, columns::text FROM dmspilot.cdc_columns"
                + " WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<SourceColumn> cols = new ArrayList<>();
                    for (var n : JSON.readTree(rs.getString(2))) {
                        cols.add(new SourceColumn(n.get("name").asText(), n.get("dataType").asText(),
                                n.get("columnType").asText(), n.get("charset").isNull() ? null
                                        : n.get("charset").asText()));
                    }
                    out.put(rs.getString(1), cols);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable dmspilot.cdc_columns: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The table after DDL: its new source columns (binlog order) paired with the target columns as they are now
     * (types read back from the target, so values travel as for any converted column).
     */
    static CdcTable rebuild(CdcTable old, List<SourceColumn> columns, Connection target) throws SQLException {
        TablePair p = old.pair();
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT a.attname, CASE WHEN t.typtype = 'e' THEN"
                + " 'enum' ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_type t ON t.oid = a.atttypid WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0"
                + " AND NOT a.attisdropped AND a.attgenerated = ''")) {
            ps.setString(1, p.targetSchema());
            ps.setString(2, p.target());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<ColumnPair> pairs = new ArrayList<>();
        for (SourceColumn c : columns) {
            String pg = PgNames.name(c.name());
            String type = types.get(pg);
            if (type != null) {
                pairs.add(new ColumnPair(c.name(), c.dataType(), pg, type, ColumnPair.kindOf(c.dataType(), type)));
            }
        }
        List<ColumnPair> key = new ArrayList<>();
        for (ColumnPair k : p.primaryKey()) {
            pairs.stream().filter(c -> c.source().equalsIgnoreCase(k.source())).findFirst().ifPresent(key::add);
        }
        return new CdcTable(new TablePair(p.source(), p.target(), p.targetSchema(), pairs, key, p.rowEstimate()),
                columns);
    }

    private static Map<String, List<SourceColumn>> sourceColumns(Connection source, String schema, String table)
            throws SQLException {
        Map<String, List<SourceColumn>> out = new HashMap<>();
        try (PreparedStatement ps = source.prepareStatement("SELECT c.TABLE_NAME, c.COLUMN_NAME, LOWER(c.DATA_TYPE),"
                + " c.COLUMN_TYPE, c.CHARACTER_SET_NAME FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                // BINARY: MariaDB compares information_schema names without case, which gave `Case` the columns
                // of `case` too
                + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND BINARY t.TABLE_NAME = BINARY c.TABLE_NAME"
                + " AND t.TABLE_TYPE = 'BASE TABLE'"
                + " WHERE c.TABLE_SCHEMA = ?" + (table == null ? "" : " AND BINARY c.TABLE_NAME = BINARY ?")
                + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
            ps.setString(1, schema);
            if (table != null) {
                ps.setString(2, table);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceColumn(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }
}
