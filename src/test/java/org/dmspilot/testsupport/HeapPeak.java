package org.dmspilot.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The most heap a piece of work took: the heap pools' peaks since {@link #reset()}. */
public final class HeapPeak {
    private HeapPeak() {
    }

    /** Collects garbage and starts measuring from the heap in use now. */
    public static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak use since {@link #reset()} (an upper bound of what was live at once). */
    public static long bytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
