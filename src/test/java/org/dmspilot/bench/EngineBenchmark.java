package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.KeyRange;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.LoadResult;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;

/**
 * Engine benchmark (not a test): a 2,000,000-row mixed-type table on an embedded MariaDB 11.4 (binlog on), loaded
 * into an embedded PostgreSQL 16 by the full load and by pgloader (when on PATH), then validated and compared with
 * a plain parallel scan of both tables. Run through {@code bench/engine-bench.sh}.
 *
 * <p>Arguments: rows workers (defaults 2000000 4).
 */
public final class EngineBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "Bench-pw1";

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Files.createTempDirectory("dmspilot-engine-bench");
        System.out.printf("Rows %,d, workers %d, JVM max heap %d MB, %d CPUs%n", rows, workers,
                Runtime.getRuntime().maxMemory() / 1024 / 1024, Runtime.getRuntime().availableProcessors());
        try (EmbeddedMariaDb maria = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0,
                List.of("--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=512M"));
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            maria.ensureAdmin(USER, PASSWORD);
            maria.run("CREATE DATABASE bench");
            String myUrl = "jdbc:mariadb://127.0.0.1:" + maria.port() + "/bench";
            ConnectionFactory source = () -> DriverManager.getConnection(myUrl, USER, PASSWORD);
            long t0 = System.nanoTime();
            generate(source, rows);
            System.out.printf("Generated in %.1f s%n", seconds(t0));
            admin(pg, "CREATE DATABASE dmspilot");
            admin(pg, "CREATE DATABASE pgloader");
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("dmspilot"), "postgres",
                    "postgres");
            try (Connection s = source.open(); Connection t = target.open()) {
                TargetSchema.convertAndApply(s, t, "bench", "bench", ProgressListener.NONE);
            }
            t0 = System.nanoTime();
            LoadResult load = new FullLoad(source, target, LoadOptions.defaults().withWorkers(workers))
                    .run("bench", ProgressListener.NONE);
            double ours = seconds(t0);
            System.out.printf("DMS Pilot full load: %,d rows in %.1f s = %,.0f rows/s (start %s)%n",
                    load.totalRows(), ours, load.totalRows() / ours, load.start().orElse(null));
            double theirs = PgLoaderRun.run(maria.port(), USER, PASSWORD, pg.port(), rows);
            if (theirs > 0) {
                System.out.printf("pgloader:            %,d rows in %.1f s = %,.0f rows/s%n", rows, theirs,
                        rows / theirs);
                System.out.printf("Ratio DMS Pilot / pgloader: %.2fx (goal >= 3x)%n", theirs / ours);
            }
            // alternated, best of two each: the machine is shared, so one slow moment should not decide the ratio
            double validation = Double.MAX_VALUE;
            double scan = Double.MAX_VALUE;
            ValidationReport report = null;
            for (int run = 0; run < 2; run++) {
                t0 = System.nanoTime();
                report = new Validator(source, target, workers, 100_000).validate("bench", ProgressListener.NONE);
                validation = Math.min(validation, seconds(t0));
                t0 = System.nanoTime();
                scan(source, target, workers);
                scan = Math.min(scan, seconds(t0));
            }
            System.out.printf("Validation: %.1f s (identical: %s); parallel scan of both tables: %.1f s;"
                    + " ratio %.2fx (goal <= 1.5x)%n", validation, report.identical(), scan, validation / scan);
        }
    }

    static void generate(ConnectionFactory source, long rows) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mixed (id bigint unsigned NOT NULL PRIMARY KEY, qty int NOT NULL,"
                    + " status enum('new','paid','shipped','cancelled') NOT NULL, amount decimal(12,2) NOT NULL,"
                    + " label varchar(64) NOT NULL, attrs json, created datetime(3) NOT NULL,"
                    + " active tinyint(1) NOT NULL, KEY by_created (created))");
            for (long from = 1; from <= rows; from += 250_000) {
                long to = Math.min(rows, from + 249_999);
                s.execute("INSERT INTO mixed SELECT seq, seq % 1000, ELT(1 + seq % 4, 'new','paid','shipped',"
                        + "'cancelled'), (seq % 100000) / 100, CONCAT('label-', seq, '-', MD5(seq)),"
                        + " CONCAT('{\"k\": ', seq % 97, ', \"tags\": [\"a\", \"b\"], \"n\": {\"x\": ', seq % 7,"
                        + " '}}'), TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq * 1237000 MICROSECOND,"
                        + " seq % 2 FROM seq_" + from + "_to_" + to);
            }
            s.execute("ANALYZE TABLE mixed");
        }
    }

    /** The floor: every row of both tables read by {@code workers} parallel key-range scans. */
    static void scan(ConnectionFactory source, ConnectionFactory target, int workers) throws Exception {
        List<KeyRange> ranges;
        try (Connection c = source.open(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT MIN(id), MAX(id) FROM mixed")) {
            rs.next();
            ranges = KeyRangeSplit.split(rs.getLong(1), rs.getLong(2), 20);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (KeyRange r : ranges) {
                futures.add(pool.submit(() -> read(source, "SELECT * FROM mixed WHERE " + r.condition("id"))));
                futures.add(pool.submit(() -> read(target, "SELECT * FROM bench.mixed WHERE " + r.condition("id"))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void read(ConnectionFactory f, String sql) throws Exception {
        try (Connection c = f.open()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
            c.commit();
        }
        return null;
    }

    private static void admin(EmbeddedPostgresServer pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
