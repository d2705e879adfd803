package org.dmspilot.core.fallback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.resync.Resync;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.testsupport.Pacing;

/**
 * bench/fallback-bench.sh: the fallback stream's sustained rate on a backlog and its lag at a steady write rate on
 * PostgreSQL, and the resync time for 100 and for 100,000 corrupted rows (embedded MariaDB 11.4, PostgreSQL 16).
 */
public final class FallbackBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-pw";

    private FallbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path dir = Files.createTempDirectory("dmspilot-fallback-bench");
        try (EmbeddedMariaDb maria = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0,
                List.of("--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=256M"));
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            maria.ensureAdmin(USER, PASSWORD);
            maria.run("CREATE DATABASE bench");
            String myUrl = "jdbc:mariadb://127.0.0.1:" + maria.port() + "/bench";
            ConnectionFactory source = () -> DriverManager.getConnection(myUrl, USER, PASSWORD);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres")) {
                c.createStatement().execute("CREATE DATABASE fb");
            }
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("fb"), "postgres", "postgres");
            ConnectionFactory replication = FallbackFixture.replication(new org.dmspilot.testsupport.TestDatabase(
                    org.dmspilot.model.Engine.POSTGRESQL, "127.0.0.1", pg.port(), "fb", "postgres", "postgres"));
            try (Connection c = source.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id bigint unsigned AUTO_INCREMENT PRIMARY KEY, account int NOT NULL,"
                        + " kind enum('debit','credit','fee') NOT NULL, amount decimal(12,2) NOT NULL,"
                        + " note varchar(100), payload json, at datetime(6) NOT NULL, flag tinyint(1) NOT NULL)");
                s.execute("INSERT INTO events (account, kind, amount, note, payload, at, flag) SELECT seq % 1000,"
                        + " ELT(1 + seq % 3, 'debit', 'credit', 'fee'), seq / 100, CONCAT('initial ', seq),"
                        + " JSON_OBJECT('n', seq), NOW(6), seq % 2 FROM seq_1_to_100000");
                TargetSchema.convertAndApply(c, target.open(), "bench", "bench", ProgressListener.NONE);
            }
            new LocalMigration(source, null, target, "bench", LocalMigration.Mode.FULL_LOAD,
                    LoadOptions.defaults().withWorkers(2), CdcOptions.defaults(), false).run(ProgressListener.NONE);
            Fallback fallback = new Fallback(source, target, "bench", TableSelection.ALL);
            fallback.prepare();

            long t0 = System.nanoTime();
            write(target, backlog, 0);
            System.out.printf("Backlog written on PostgreSQL: %,d row changes in %.1f s (stream stopped)%n", backlog,
                    secs(t0));
            FallbackStream stream = new FallbackStream(source, target, replication, "bench", TableSelection.ALL,
                    5_000);
            Thread runner = new Thread(stream::run, "bench-fallback");
            t0 = System.nanoTime();
            runner.start();
            FallbackFixture.awaitApplied(fallback, null, java.time.Duration.ofMinutes(10), null, target);
            double drain = secs(t0);
            System.out.printf("Fallback sustained apply: %,d changes in %.2f s = %,.0f changes/s%n", backlog, drain,
                    backlog / drain);

            List<Long> lags = new ArrayList<>();
            Thread writer = new Thread(() -> {
                try {
                    write(target, rate * seconds, rate);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "bench-writer");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            writer.start();
            while (System.nanoTime() < end) {
                long p0 = System.nanoTime();
                FallbackFixture.awaitApplied(fallback, null, java.time.Duration.ofMinutes(1), null, target);
                lags.add((System.nanoTime() - p0) / 1_000_000);
                Pacing.pause(java.time.Duration.ofMillis(200)); // one lag probe every 200 ms
            }
            writer.join();
            lags.sort(null);
            System.out.printf("Lag at %,d writes/s on PostgreSQL over %d s (%d probes, write → on MySQL): p50 %d ms,"
                    + " p99 %d ms, max %d ms%n", rate, seconds, lags.size(), lags.get(lags.size() / 2),
                    lags.get(Math.min(lags.size() - 1, lags.size() * 99 / 100)), lags.get(lags.size() - 1));
            stream.stop();
            runner.join(30_000);
            fallback.remove();

            for (int rows : new int[] {100, 100_000}) {
                try (Connection c = target.open(); Statement s = c.createStatement()) {
                    s.execute("UPDATE bench.events SET amount = amount + 1 WHERE id IN (SELECT id FROM bench.events"
                            + " ORDER BY id LIMIT " + rows + ")");
                }
                t0 = System.nanoTime();
                Resync.Result r = new Resync(source, target, 2, 100_000, TableSelection.ALL, 1_000).run("bench",
                        t -> true, ProgressListener.NONE);
                System.out.printf("Resync of %,d corrupted rows (of %,d): %.2f s (validate, copy, validate again),"
                        + " repaired: %s%n", rows, r.before().tables().get(0).sourceRows(), secs(t0), r.repaired());
            }
        }
    }

    /** {@code total} row changes in transactions of 10 (6 inserts, 3 updates, 1 delete), at {@code rate}/s (0: max). */
    private static void write(ConnectionFactory target, int total, int rate) throws Exception {
        try (Connection c = target.open()) {
            c.setAutoCommit(false);
            PreparedStatement ins = c.prepareStatement("INSERT INTO bench.events (account, kind, amount, note, payload,"
                    + " at, flag) VALUES (7, 'fee', 1.25, 'fallback', '{\"k\": [1, 2]}', now(), true)");
            PreparedStatement upd = c.prepareStatement("UPDATE bench.events SET amount = amount + 0.01, flag = NOT flag"
                    + " WHERE id = ?");
            PreparedStatement del = c.prepareStatement("DELETE FROM bench.events WHERE id = ?");
            long start = System.nanoTime();
            for (int done = 0; done < total; done += 10) {
                for (int i = 0; i < 6; i++) {
                    ins.executeUpdate();
                }
                for (int i = 0; i < 3; i++) {
                    upd.setLong(1, 1 + (done * 7L + i) % 100_000);
                    upd.executeUpdate();
                }
                del.setLong(1, 100_000 - done / 10 % 50_000);
                del.executeUpdate();
                c.commit();
                if (rate > 0) {
                    long due = start + (long) ((done + 10) * 1e9 / rate);
                    Pacing.until(due);
                }
            }
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
