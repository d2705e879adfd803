package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;

/**
 * Many-tables benchmark (not a test): 2,000 small tables on an embedded MariaDB 11.4, each with a foreign key to the
 * one before it and a secondary index, loaded into an embedded PostgreSQL 16 by DMS Pilot (schema converted and
 * applied, then the full load, in this JVM at -Xmx512m) and by pgloader (which creates the schema itself) on the
 * same servers. Prints the times, the ratio, peak heap and RSS, and how busy the two cores were (CPU seconds of
 * both servers and the client over wall seconds). Run through {@code bench/many-tables-bench.sh [tables [rows]]}.
 */
public final class ManyTablesBenchmark {
    private ManyTablesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("dmspilot-many-bench");
        System.out.printf(Locale.ROOT, "%,d tables of %,d rows with foreign keys; JVM max heap %d MB, %d CPUs, %s%n",
                tables, rows, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                LoadRun.loadAverage());
        try (EngineBenchmark.Source src = EngineBenchmark.Source.mariaDb(dir);
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            ConnectionFactory source = () -> DriverManager.getConnection(src.url(), EngineBenchmark.USER,
                    EngineBenchmark.PASSWORD);
            long t0 = System.nanoTime();
            generate(source, tables, rows);
            System.out.printf(Locale.ROOT, "Generated in %.1f s%n", EngineBenchmark.seconds(t0));
            EngineBenchmark.admin(pg, "CREATE DATABASE dmspilot");
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("dmspilot"), "postgres",
                    "postgres");
            ProcessCpu maria = ProcessCpu.serverOnPort(src.port());
            ProcessCpu postgres = ProcessCpu.serverOnPort(pg.port());
            double[] c0 = cpu(maria, postgres, false);
            t0 = System.nanoTime();
            try (Connection s = source.open(); Connection t = target.open()) {
                TargetSchema.convertAndApply(s, t, "bench", "bench", ProgressListener.NONE);
            }
            double convert = EngineBenchmark.seconds(t0);
            LoadRun ours = LoadRun.run(source, target, "bench", LoadOptions.defaults());
            double oursTotal = convert + ours.seconds();
            double[] c1 = cpu(maria, postgres, false);
            System.out.printf(Locale.ROOT, "DMS Pilot: schema converted and applied in %.2f s, full load %s; total"
                    + " %.2f s, cores busy %.2f of 2  (%s)%n", convert, ours.describe(), oursTotal,
                    (c1[0] - c0[0]) / oursTotal, LoadRun.loadAverage());
            EngineBenchmark.admin(pg, "CREATE DATABASE pgloader");
            double[] p0 = cpu(maria, postgres, true);
            PgLoaderRun.Result theirs = PgLoaderRun.measured(src.port(), EngineBenchmark.USER,
                    EngineBenchmark.PASSWORD, pg.port(), (long) tables * rows, "prefetch rows = 10000");
            double[] p1 = cpu(maria, postgres, true);
            if (theirs.seconds() > 0) {
                System.out.printf(Locale.ROOT, "pgloader: %.2f s (schema and data), max RSS %d MB, cores busy %.2f of 2"
                        + "  (%s)%n", theirs.seconds(), theirs.maxRssMb(), (p1[0] - p0[0]) / theirs.seconds(),
                        LoadRun.loadAverage());
            }
            System.out.printf(Locale.ROOT, "== Many tables summary: %,d tables x %,d rows: DMS Pilot %.2f s (convert"
                    + " %.2f + load %.2f), peak heap %d MB of %d MB, JVM max RSS %d MB; pgloader %s%n", tables, rows,
                    oursTotal, convert, ours.seconds(), ours.peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20,
                    ours.maxRssMb(), theirs.seconds() > 0 ? String.format(Locale.ROOT,
                            "%.2f s, max RSS %d MB; ratio (pgloader time / DMS Pilot time) %.2fx", theirs.seconds(),
                            theirs.maxRssMb(), theirs.seconds() / oursTotal) : "failed");
        } finally {
            EngineBenchmark.deleteTree(dir);
        }
    }

    /** CPU seconds of both servers plus the client (this JVM, or the children it waited for), and each part. */
    private static double[] cpu(ProcessCpu maria, ProcessCpu postgres, boolean children) {
        double m = maria == null ? 0 : maria.seconds();
        double p = postgres == null ? 0 : postgres.seconds();
        double c = children ? ProcessCpu.children() : ProcessCpu.self();
        return new double[] {m + p + c, m, p, c};
    }

    private static void generate(ConnectionFactory source, int tables, int rows) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            for (int i = 1; i <= tables; i++) {
                String fk = i == 1 ? "" : ", CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1)
                        + " (id)";
                s.execute("CREATE TABLE t" + i + " (id int NOT NULL PRIMARY KEY, parent_id int, name varchar(40)"
                        + " NOT NULL, amount decimal(10,2), created datetime NOT NULL, KEY by_name (name)" + fk + ")");
                s.execute("INSERT INTO t" + i + " SELECT seq, " + (i == 1 ? "NULL" : "seq") + ", CONCAT('name-', seq),"
                        + " seq / 7, TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq MINUTE FROM seq_1_to_" + rows);
            }
        }
    }
}
