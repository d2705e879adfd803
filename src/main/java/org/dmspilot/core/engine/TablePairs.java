package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.DmsPilotException;
import java.util.function.UnaryOperator;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.PgNames;

/** Reads the tables of one source schema and matches them with the converted target tables. */
public final class TablePairs {
    private TablePairs() {
    }

    /** The PostgreSQL schema the converter makes of a MySQL schema. */
    public static String targetSchema(String sourceSchema) {
        return PgNames.name(sourceSchema);
    }

    /**
     * Source base tables of {@code sourceSchema} that exist in the target schema, with the columns both have.
     *
     * @throws DmsPilotException when a source table has no converted target table
     */
    public static List<TablePair> read(Connection source, Connection target, String sourceSchema)
            throws SQLException {
        return read(source, target, sourceSchema, TableSelection.ALL);
    }

    /**
     * The tables of {@code sourceSchema} that {@code selection} migrates, paired with their converted target tables.
     *
     * @throws DmsPilotException when a selected source table has no converted target table
     */
    public static List<TablePair> read(Connection source, Connection target, String sourceSchema,
            TableSelection selection) throws SQLException {
        Available available = readAvailable(source, target, sourceSchema, selection);
        if (!available.missing().isEmpty()) {
            throw new DmsPilotException(available.missing().values().iterator().next());
        }
        return available.pairs();
    }

    /**
     * The selected tables that have a converted target table, and the ones that do not.
     *
     * @param missing source table → why it cannot be migrated (no converted table on the target)
     */
    public record Available(List<TablePair> pairs, Map<String, String> missing) {
    }

