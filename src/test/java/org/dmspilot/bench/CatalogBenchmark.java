package org.dmspilot.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.TestDatabase;

/**
 * Catalog benchmark (not a test): generates a schema of many tables, views and routines on an embedded MariaDB,
 * then measures the live catalog load (time, SQL round trips, peak heap) and the dump reader on that schema's
 * mariadb-dump, bare and padded with INSERT data. Run through {@code bench/catalog-bench.sh}.
 *
 * <p>Arguments: tables views routines [dataMegabytes] (defaults 5000 500 3500 100).
 */
public final class CatalogBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "Bench-pw1";

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int views = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int routines = args.length > 2 ? Integer.parseInt(args[2]) : 3500;
        int dataMb = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path dir = Files.createTempDirectory("dmspilot-bench");
        System.out.printf("Schema: %d tables, %d views, %d routines; JVM max heap %d MB%n", tables, views, routines,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0,
                List.of("--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=256M"))) {
            server.ensureAdmin(USER, PASSWORD);
            server.run("CREATE DATABASE bench");
            TestDatabase db = new TestDatabase(Engine.MARIADB, "127.0.0.1", server.port(), "bench", USER, PASSWORD);
            long t0 = System.nanoTime();
            generate(db, tables, views, routines);
            System.out.printf("Generated in %.1f s%n", seconds(t0));

            for (int run = 1; run <= 2; run++) {
                try (Connection c = db.connect()) {
                    LiveCatalogReader reader = new LiveCatalogReader(c, "bench");
                    Measured<Catalog> m = measure(() -> reader.read(List.of("bench"), ProgressListener.NONE));
                    Schema s = m.value.schemas().get(0);
                    System.out.printf("Live catalog load #%d: %.2f s, %d SQL round trips, peak heap %d MB"
                            + " (%d tables, %d columns, %d views, %d routines)%n", run, m.seconds,
                            reader.roundTrips(), m.peakHeapMb, s.tables().size(),
                            s.tables().stream().mapToInt(t -> t.columns().size()).sum(), s.views().size(),
                            s.routines().size());
                }
            }

            Path dump = MariaDbDump.dump(server, db, dir.resolve("bench.sql"), false);
            for (int run = 1; run <= 2; run++) {
                Measured<Catalog> m = measure(() -> DumpCatalogReader.read(dump, null, ProgressListener.NONE));
                report("Dump reader (schema only) #" + run, dump, m);
            }
            Path padded = pad(dump, dir.resolve("bench-with-data.sql"), dataMb);
            Measured<Catalog> m = measure(() -> DumpCatalogReader.read(padded, null, ProgressListener.NONE));
            report("Dump reader (schema + " + dataMb + " MB INSERT data)", padded, m);
        }
    }

    private static void report(String what, Path file, Measured<Catalog> m) throws Exception {
        double mb = Files.size(file) / 1024.0 / 1024.0;
        Schema s = m.value.schemas().get(0);
        System.out.printf("%s: %.1f MB in %.2f s = %.1f MB/s, peak heap %d MB (%d tables, %d views, %d routines)%n",
                what, mb, m.seconds, mb / m.seconds, m.peakHeapMb, s.tables().size(), s.views().size(),
                s.routines().size());
    }

    private static void generate(TestDatabase db, int tables, int views, int routines) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "?allowMultiQueries=true", USER, PASSWORD);
                Statement s = c.createStatement()) {
            StringBuilder batch = new StringBuilder();
            List<String> tableDdl = GeneratedSchema.tables(tables);
            for (int i = 0; i < tableDdl.size(); i++) {
                batch.append(tableDdl.get(i)).append(';');
                flush(s, batch, (i + 1) % 50 == 0);
            }
            List<String> viewDdl = GeneratedSchema.views(views, tables);
            for (int i = 0; i < viewDdl.size(); i++) {
                batch.append(viewDdl.get(i)).append(';');
                flush(s, batch, (i + 1) % 50 == 0);
            }
            flush(s, batch, true);
            for (String sql : GeneratedSchema.routines(routines, tables)) {
                s.execute(sql);
            }
        }
    }

    private static void flush(Statement s, StringBuilder batch, boolean now) throws Exception {
        if (now && batch.length() > 0) {
            s.execute(batch.toString());
            batch.setLength(0);
        }
    }

    /** The dump with INSERT data appended until it has grown by {@code megabytes}. */
    private static Path pad(Path dump, Path out, int megabytes) throws Exception {
        Files.copy(dump, out);
        String row = "(1,'code','" + "n".repeat(60) + "',1.00,'2024-01-01 00:00:00','a','it''s; -- not a comment',"
                + "NULL),";
        long target = (long) megabytes * 1024 * 1024;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardOpenOption.APPEND)) {
            long written = 0;
            while (written < target) {
                StringBuilder line = new StringBuilder("INSERT INTO `t1` VALUES ");
                for (int i = 0; i < 5000; i++) {
                    line.append(row);
                }
                line.append("(2,'end',NULL,0,NULL,'a',NULL,NULL);\n");
                w.write(line.toString());
                written += line.length();
            }
        }
        return out;
    }

    private record Measured<T>(T value, double seconds, long peakHeapMb) {
    }

    private static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        T value = work.get();
        double seconds = seconds(t0);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, seconds, peak / 1024 / 1024);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
