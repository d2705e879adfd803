package org.dmspilot.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.KeyRange;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.ValueKind;
import org.dmspilot.core.progress.ProgressListener;

/**
 * Compares a MySQL/MariaDB schema with its PostgreSQL copy. Each table is split into primary-key chunks; for each
 * chunk both servers compute the row count and the sum of a 60-bit MD5 of each row's normalised text
 * ({@link RowText}); a chunk that differs is drilled down to its keys by comparing per-row MD5s. JSON columns are
 * compared as parsed trees per key. Tables without a primary key: count and whole-table hash. Backend-neutral: it
 * only reads both databases.
 */
public final class Validator {
    private static final int MAX_KEYS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final int workers;
    private final long chunkRows;
    private final org.dmspilot.core.engine.TableSelection selection;

    public Validator(ConnectionFactory source, ConnectionFactory target, int workers, long chunkRows) {
        this(source, target, workers, chunkRows, org.dmspilot.core.engine.TableSelection.ALL);
    }

    /** A validator of the tables {@code selection} migrates. */
    public Validator(ConnectionFactory source, ConnectionFactory target, int workers, long chunkRows,
            org.dmspilot.core.engine.TableSelection selection) {
        this.selection = selection;
        this.source = source;
        this.target = target;
        this.workers = workers;
        this.chunkRows = chunkRows;
    }

