package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;

/**
 * LOB benchmark (not a test): a table of JSON documents from 100 KB to 5 MB, LONGTEXT and LONGBLOB values from 16 MB
 * to 64 MB on an embedded MariaDB 11.4 ({@code max_allowed_packet} 1 GB), loaded into an embedded PostgreSQL 16 by the
 * full load (in this JVM, run with -Xmx512m) and by pgloader on the same servers; then validated. Prints MB/s, the
 * ratio, peak heap and RSS of both. Run through {@code bench/lob-bench.sh [documents [largeValues]]}.
 */
public final class LobBenchmark {
    private static final long MB = 1 << 20;

    private LobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Files.createTempDirectory("dmspilot-lob-bench");
        System.out.printf(Locale.ROOT, "LOB table: %d JSON documents 100 KB-5 MB, %d LONGTEXT + %d LONGBLOB values"
                + " 16-64 MB; JVM max heap %d MB, %d CPUs, %s%n", documents, large, large,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                LoadRun.loadAverage());
        try (EngineBenchmark.Source src = EngineBenchmark.Source.mariaDb(dir, "--max-allowed-packet=1G");
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            ConnectionFactory source = () -> DriverManager.getConnection(src.url(), EngineBenchmark.USER,
                    EngineBenchmark.PASSWORD);
            long t0 = System.nanoTime();
            long rows = generate(source, documents, large);
            long bytes = bytes(source);
            System.out.printf(Locale.ROOT, "Generated %,d rows, %,d MB of values in %.1f s%n", rows, bytes / MB,
                    EngineBenchmark.seconds(t0));
            EngineBenchmark.admin(pg, "CREATE DATABASE dmspilot");
            ConnectionFactory target = () -> DriverManager.getConnection(pg.jdbcUrl("dmspilot"), "postgres",
                    "postgres");
            try (Connection s = source.open(); Connection t = target.open()) {
                TargetSchema.convertAndApply(s, t, "bench", "bench", ProgressListener.NONE);
            }
            LoadRun ours = LoadRun.run(source, target, "bench", LoadOptions.defaults());
            double oursMbs = bytes / (double) MB / ours.seconds();
            System.out.printf(Locale.ROOT, "DMS Pilot full load: %s, %.1f MB/s  (%s)%n", ours.describe(), oursMbs,
                    LoadRun.loadAverage());
            EngineBenchmark.admin(pg, "CREATE DATABASE pgloader");
            PgLoaderRun.Result theirs = PgLoaderRun.measured(src.port(), EngineBenchmark.USER,
                    EngineBenchmark.PASSWORD, pg.port(), rows, "prefetch rows = 10000");
            if (theirs.seconds() > 0) {
                double theirMbs = bytes / (double) MB / theirs.seconds();
                System.out.printf(Locale.ROOT, "pgloader: %.2f s, %.1f MB/s, max RSS %d MB  (%s)%n", theirs.seconds(),
                        theirMbs, theirs.maxRssMb(), LoadRun.loadAverage());
                System.out.printf(Locale.ROOT, "Ratio DMS Pilot / pgloader: %.2fx%n", oursMbs / theirMbs);
            } else {
                System.out.printf(Locale.ROOT, "pgloader did not load the table (max RSS %d MB)%n",
                        theirs.maxRssMb());
            }
            t0 = System.nanoTime();
            ValidationReport report = new Validator(source, target, 4, 100).validate("bench", ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "Validation: %.2f s, identical: %s%n", EngineBenchmark.seconds(t0),
                    report.identical());
            System.out.printf(Locale.ROOT, "== LOB summary: %,d MB in %,d rows; DMS Pilot %.1f MB/s (%.1f s per GB),"
                    + " peak heap %d MB of %d MB, JVM max RSS %d MB; pgloader %s%n", bytes / MB, rows, oursMbs,
                    ours.seconds() * 1024 / (bytes / (double) MB), ours.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20, ours.maxRssMb(), theirs.seconds() > 0
                            ? String.format(Locale.ROOT, "%.1f MB/s, max RSS %d MB, ratio %.2fx",
                                    bytes / (double) MB / theirs.seconds(), theirs.maxRssMb(),
                                    theirs.seconds() / ours.seconds())
                            : "failed");
        } finally {
            EngineBenchmark.deleteTree(dir);
        }
    }

    /** The table; document i is 100 KB + i/(n-1) of 4.9 MB, large value j (1..n) is 16 MB + (j-1)/(n-1) of 48 MB. */
    private static long generate(ConnectionFactory source, int documents, int large) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lob (id int NOT NULL PRIMARY KEY, kind varchar(8) NOT NULL, doc json,"
                    + " body longtext, bin longblob)");
            for (int i = 0; i < documents; i++) {
                long size = 100 * 1024 + (documents == 1 ? 0 : (long) i * (4900 * 1024) / (documents - 1));
                // an array of small objects: jsonb parses a realistic document, not one long string
                long items = size / 40;
                s.execute("INSERT INTO lob VALUES (" + (i + 1) + ", 'json', CONCAT('[', REPEAT('{\"k\": 12345, \"v\":"
                        + " \"abcdefg\\\\n\"}, ', " + (items - 1) + "), '{\"k\": 0}]'), NULL, NULL)");
            }
            for (int j = 0; j < large; j++) {
                long size = 16 * MB + (large == 1 ? 0 : j * 48 * MB / (large - 1));
                String line = "line\ttab \\ é text of a long document\n"; // 38 bytes: tab, backslash, 2-byte é
                int lineBytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                s.execute("INSERT INTO lob VALUES (" + (100_000 + j) + ", 'text', NULL, REPEAT('"
                        + line.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n") + "', "
                        + size / lineBytes + "), NULL)");
                s.execute("INSERT INTO lob VALUES (" + (200_000 + j) + ", 'blob', NULL, NULL,"
                        + " REPEAT(X'00FF0A5C0D093132', " + size / 8 + "))");
            }
            s.execute("ANALYZE TABLE lob");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lob")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long bytes(ConnectionFactory source) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SUM(COALESCE(LENGTH(doc), 0) + COALESCE(LENGTH(body), 0) + COALESCE(LENGTH(bin), 0))"
                        + " FROM lob")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
