package org.dmspilot.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap a piece of work took: how far the heap pools' peaks rose above what was in use after a collection at
 * {@link #reset()}. The difference, not the peak itself, so what other tests of the same JVM keep alive (servers,
 * caches) does not count against the work measured.
 */
public final class HeapPeak {
    private static long baseline;

    private HeapPeak() {
    }

    /** Collects garbage and starts measuring from the heap in use now. */
    public static synchronized void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        baseline = heap(true);
    }

    /** How far the heap pools' peak use rose since {@link #reset()} (an upper bound of what the work kept live). */
    public static synchronized long bytes() {
        return Math.max(0, heap(false) - baseline);
    }

    private static long heap(boolean current) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> (current ? p.getUsage() : p.getPeakUsage()).getUsed()).sum();
    }
}