    /** Validates every table of {@code sourceSchema} against its converted target schema. */
    public ValidationReport validate(String sourceSchema, ProgressListener progress) {
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (Connection s = source.open(); Connection t = target.open()) {
            s.setCatalog(sourceSchema);
            List<TablePair> tables = TablePairs.read(s, t, sourceSchema, selection);
            List<TableReport> reports = new ArrayList<>();
            int i = 0;
            for (TablePair table : tables) {
                progress.checkCancelled();
                progress.progress(i++, tables.size(), "validating " + table.source());
                List<Future<Chunk>> futures = new ArrayList<>();
                for (KeyRange r : KeyRange.plan(s, table, chunkRows)) {
                    futures.add(pool.submit(() -> chunk(sourceSchema, table, r)));
                }
                long srcRows = 0;
                long tgtRows = 0;
                int bad = 0;
                TreeSet<String> keys = new TreeSet<>();
                for (Future<Chunk> f : futures) {
                    Chunk c = f.get();
                    srcRows += c.sourceRows;
                    tgtRows += c.targetRows;
                    bad += c.keys.isEmpty() && c.hashesEqual ? 0 : 1;
                    keys.addAll(c.keys);
                }
                reports.add(new TableReport(table.source(), srcRows, tgtRows, futures.size(), bad,
                        keys.stream().limit(MAX_KEYS).toList()));
            }
            progress.progress(tables.size(), tables.size(), "validated " + tables.size() + " tables");
            return new ValidationReport(sourceSchema, reports, System.currentTimeMillis() - started);
        } catch (SQLException e) {
            throw new DmsPilotException("Validation of " + sourceSchema + " failed: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new DmsPilotException("Validation of " + sourceSchema + " failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.dmspilot.core.progress.CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }

    private record Chunk(long sourceRows, long targetRows, boolean hashesEqual, List<String> keys) {
    }

    private Chunk chunk(String schema, TablePair t, KeyRange range) throws SQLException {
        try (Connection s = source.open(); Connection g = target.open()) {
            s.setCatalog(schema);
            try (Statement st = s.createStatement()) {
                st.execute("SET time_zone = '+00:00'");
                st.execute("SET NAMES utf8mb4");
            }
            String myWhere = t.hasIntegerKey() ? range.condition(Sql.my(t.primaryKey().get(0).source())) : "1=1";
            String pgWhere = t.hasIntegerKey() ? range.condition(Sql.pg(t.primaryKey().get(0).target())) : "1=1";
            boolean hasJson = t.columns().stream().anyMatch(c -> c.kind() == ValueKind.JSON);
            if (hasJson && !t.primaryKey().isEmpty()) {
                // JSON is compared outside the servers anyway: one pass of per-row hashes + JSON, no chunk sums
                Drill d = drillDown(s, g, t, myWhere, pgWhere);
                return new Chunk(d.sourceRows(), d.targetRows(), d.keys().isEmpty(), d.keys());
            }
            String[] a = one(s, "SELECT COUNT(*), COALESCE(SUM(" + RowText.mysqlHash(t.columns()) + "), 0) FROM "
                    + Sql.my(t.source()) + " WHERE " + myWhere);
            String[] b = one(g, "SELECT count(*), coalesce(sum(" + RowText.postgresHash(t.columns()) + "), 0) FROM "
                    + t.qualifiedTarget() + " WHERE " + pgWhere);
            boolean equal = a[0].equals(b[0]) && new java.math.BigDecimal(a[1]).compareTo(
                    new java.math.BigDecimal(b[1])) == 0;
            List<String> keys = List.of();
            if (!equal && !t.primaryKey().isEmpty()) {
                keys = drillDown(s, g, t, myWhere, pgWhere).keys();
            }
            return new Chunk(Long.parseLong(a[0]), Long.parseLong(b[0]), equal, keys);
        }
    }

    private record Drill(List<String> keys, long sourceRows, long targetRows) {
    }

    /** Per-row MD5s (and JSON trees) of both sides, compared by key (a streamed merge for integer keys). */
    private static Drill drillDown(Connection s, Connection g, TablePair t, String myWhere, String pgWhere)
            throws SQLException {
        List<ColumnPair> json = t.columns().stream().filter(c -> c.kind() == ValueKind.JSON).toList();
        String myKey = t.primaryKey().stream().map(c -> "CAST(" + Sql.my(c.source()) + " AS CHAR)")
                .collect(Collectors.joining(", "));
        String pgKey = t.primaryKey().stream().map(c -> Sql.pg(c.target()) + "::text")
                .collect(Collectors.joining(", "));
        String myHash = "MD5(" + RowText.mysql(t.columns()) + ")";
        String pgHash = "md5(" + RowText.postgres(t.columns()) + ")";
        String myJson = json.stream().map(c -> ", " + Sql.my(c.source())).collect(Collectors.joining());
        String pgJson = json.stream().map(c -> ", " + Sql.pg(c.target()) + "::text").collect(Collectors.joining());
        String mySql = "SELECT CONCAT_WS(',', " + myKey + "), " + myHash + myJson + " FROM " + Sql.my(t.source())
                + " WHERE " + myWhere;
        String pgSql = "SELECT concat_ws(',', " + pgKey + "), " + pgHash + pgJson + " FROM " + t.qualifiedTarget()
                + " WHERE " + pgWhere;
        if (t.hasIntegerKey()) {
            var r = KeyMerge.compare(s, mySql + " ORDER BY " + Sql.my(t.primaryKey().get(0).source()), g,
                    pgSql + " ORDER BY " + Sql.pg(t.primaryKey().get(0).target()), 1 + json.size(),
                    Validator::sameRow, MAX_KEYS + 1);
            return new Drill(r.keys(), r.sourceRows(), r.targetRows());
        }
        Map<String, List<String>> left = rows(s, mySql, json.size());
        Map<String, List<String>> right = rows(g, pgSql, json.size());
        long sourceRows = left.size();
        long targetRows = right.size();
        List<String> keys = new ArrayList<>();
        for (var e : left.entrySet()) {
            List<String> other = right.remove(e.getKey());
            if (other == null || !sameRow(e.getValue(), other)) {
                keys.add(e.getKey());
            }
        }
        keys.addAll(right.keySet());
        return new Drill(keys, sourceRows, targetRows);
    }

    private static boolean sameRow(List<String> a, List<String> b) {
        if (!a.get(0).equals(b.get(0))) {
            return false;
        }
        for (int i = 1; i < a.size(); i++) {
            if (a.get(i) == null || b.get(i) == null) {
                if (!Objects.equals(a.get(i), b.get(i))) {
                    return false;
                }
            } else if (!jsonTree(a.get(i)).equals(jsonTree(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode jsonTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static Map<String, List<String>> rows(Connection c, String sql, int extra) throws SQLException {
        Map<String, List<String>> rows = new HashMap<>();
        try (Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    List<String> v = new ArrayList<>(1 + extra);
                    for (int i = 2; i <= 2 + extra; i++) {
                        v.add(rs.getString(i));
                    }
                    rows.put(rs.getString(1), v);
                }
            }
        }
        return rows;
    }

    private static String[] one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }
}
