package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.KeyRange;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.testsupport.MysqlServer;

/**
 * Engine benchmark (not a test): a 2,000,000-row mixed-type table on an embedded MariaDB 11.4 (binlog on), loaded
 * into an embedded PostgreSQL 16 by the full load and by pgloader (when on PATH), then validated and compared with
 * a plain parallel scan of both tables. Each round runs all four, alternating (DMS Pilot, pgloader, ... and
 * validation, scan / scan, validation), so a busy moment on a shared machine hits both sides; the summary gives
 * medians and the spread of the ratios. Run through {@code bench/engine-bench.sh}.
 *
 * <p>Arguments: rows workers rounds [mysql] (defaults 2000000 4 3; {@code mysql}: the source is Oracle MySQL 9.7,
 * built and started by {@code tools/mysql-server.sh}, instead of MariaDB).
 */
public final class EngineBenchmark {
    static final String USER = "bench";
    static final String PASSWORD = "Bench-pw1";

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean mysql = args.length > 3 && args[3].equalsIgnoreCase("mysql");
        // "json-text": the target's attrs column is text instead of jsonb, as pgloader makes it (MariaDB reports JSON
        // as longtext), so both sides load the same column types and PostgreSQL's jsonb parsing is out of the ratio
        boolean jsonText = args.length > 4 && args[4].equalsIgnoreCase("json-text");
        Path dir = Files.createTempDirectory("dmspilot-engine-bench");
        System.out.printf(Locale.ROOT, "Source %s%s, rows %,d, workers %d, rounds %d, JVM max heap %d MB, %d CPUs%n",
                mysql ? "Oracle MySQL 9.7" : "MariaDB 11.4", jsonText ? " (JSON loaded as text)" : "", rows, workers, rounds,
                Runtime.getRuntime().maxMemory() / 1024 / 1024, Runtime.getRuntime().availableProcessors());
        try (Source src = mysql ? Source.mysql(dir) : Source.mariaDb(dir);
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            ConnectionFactory source = () -> DriverManager.getConnection(src.url(), USER, PASSWORD);
            long t0 = System.nanoTime();
            generate(source, rows, mysql);
            System.out.printf(Locale.ROOT, "Generated in %.1f s  (%s); %s%n", seconds(t0), LoadRun.loadAverage(),
                    tableSize(source));
            admin(pg, "CREATE DATABASE dmspilot");
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("dmspilot"), "postgres",
                    "postgres");
            try (Connection s = source.open(); Connection t = target.open()) {
                TargetSchema.convertAndApply(s, t, "bench", "bench", ProgressListener.NONE);
                if (jsonText) {
                    try (Statement st = t.createStatement()) {
                        st.execute("ALTER TABLE bench.mixed ALTER COLUMN attrs TYPE text");
                    }
                    System.out.println("Target column bench.mixed.attrs is text (json-text), as in pgloader's table");
                }
            }
            Cpu cpu = new Cpu(ProcessCpu.serverOnPort(src.port()), ProcessCpu.serverOnPort(pg.port()));
            BenchFigures figures = new BenchFigures();
            for (int round = 1; round <= rounds; round++) {
                System.out.printf(Locale.ROOT, "-- round %d of %d%n", round, rounds);
                double ours = load(source, target, workers, cpu, figures);
                admin(pg, "DROP DATABASE IF EXISTS pgloader");
                admin(pg, "CREATE DATABASE pgloader");
                Cpu.Mark m = cpu.mark();
                PgLoaderRun.Result pgloader = PgLoaderRun.measured(src.port(), USER, PASSWORD, pg.port(), rows,
                        "prefetch rows = 10000");
                double theirs = pgloader.seconds();
                if (theirs > 0) {
                    System.out.printf(Locale.ROOT, "pgloader:            %,d rows in %.2f s = %,.0f rows/s, max RSS %d MB,"
                            + " %.2f s per million rows  %s  (%s)%n", rows, theirs, rows / theirs, pgloader.maxRssMb(),
                            theirs * 1e6 / rows, cpu.since(m, true), LoadRun.loadAverage());
                    figures.load(rows / ours, rows / theirs);
                }
                double validation = 0;
                double scan = 0;
                for (int i = 0; i < 2; i++) {
                    if ((i == 0) == (round % 2 == 1)) {
                        validation = validate(source, target, workers, cpu);
                    } else {
                        m = cpu.mark();
                        t0 = System.nanoTime();
                        scan(source, target, workers);
                        scan = seconds(t0);
                        System.out.printf(Locale.ROOT, "Parallel scan of both tables: %.2f s  %s%n", scan,
                                cpu.since(m, false));
                    }
                }
                figures.validation(validation, scan);
            }
            figures.print();
        } finally {
            deleteTree(dir); // some 350 MB of server binaries and data
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.out.println("Could not remove " + dir + ": " + e.getMessage());
        }
    }

    private static double load(ConnectionFactory source, ConnectionFactory target, int workers, Cpu cpu,
            BenchFigures figures) {
        Cpu.Mark m = cpu.mark();
        LoadRun run = LoadRun.run(source, target, "bench", LoadOptions.defaults().withWorkers(workers));
        figures.heap(run.peakHeapMb());
        System.out.printf(Locale.ROOT, "DMS Pilot full load: %s, %.2f s per million rows  %s  (%s)%n", run.describe(),
                run.seconds() * 1e6 / run.rows(), cpu.since(m, false), LoadRun.loadAverage());
        return run.seconds();
    }

    private static double validate(ConnectionFactory source, ConnectionFactory target, int workers, Cpu cpu) {
        Cpu.Mark m = cpu.mark();
        long t0 = System.nanoTime();
        ValidationReport report = new Validator(source, target, workers, 100_000).validate("bench",
                ProgressListener.NONE);
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "Validation: %.2f s (identical: %s)  %s%n", s, report.identical(),
                cpu.since(m, false));
        if (!report.identical()) {
            throw new IllegalStateException("the validation found differences: " + report);
        }
        return s;
    }

    /** The source server of a run: MariaDB (embedded) or Oracle MySQL (the test suite's MySQL 9.7 tree). */
    record Source(String url, int port, AutoCloseable server) implements AutoCloseable {
        static Source mariaDb(Path dir, String... extraArgs) throws Exception {
            List<String> args = new ArrayList<>(List.of("--innodb-flush-log-at-trx-commit=0",
                    "--innodb-buffer-pool-size=512M"));
            args.addAll(List.of(extraArgs));
            EmbeddedMariaDb maria = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0, args);
            maria.ensureAdmin(USER, PASSWORD);
            maria.run("CREATE DATABASE bench");
            return new Source("jdbc:mariadb://127.0.0.1:" + maria.port() + "/bench", maria.port(), maria);
        }

        static Source mysql(Path dir) {
            MysqlServer mysql = MysqlServer.start(dir.resolve("mysql"), List.of("innodb_flush_log_at_trx_commit=0",
                    "innodb_buffer_pool_size=536870912"));
            mysql.ensureAdmin(USER, PASSWORD);
            mysql.run("CREATE DATABASE bench");
            return new Source("jdbc:mysql://127.0.0.1:" + mysql.port() + "/bench", mysql.port(), mysql);
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    static void generate(ConnectionFactory source, long rows, boolean mysql) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            // the row numbers come from a recursive CTE (MySQL has no seq_1_to_n tables): allow its depth
            s.execute(mysql ? "SET SESSION cte_max_recursion_depth = 10000000"
                    : "SET SESSION max_recursive_iterations = 10000000");
            s.execute("CREATE TABLE mixed (id bigint unsigned NOT NULL PRIMARY KEY, qty int NOT NULL,"
                    + " status enum('new','paid','shipped','cancelled') NOT NULL, amount decimal(12,2) NOT NULL,"
                    + " label varchar(64) NOT NULL, attrs json, created datetime(3) NOT NULL,"
                    + " active tinyint(1) NOT NULL, KEY by_created (created))");
            for (long from = 1; from <= rows; from += 250_000) {
                long to = Math.min(rows, from + 249_999);
                s.execute("INSERT INTO mixed SELECT seq, seq % 1000, ELT(1 + seq % 4, 'new','paid','shipped',"
                        + "'cancelled'), (seq % 100000) / 100,"
                        + " CONCAT('label-', seq, '-', LEFT(SHA2(seq, 256), 32)),"
                        + " CONCAT('{\"k\": ', seq % 97, ', \"tags\": [\"a\", \"b\"], \"n\": {\"x\": ', seq % 7,"
                        + " '}}'), TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq * 1237000 MICROSECOND,"
                        + " seq % 2 FROM " + FullLoadTest.numbers((int) from, (int) to));
            }
            s.execute("ANALYZE TABLE mixed");
        }
    }

    /** The floor: every row of both tables read by {@code workers} parallel key-range scans, every column. */
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
                org.dmspilot.core.engine.Sql.stream(s, 10_000);
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

    static void admin(EmbeddedPostgresServer pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The mixed table's size as InnoDB reports it (data pages, without the secondary index). */
    private static String tableSize(ConnectionFactory source) throws Exception {
        try (Connection c = source.open(); ResultSet rs = c.createStatement().executeQuery("SELECT data_length,"
                + " table_rows FROM information_schema.tables WHERE table_schema = 'bench' AND table_name = 'mixed'")) {
            rs.next();
            return String.format(Locale.ROOT, "InnoDB data_length %,d MB (%,d rows estimated)", rs.getLong(1) >> 20,
                    rs.getLong(2));
        }
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** CPU seconds of the two servers and of the client (this JVM, or pgloader) between two marks. */
    private record Cpu(ProcessCpu source, ProcessCpu target) {
        record Mark(double source, double target, double self, double children) {
        }

        Mark mark() {
            return new Mark(source == null ? -1 : source.seconds(), target == null ? -1 : target.seconds(),
                    ProcessCpu.self(), ProcessCpu.children());
        }

        String since(Mark m, boolean childClient) {
            Mark now = mark();
            if (m.source < 0 || m.target < 0 || m.self < 0) {
                return "";
            }
            double client = childClient ? now.children - m.children : now.self - m.self;
            return String.format(Locale.ROOT, "[CPU s: MariaDB %.1f, PostgreSQL %.1f, %s %.1f]",
                    now.source - m.source, now.target - m.target, childClient ? "pgloader" : "JVM", client);
        }
    }
}
