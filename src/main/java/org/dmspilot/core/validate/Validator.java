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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.ColumnProblem;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.KeyRange;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.ValueKind;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a MySQL/MariaDB schema with its PostgreSQL copy. Each table is split into primary-key chunks; for each
 * chunk both servers, at the same time, give the row count and the sum of a 60-bit digest of each row's normalised
 * text ({@link RowText}, {@link ChunkSums}; MD5, or SHA-256 on MySQL 9.6+ where MD5 is not built in: {@link RowHash});
 * JSON is hashed in its {@code jsonb} text form ({@link JsonbText}). A chunk that
 * differs is drilled down to its keys by comparing per-row digests and JSON trees. Tables without a primary key: count
 * and whole-table hash. Backend-neutral: it only reads both databases.
 */
public final class Validator {
    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
    private static final int MAX_KEYS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final int workers;
    private final long chunkRows;
    private final org.dmspilot.core.engine.TableSelection selection;
    private int keyLimit = MAX_KEYS;

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

    /**
     * This validator reporting up to {@code limit} differing keys per table instead of 100 (a resync needs them
     * all).
     */
    public Validator withKeyLimit(int limit) {
        Validator v = new Validator(source, target, workers, chunkRows, selection);
        v.keyLimit = limit;
        return v;
    }

