package org.dmspilot.testsupport;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Processor time of this JVM, for tests that bound how long work may take: a runaway parse burns processor time,
 * while a machine busy with other jobs only stretches the wall clock (the saturated CI runs of issue 16 saw 13–15 s of
 * wall clock for parses that gave up after their 1 s of processor time).
 */
public final class CpuTime {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long started = OS.getProcessCpuTime();

    private CpuTime() {
    }

    /** Starts counting now. */
    public static CpuTime start() {
        return new CpuTime();
    }

    /** Processor time this JVM used since {@link #start()} (all its threads: the work's helpers and GC included). */
    public Duration elapsed() {
        return Duration.ofNanos(OS.getProcessCpuTime() - started);
    }
}
