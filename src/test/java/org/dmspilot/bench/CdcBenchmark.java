package org.dmspilot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.engine.cdc.BinlogEndpoint;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.engine.cdc.ChangeCapture;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.testsupport.MysqlServer;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Pacing;

/**
 * CDC benchmark (not a test), on an embedded MariaDB 11.4 and an embedded PostgreSQL 16:
 *
 * <ol>
 *   <li>sustained apply rate: a backlog of row changes (inserts, updates, deletes; 100 rows per source transaction)
 *       is written while CDC is stopped, then CDC starts from the checkpoint and the time until the checkpoint
 *       reaches the source's position gives changes per second;</li>
 *   <li>target latency at a steady 5,000 changes/s: each source transaction also inserts a probe row; a poller on
 *       the target sees each probe appear and records (seen − source commit) per transaction; p50 / p99 / max.</li>
 * </ol>
 * Run through {@code bench/cdc-bench.sh}. Arguments: backlogChanges seconds rate (defaults 300000 60 5000).
 */
public final class CdcBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "Bench-pw1";
    /** How often the latency sampler looks for the markers the target has applied. */
    private static final Duration SAMPLING_INTERVAL = Duration.ofMillis(2);

    private CdcBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean large = args.length > 0 && (args[0].equals("large") || args[0].equals("transactions"));
        boolean rowImages = args.length > 0 && args[0].equals("large");
        if (large) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        long backlog = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path dir = Files.createTempDirectory("dmspilot-cdc-bench");
        System.out.printf("Backlog %,d changes; latency run %d s at %,d changes/s; JVM max heap %d MB, %d CPUs%n",
                backlog, seconds, rate, Runtime.getRuntime().maxMemory() / 1024 / 1024,
                Runtime.getRuntime().availableProcessors());
        boolean mysql = "mysql".equalsIgnoreCase(System.getenv().getOrDefault("BENCH_SOURCE", "mariadb"));
        System.out.println("Source: " + (mysql ? "Oracle MySQL 9.7 (tools/mysql-server.sh)" : "MariaDB 11.4 (embedded)"));
        try (AutoCloseable server = mysql ? MysqlServer.start(dir, List.of("innodb_flush_log_at_trx_commit=0",
                "innodb_buffer_pool_size=536870912")) : EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0,
                List.of("--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=512M"));
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            int port;
            if (server instanceof MysqlServer my) {
                my.ensureAdmin(USER, PASSWORD);
                my.run("CREATE DATABASE bench");
                port = my.port();
            } else {
                EmbeddedMariaDb maria = (EmbeddedMariaDb) server;
                maria.ensureAdmin(USER, PASSWORD);
                maria.run("CREATE DATABASE bench");
                port = maria.port();
            }
            String myUrl = (mysql ? "jdbc:mysql://" : "jdbc:mariadb://") + "127.0.0.1:" + port + "/bench";
            ConnectionFactory source = () -> DriverManager.getConnection(myUrl, USER, PASSWORD);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE cdc");
            }
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("cdc"), "postgres", "postgres");
            try (Connection c = source.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id bigint unsigned AUTO_INCREMENT PRIMARY KEY, account int NOT NULL,"
                        + " kind enum('debit','credit','fee') NOT NULL, amount decimal(12,2) NOT NULL,"
                        + " note varchar(100), payload json, at datetime(6) NOT NULL, flag tinyint(1) NOT NULL)");
                s.execute("CREATE TABLE probe (marker bigint PRIMARY KEY, written bigint NOT NULL)");
                s.execute("CREATE TABLE docs (id int PRIMARY KEY, version int NOT NULL, body longtext NOT NULL)");
                s.execute(mysql ? "SET SESSION cte_max_recursion_depth = 100000"
                        : "SET SESSION max_recursive_iterations = 100000");
                s.execute("INSERT INTO events (account, kind, amount, note, payload, at, flag)"
                        + " WITH RECURSIVE seq (seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM seq WHERE seq < 100000)"
                        + " SELECT seq % 1000, ELT(1 + seq % 3, 'debit', 'credit', 'fee'), seq / 100,"
                        + " CONCAT('initial ', seq), JSON_OBJECT('n', seq), NOW(6), seq % 2 FROM seq");
                TargetSchema.convertAndApply(c, target.open(), "bench", "bench", ProgressListener.NONE);
            }
            BinlogEndpoint endpoint = new BinlogEndpoint("127.0.0.1", port, USER, PASSWORD.toCharArray(),
                    mysql ? TlsMode.REQUIRE : TlsMode.DISABLE); // caching_sha2_password: TLS, as Connector/J
            new LocalMigration(source, endpoint, target, "bench", LocalMigration.Mode.FULL_LOAD,
                    LoadOptions.defaults().withWorkers(2), CdcOptions.defaults(), false).run(ProgressListener.NONE);

            if (large) {
                largeBacklogs(source, endpoint, target, rowImages);
                return;
            }
            long t0 = System.nanoTime();
            long written = writeBacklog(source, backlog);
            System.out.printf("Backlog written: %,d row changes in %.1f s (CDC stopped)%n", written, seconds(t0));
            BinlogPosition goal = position(source);
            ChangeCapture cdc = new ChangeCapture(source, endpoint, target, "bench", CdcOptions.defaults());
            Thread runner = new Thread(() -> cdc.run(ProgressListener.NONE), "bench-cdc");
            long heapBefore = usedHeap();
            t0 = System.nanoTime();
            runner.start();
            awaitCheckpoint(target, goal, 600);
            double drain = seconds(t0);
            System.out.printf("CDC sustained apply: %,d changes in %.2f s = %,.0f changes/s (goal >= 20,000/s);"
                    + " heap used %d MB -> %d MB%n", written, drain, written / drain, heapBefore / 1024 / 1024,
                    usedHeap() / 1024 / 1024);

            long[] latencies = steadyLoad(source, target, seconds, rate);
            Arrays.sort(latencies);
            System.out.printf("Target latency at %,d changes/s over %d s, %,d source transactions: p50 %d ms,"
                    + " p99 %d ms, max %d ms (goal p99 < 1000 ms)%n", rate, seconds, latencies.length,
                    pct(latencies, 50), pct(latencies, 99), latencies[latencies.length - 1]);
            cdc.stop();
            runner.join(30_000);
        }
    }

    /**
     * The large cases, each a backlog written while CDC is stopped and then drained by a new capture: 200 rows of
     * 1 MB text inserted and each updated twice (row images of 1 MB, before and after), and 30 transactions of 10,000
     * inserted rows each. Prints changes/s, MB/s of row images and the heap pools' peak during each drain.
     */
    private static void largeBacklogs(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target,
            boolean rowImages) throws Exception {
        if (rowImages) {
            long t0 = System.nanoTime();
            try (Connection c = source.open(); Statement s = c.createStatement()) {
                for (int id = 1; id <= 200; id++) {
                    s.execute("INSERT INTO docs VALUES (" + id + ", 0, REPEAT('one megabyte of row image, é\\t ', "
                            + (1 << 20) / 32 + "))");
                }
                for (int round = 1; round <= 2; round++) {
                    s.execute("UPDATE docs SET version = " + round + ", body = CONCAT(LEFT(body, 10), '" + round
                            + "', SUBSTRING(body, 12))");
                }
            }
            System.out.printf("1 MB rows: 200 inserts + 400 updates written in %.1f s (CDC stopped)%n", seconds(t0));
            drain(source, endpoint, target, "1 MB row images", 600, 200L * 3 + 200L * 2);
        }
        long t0 = System.nanoTime();
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            for (int tx = 0; tx < 30; tx++) {
                s.execute("INSERT INTO events (account, kind, amount, note, payload, at, flag) SELECT seq % 1000,"
                        + " 'fee', seq / 100, CONCAT('big transaction ', " + tx + "), JSON_OBJECT('s', seq), NOW(6),"
                        + " 0 FROM seq_1_to_10000");
            }
        }
        System.out.printf("10,000-row transactions: 30 written in %.1f s (CDC stopped)%n", seconds(t0));
        drain(source, endpoint, target, "10,000-row transactions", 300_000, 300_000L / 1000);
    }

    /** Starts a capture, waits until it reaches the source's position, stops it; prints rate and heap peak. */
    private static void drain(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target,
            String what, long changes, long imageMb) throws Exception {
        BinlogPosition goal = position(source);
        System.gc();
        List<java.lang.management.MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
        heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        ChangeCapture cdc = new ChangeCapture(source, endpoint, target, "bench", CdcOptions.defaults());
        Thread runner = new Thread(() -> cdc.run(ProgressListener.NONE), "bench-cdc-" + what);
        long t0 = System.nanoTime();
        runner.start();
        awaitCheckpoint(target, goal, 900);
        double s = seconds(t0);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        cdc.stop();
        runner.join(30_000);
        System.out.printf("CDC %s: %,d changes in %.2f s = %,.0f changes/s, ~%.1f MB/s of row images, peak heap %d MB"
                + " of %d MB  (%s)%n", what, changes, s, changes / s, imageMb / s, peak,
                Runtime.getRuntime().maxMemory() >> 20, LoadRun.loadAverage());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Writes about {@code changes} row changes: per transaction 50 inserts, 40 updates, 10 deletes. */
    private static long writeBacklog(ConnectionFactory source, long changes) throws Exception {
        long done = 0;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long maxId = 100_000;
            while (done < changes) {
                StringBuilder ins = new StringBuilder("INSERT INTO events (account, kind, amount, note, payload, at,"
                        + " flag) VALUES ");
                for (int i = 0; i < 50; i++) {
                    ins.append(i == 0 ? "" : ",").append("(").append(r.nextInt(1000)).append(",'credit',")
                            .append(r.nextInt(100000)).append(".25,'backlog ü',JSON_OBJECT('k',").append(i)
                            .append("),NOW(6),1)");
                }
                done += s.executeUpdate(ins.toString());
                maxId += 50;
                done += s.executeUpdate("UPDATE events SET amount = amount + 1, flag = 1 - flag WHERE id IN ("
                        + ids(r, maxId, 40) + ")");
                done += s.executeUpdate("DELETE FROM events WHERE id IN (" + ids(r, maxId, 10) + ")");
                c.commit();
            }
        }
        return done;
    }

    private static String ids(ThreadLocalRandom r, long max, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(1 + r.nextLong(max));
        }
        return b.toString();
    }

    /** A steady write load with probes; returns each probe's (seen on target − committed on source) in ms. */
    private static long[] steadyLoad(ConnectionFactory source, ConnectionFactory target, int seconds, int rate)
            throws Exception {
        int perTx = 50;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * perTx / rate;
        int transactions = (int) ((long) seconds * rate / perTx);
        long[] committed = new long[transactions + 1];
        long[] seen = new long[transactions + 1];
        AtomicLong lastMarker = new AtomicLong();
        Thread poller = new Thread(() -> {
            try (Connection c = target.open(); PreparedStatement ps = c.prepareStatement(
                    "SELECT max(marker) FROM bench.probe")) {
                long known = 0;
                while (known < transactions) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long max = rs.getLong(1);
                        long now = System.nanoTime();
                        for (long m = known + 1; m <= max; m++) {
                            seen[(int) m] = now;
                        }
                        known = Math.max(known, max);
                    }
                    Pacing.pause(SAMPLING_INTERVAL);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-poller");
        poller.start();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long next = System.nanoTime();
            long maxId = 100_000;
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM events")) {
                rs.next();
                maxId = rs.getLong(1);
            }
            for (int m = 1; m <= transactions; m++) {
                StringBuilder ins = new StringBuilder("INSERT INTO events (account, kind, amount, note, payload, at,"
                        + " flag) VALUES ");
                for (int i = 0; i < 25; i++) {
                    ins.append(i == 0 ? "" : ",").append("(").append(r.nextInt(1000))
                            .append(",'debit',1.50,'steady',JSON_OBJECT('m',").append(m).append("),NOW(6),0)");
                }
                s.executeUpdate(ins.toString());
                maxId += 25;
                s.executeUpdate("UPDATE events SET amount = amount + 1 WHERE id IN (" + ids(r, maxId, 24) + ")");
                s.executeUpdate("INSERT INTO probe VALUES (" + m + ", 0)");
                c.commit();
                committed[m] = System.nanoTime();
                lastMarker.set(m);
                next += intervalNanos;
                Pacing.until(next);
            }
        }
        poller.join(120_000);
        long[] out = new long[transactions];
        for (int m = 1; m <= transactions; m++) {
            out[m - 1] = Math.max(0, (seen[m] - committed[m]) / 1_000_000);
        }
        return out;
    }

    private static BinlogPosition position(ConnectionFactory source) throws Exception {
        try (Connection c = source.open()) {
            return BinlogPosition.current(c).orElseThrow();
        }
    }

    private static void awaitCheckpoint(ConnectionFactory target, BinlogPosition goal, int timeoutSeconds)
            throws Exception {
        try (Connection c = target.open()) {
            Awaitility.await("CDC checkpoint at " + goal).atMost(Duration.ofSeconds(timeoutSeconds))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).pollInSameThread()
                    .until(() -> CdcCheckpoint.read(c, "bench").flatMap(CdcCheckpoint.State::position)
                            .filter(at -> at.isAtOrAfter(goal)).isPresent());
        }
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