    /** Validates every table of {@code sourceSchema} against its converted target schema. */
    public ValidationReport validate(String sourceSchema, ProgressListener progress) {
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread th = new Thread(r, "dmspilot-validate");
            th.setDaemon(true);
            return th;
        });
        try (Connection s = source.open(); Connection t = target.open()) {
            s.setCatalog(sourceSchema);
            RowHash hash = RowHash.of(s);
            List<TablePair> tables = TablePairs.read(s, t, sourceSchema, selection);
            if (tables.isEmpty()) {
                throw new DmsPilotException("Nothing to validate: the source schema " + sourceSchema + " has no"
                        + " table. Check the schema name.");
            }
            // every chunk of every table queued at once, each side a task of its own: both servers stay busy
            List<List<Chunk>> planned = new ArrayList<>();
            long chunks = 0;
            for (TablePair table : tables) {
                List<Chunk> list = new ArrayList<>();
                Set<String> notNull = ChunkSums.notNull(t, table);
                for (KeyRange r : KeyRange.plan(s, table, chunkRows)) {
                    list.add(new Chunk(table, r,
                            pool.submit(() -> sourceSums(sourceSchema, table, r, hash, progress)),
                            pool.submit(() -> targetSums(table, notNull, r, hash))));
                }
                chunks += list.size();
                planned.add(list);
            }
            List<TableReport> reports = new ArrayList<>();
            long checked = 0;
            for (List<Chunk> list : planned) {
                TablePair table = list.get(0).table();
                long srcRows = 0;
                long tgtRows = 0;
                List<Future<List<String>>> drills = new ArrayList<>();
                for (Chunk c : list) {
                    ChunkSums.Sums a = c.source().get();
                    ChunkSums.Sums b = c.target().get();
                    srcRows += a.rows();
                    tgtRows += b.rows();
                    if (!a.equals(b)) {
                        drills.add(table.primaryKey().isEmpty() ? CompletableFuture.completedFuture(List.of())
                                : pool.submit(() -> drillDown(sourceSchema, table, c.range(), hash)));
                    }
                    progress.checkCancelled();
                    progress.progress(++checked, chunks, "validating " + table.source());
                }
                TreeSet<String> keys = new TreeSet<>();
                for (Future<List<String>> d : drills) {
                    keys.addAll(d.get());
                }
                reports.add(new TableReport(table.source(), srcRows, tgtRows, list.size(), drills.size(),
                        keys.stream().limit(keyLimit).toList(), table.columnProblems().stream()
                                .map(ColumnProblem::message).toList()));
            }
            progress.progress(chunks, chunks, "validated " + tables.size() + " tables");
            reports.forEach(r -> LOG.info("Validated {}.{}: {} source rows, {} target rows, {} of {} chunks differ{}",
                    sourceSchema, r.table(), r.sourceRows(), r.targetRows(), r.mismatchedChunks(), r.chunks(),
                    r.columnProblems().isEmpty() ? "" : "; columns: " + r.columnProblems()));
            return new ValidationReport(sourceSchema, reports, System.currentTimeMillis() - started);
        } catch (SQLException e) {
            throw new DmsPilotException("Validation of " + sourceSchema + " failed: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancelledException c) {
                throw c;
            }
            throw new DmsPilotException("Validation of " + sourceSchema + " failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }

    private record Chunk(TablePair table, KeyRange range, Future<ChunkSums.Sums> source,
            Future<ChunkSums.Sums> target) {
    }

    private Connection openSource(String schema) throws SQLException {
        Connection s = source.open();
        try (Statement st = s.createStatement()) {
            s.setCatalog(schema);
            st.execute("SET time_zone = '+00:00'");
            st.execute("SET NAMES utf8mb4");
        } catch (SQLException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private Connection openTarget() throws SQLException {
        Connection g = target.open();
        try (Statement st = g.createStatement()) {
            st.execute("SET DateStyle = 'ISO, YMD'"); // the row text uses the plain timestamp output
        } catch (SQLException e) {
            g.close();
            throw e;
        }
        return g;
    }

    /** The chunk's source rows the task migrates (its selection rule's row filters applied). */
    private String myWhere(String schema, TablePair t, KeyRange range) {
        return (t.hasIntegerKey() ? range.condition(Sql.my(t.primaryKey().get(0).source())) : "1=1") + " AND "
                + selection.sourcePredicate(schema, t.source());
    }

    private static String pgWhere(TablePair t, KeyRange range) {
        return t.hasIntegerKey() ? range.condition(Sql.pg(t.primaryKey().get(0).target())) : "1=1";
    }

    private ChunkSums.Sums sourceSums(String schema, TablePair t, KeyRange range, RowHash hash,
            ProgressListener progress) throws SQLException {
        try (Connection s = openSource(schema)) {
            return ChunkSums.source(s, t, myWhere(schema, t, range), hash, progress);
        }
    }

    private ChunkSums.Sums targetSums(TablePair t, Set<String> notNull, KeyRange range, RowHash hash)
            throws SQLException {
        try (Connection g = openTarget()) {
            return ChunkSums.target(g, t, notNull, pgWhere(t, range), hash);
        }
    }

    private List<String> drillDown(String schema, TablePair t, KeyRange range, RowHash hash) throws SQLException {
        try (Connection s = openSource(schema); Connection g = openTarget()) {
            return drillDown(s, g, t, myWhere(schema, t, range), pgWhere(t, range), keyLimit, hash).keys();
        }
    }

    private record Drill(List<String> keys, long sourceRows, long targetRows) {
    }

    /** Per-row digests (and JSON trees) of both sides, compared by key (a streamed merge for integer keys). */
    private static Drill drillDown(Connection s, Connection g, TablePair t, String myWhere, String pgWhere,
            int keyLimit, RowHash hash) throws SQLException {
        List<ColumnPair> json = t.columns().stream().filter(c -> c.kind() == ValueKind.JSON).toList();
        String myKey = t.primaryKey().stream().map(c -> "CAST(" + Sql.my(c.source()) + " AS CHAR)")
                .collect(Collectors.joining(", "));
        String pgKey = t.primaryKey().stream().map(c -> Sql.pg(c.target()) + "::text")
                .collect(Collectors.joining(", "));
        String myHash = hash.mysql(RowText.mysql(t.columns(), hash));
        String pgHash = hash.postgres(RowText.postgres(t.columns()));
        String myJson = json.stream().map(c -> ", " + Sql.my(c.source())).collect(Collectors.joining());
        String pgJson = json.stream().map(c -> ", " + RowText.jsonbText(c)).collect(Collectors.joining());
        String mySql = "SELECT CONCAT_WS(',', " + myKey + "), " + myHash + myJson + " FROM " + Sql.my(t.source())
                + " WHERE " + myWhere;
        String pgSql = "SELECT concat_ws(',', " + pgKey + "), " + pgHash + pgJson + " FROM " + t.qualifiedTarget()
                + " WHERE " + pgWhere;
        if (t.hasIntegerKey()) {
            var r = KeyMerge.compare(s, mySql + " ORDER BY " + Sql.my(t.primaryKey().get(0).source()), g,
                    pgSql + " ORDER BY " + Sql.pg(t.primaryKey().get(0).target()), 1 + json.size(),
                    Validator::sameRow, keyLimit + 1);
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
            } else if (!sameJson(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** MySQL's JSON text against PostgreSQL's jsonb text; as trees when MySQL's text does not parse. */
    private static boolean sameJson(String mysql, String jsonb) {
        String form = JsonbText.of(mysql);
        return form != null ? form.equals(jsonb) : jsonTree(mysql).equals(jsonTree(jsonb));
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
            Sql.stream(st, 10_000);
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
}
