package org.dmspilot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.model.convert.ConversionResult;

/**
 * Converts the generated 5,000-table / 500-view / 3,500-routine schema (issue goal: under 15 s and at most 1 GB
 * heap). The schema is written as a DDL file and read with the dump reader, so no server is needed.
 * Arguments: {@code [tables views routines]}; run with {@code bench/convert-bench.sh}.
 */
public final class ConversionBenchmark {
    private ConversionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int views = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int routines = args.length > 2 ? Integer.parseInt(args[2]) : 3500;
        Path file = GeneratedSchema.dumpFile(tables, views, routines);
        for (int run = 1; run <= 3; run++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Catalog catalog = DumpCatalogReader.read(file, "bench", ProgressListener.NONE);
            long t1 = System.nanoTime();
            ConversionResult r = new Converter(ConversionOptions.defaults(), new SqlExpressions("bench"),
                    new SqlPrograms(), MappingRules.none()).convert(catalog, s -> FactsSource.NONE,
                    ProgressListener.NONE);
            long t2 = System.nanoTime();
            Schema s = catalog.schemas().get(0);
            System.out.printf(Locale.ROOT, "run %d: read %d tables, %d views, %d routines in %.2f s; converted in"
                    + " %.2f s: %d statements, %d action items; peak heap %d MiB (max %d MiB)%n", run,
                    s.tables().size(), s.views().size(), s.routines().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    r.statements().size(), r.actionItems().size(), peakHeapMib(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        Files.delete(file);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
