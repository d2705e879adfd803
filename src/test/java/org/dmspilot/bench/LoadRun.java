package org.dmspilot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.LoadResult;
import org.dmspilot.core.progress.ProgressListener;

/**
 * One full load by DMS Pilot in this JVM with what it cost: wall seconds, rows, the heap pools' peak (reset after a
 * collection before the load) and the JVM's peak resident memory ({@code VmHWM}; the JVM's lifetime high-water mark).
 */
record LoadRun(double seconds, long rows, long peakHeapMb, long maxRssMb) {
    static LoadRun run(ConnectionFactory source, ConnectionFactory target, String schema, LoadOptions options) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        LoadResult load = new FullLoad(source, target, options).run(schema, ProgressListener.NONE);
        double s = EngineBenchmark.seconds(t0);
        if (!load.notLoaded().isEmpty()) {
            throw new IllegalStateException("tables not loaded: " + load.notLoaded());
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        return new LoadRun(s, load.totalRows(), peak, rssMb("VmHWM"));
    }

    /** A line of /proc/self/status in MB ({@code VmHWM}, {@code VmRSS}), -1 off Linux. */
    static long rssMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The load average as uptime prints it (1, 5, 15 minutes). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + f[0] + ", " + f[1] + ", " + f[2];
        } catch (java.io.IOException e) {
            return "load average unknown";
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "%,d rows in %.2f s = %,.0f rows/s, peak heap %d MB, JVM max RSS %d MB",
                rows, seconds, rows / seconds, peakHeapMb, maxRssMb);
    }
}
