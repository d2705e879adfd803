package org.dmspilot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The gaps between JavaFX pulses and what each one was made of: the UI thread's own CPU time (work it did), the
 * renderer thread's CPU time (the pulse waits for the previous frame), GC time and classes loaded. On a machine shared
 * with other work, a gap's wall time is stretched by the time the UI thread waited for a core; its CPU time is the
 * part the application itself put there. Called on the UI thread, once per pulse.
 */
final class PulseGaps {
    /** One gap: wall time, UI-thread CPU, renderer CPU and GC time in ns; classes loaded during it. */
    record Gap(long wallNanos, long uiCpuNanos, long renderCpuNanos, long gcNanos, long classes) {
        String describe() {
            return String.format(Locale.ROOT, "UI %5.1f, render %5.1f, GC %4.0f ms, %4d classes", uiCpuNanos / 1e6,
                    renderCpuNanos / 1e6, gcNanos / 1e6, classes);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long uiThread;
    private long renderThread = -1;
    private long lastWall;
    private long lastUi;
    private long lastRender;
    private long lastGc;
    private long lastClasses;
    private volatile Gap worst = new Gap(0, 0, 0, 0, 0);
    private volatile long mostUiCpu;

    PulseGaps(Thread ui) {
        this.uiThread = ui.getId();
    }

    /** Records the pulse that just came; returns the gap since the previous one (null for the first). */
    Gap pulse() {
        long wall = System.nanoTime();
        long ui = threads.getThreadCpuTime(uiThread);
        long render = renderCpu();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() * 1_000_000L;
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        Gap gap = null;
        if (lastWall != 0) {
            gap = new Gap(wall - lastWall, ui - lastUi, render - lastRender, gc - lastGc, classes - lastClasses);
            if (gap.wallNanos() > worst.wallNanos()) {
                worst = gap;
            }
            mostUiCpu = Math.max(mostUiCpu, gap.uiCpuNanos());
        }
        lastWall = wall;
        lastUi = ui;
        lastRender = render;
        lastGc = gc;
        lastClasses = classes;
        return gap;
    }

    /** Starts a new step: forgets the worst gap so far. */
    void reset() {
        worst = new Gap(0, 0, 0, 0, 0);
        mostUiCpu = 0;
    }

    Gap worst() {
        return worst;
    }

    long mostUiCpuNanos() {
        return mostUiCpu;
    }

    /** CPU time of JavaFX's renderer thread (it draws the previous frame while the UI thread prepares the next). */
    private long renderCpu() {
        if (renderThread < 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                    .orElse(0);
        }
        long cpu = renderThread == 0 ? 0 : threads.getThreadCpuTime(renderThread);
        return Math.max(cpu, 0);
    }
}
