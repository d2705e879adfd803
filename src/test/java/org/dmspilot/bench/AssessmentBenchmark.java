package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.ReportWriter;
import org.dmspilot.core.report.SampleCatalogs;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ConversionSettings;

/**
 * Assessment benchmark (not a test): a generated catalog of many tables (in memory, as a dump or a saved project
 * gives it), converted, assessed and written as HTML, PDF and CSV, each step timed, in a fresh JVM (cold).
 * Arguments: {@code [tables] [outDir]}, defaults 5000 and {@code target/assess-bench}.
 */
public final class AssessmentBenchmark {
    private AssessmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/assess-bench");
        long start = System.nanoTime();
        Catalog catalog = SampleCatalogs.generated(tables);
        long t0 = System.nanoTime();
        Assessment a = Assessments.offline(catalog, ConversionSettings.defaults(), new SqlPrograms(),
                ProgressListener.NONE);
        long t1 = System.nanoTime();
        ReportWriter.write(a, out, EnumSet.of(ReportFormat.HTML), ProgressListener.NONE);
        long t2 = System.nanoTime();
        ReportWriter.write(a, out, EnumSet.of(ReportFormat.CSV), ProgressListener.NONE);
        long t3 = System.nanoTime();
        ReportWriter.write(a, out, EnumSet.of(ReportFormat.PDF), ProgressListener.NONE);
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "catalog: %d tables, %d objects, %d action items (generated in %.2f s)%n",
                a.sizes().tables(), a.totalObjects(), a.items().size(), sec(start, t0));
        System.out.printf(Locale.ROOT, "convert + assess: %.2f s%n", sec(t0, t1));
        System.out.printf(Locale.ROOT, "HTML: %.2f s (%s)%n", sec(t1, t2), size(out.resolve(ReportWriter.HTML_FILE)));
        System.out.printf(Locale.ROOT, "CSV:  %.2f s%n", sec(t2, t3));
        System.out.printf(Locale.ROOT, "PDF:  %.2f s (%s)%n", sec(t3, t4), size(out.resolve(ReportWriter.PDF_FILE)));
        System.out.printf(Locale.ROOT, "total (assess + three formats): %.2f s%n", sec(t0, t4));
        System.out.printf(Locale.ROOT, "peak heap used: %d MiB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static double sec(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String size(Path file) throws Exception {
        return (Files.size(file) >> 10) + " KiB";
    }
}