    /**
     * Like {@link #read(Connection, Connection, String, TableSelection)}, but a selected source table without a
     * converted target table (PostgreSQL refused it when the schema was applied) is listed in
     * {@link Available#missing()} instead of failing the whole read.
     */
    public static Available readAvailable(Connection source, Connection target, String sourceSchema,
            TableSelection selection) throws SQLException {
        String pgSchema = targetSchema(sourceSchema);
        Map<String, String> missing = new LinkedHashMap<>();
        Map<String, Map<String, String>> targetColumns = targetColumns(target, pgSchema);
        Map<String, Long> estimates = new LinkedHashMap<>();
        try (PreparedStatement ps = source.prepareStatement("SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0) FROM"
                + " information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY TABLE_NAME")) {
            ps.setString(1, sourceSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    estimates.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, List<String[]>> columns = new HashMap<>();
        Map<String, List<String>> allColumns = new HashMap<>(); // generated ones too: they take names as well
        try (PreparedStatement ps = source.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, LOWER(DATA_TYPE),"
                + " COALESCE(GENERATION_EXPRESSION, '') = '' FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            ps.setString(1, sourceSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    allColumns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    if (rs.getBoolean(4)) {
                        columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        MappingRules rules = selection.mapping();
        refuseSchemaRename(rules, sourceSchema);
        Map<String, String> names = rules.tableNames(sourceSchema, estimates.keySet());
        Map<String, List<String>> keys = primaryKeys(source, sourceSchema);
        List<TablePair> pairs = new ArrayList<>();
        for (var e : estimates.entrySet()) {
            String table = e.getKey();
            if (!selection.includes(sourceSchema, table)) {
                continue;
            }
            String pgTable = names.get(table);
            Map<String, String> tcols = targetColumns.get(pgTable);
            if (tcols == null) {
                missing.put(table, "Table " + table + " has no converted table " + pgSchema + "." + pgTable
                        + " on the target. Convert and apply the schema first (convert --apply names what"
                        + " PostgreSQL refused).");
                continue;
            }
            ColumnSets.Result compared = ColumnSets.compare(columns.getOrDefault(table, List.of()), tcols,
                    ColumnSets.Naming.of(rules, sourceSchema, table, allColumns.getOrDefault(table, List.of())));
            List<ColumnPair> cols = compared.pairs();
            Map<String, ColumnPair> byName = new HashMap<>();
            cols.forEach(c -> byName.put(c.source(), c));
            List<ColumnPair> pk = new ArrayList<>();
            for (String k : keys.getOrDefault(table, List.of())) {
                if (byName.containsKey(k)) {
                    pk.add(byName.get(k));
                }
            }
            pairs.add(new TablePair(table, pgTable, pgSchema, cols, pk, e.getValue(), compared.problems()));
        }
        if (pairs.isEmpty() && missing.isEmpty() && !estimates.isEmpty() && selection != TableSelection.ALL) {
            throw new BadInputException("The table mappings select none of the " + estimates.size() + " tables of "
                    + sourceSchema + ": check their schema-name and table-name patterns.");
        }
        return new Available(pairs, missing);
    }

    /**
     * The local engine keeps the schema's name ({@link #targetSchema}): a schema rename would send the load to a
     * schema the checkpoint and CDC do not know.
     */
    private static void refuseSchemaRename(MappingRules rules, String sourceSchema) {
        if (!rules.schemaName(sourceSchema).equals(targetSchema(sourceSchema))) {
            throw new BadInputException("The mapping rules rename schema " + sourceSchema + "; the local engine"
                    + " loads into " + targetSchema(sourceSchema) + " and does not rename schemas yet.");
        }
    }

    /** The source columns ({name, data type}) that the target table has, paired; {@code byName} gets each by source name. */
    private static List<ColumnPair> pairColumns(List<String[]> sourceColumns, Map<String, String> targetColumns,
            Map<String, ColumnPair> byName, UnaryOperator<String> columnName) {
        List<ColumnPair> cols = new ArrayList<>();
        for (String[] c : sourceColumns) {
            String pgCol = columnName.apply(c[0]);
            String type = targetColumns.get(pgCol);
            if (type != null) {
                ColumnPair pair = new ColumnPair(c[0], c[1], pgCol, type, ColumnPair.kindOf(c[1], type));
                cols.add(pair);
                byName.put(c[0], pair);
            }
        }
        return cols;
    }

    private static Map<String, List<String>> primaryKeys(Connection source, String schema) throws SQLException {
        Map<String, List<String>> keys = new HashMap<>();
        try (PreparedStatement ps = source.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM"
                + " information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND CONSTRAINT_NAME = 'PRIMARY'"
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return keys;
    }

    private static Map<String, Map<String, String>> targetColumns(Connection target, String schema)
            throws SQLException {
        Map<String, Map<String, String>> tables = new HashMap<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT c.relname, a.attname,"
                + " format_type(a.atttypid, a.atttypmod), t.typtype FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_type t ON t.oid = a.atttypid"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
                + " AND a.attgenerated = '' ORDER BY c.relname, a.attnum")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = "e".equals(rs.getString(4)) ? "enum" : rs.getString(3);
                    tables.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), type);
                }
            }
        }
        return tables;
    }

    /**
     * The pair of source table {@code table} with columns {@code sourceColumns} ({name, data type}, as CDC recorded
     * them, which may differ from the source's tables now) and its target table {@code pgTable} as it is now, the
     * primary key read from the target; null when the target has no such table.
     *
     * @param pgTable the target name ({@link MappingRules#tableNames} over the schema's tables)
     * @param rules the mapping rules the columns are named by
     */
    public static TablePair fromTarget(Connection target, String pgSchema, String table, String pgTable,
            List<String[]> sourceColumns, MappingRules rules, String sourceSchema) throws SQLException {
        Map<String, String> tcols = targetColumns(target, pgSchema).get(pgTable);
        if (tcols == null) {
            return null;
        }
        Map<String, String> colNames = rules.columnNames(sourceSchema, table, sourceColumns.stream().map(c -> c[0])
                .toList());
        Map<String, ColumnPair> bySourceName = new HashMap<>();
        List<ColumnPair> cols = pairColumns(sourceColumns, tcols, bySourceName, colNames::get);
        Map<String, ColumnPair> byPgName = new HashMap<>();
        cols.forEach(c -> byPgName.put(c.target(), c));
        List<ColumnPair> pk = new ArrayList<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT a.attname FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
                + " WHERE i.indisprimary AND n.nspname = ? AND c.relname = ? ORDER BY k.ord")) {
            ps.setString(1, pgSchema);
            ps.setString(2, pgTable);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ColumnPair k = byPgName.get(rs.getString(1));
                    if (k != null) {
                        pk.add(k);
                    }
                }
            }
        }
        return new TablePair(table, pgTable, pgSchema, cols, pk, 0);
    }
}
