package org.dmspilot.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Samples the UI thread's stack every millisecond while no pulse has come for 20 ms (a stall in the making) and counts,
 * per benchmark step, the methods on those stacks (inclusive) — what held the UI thread. {@code -Dbench.profile=true}.
 */
final class StallProfiler {
    private static final long STALL_NANOS = 20_000_000L;
    private final Thread ui;
    private final LongSupplier lastPulse;
    private final Thread sampler;
    private final Map<String, Map<String, Integer>> inclusive = new LinkedHashMap<>();
    private final Map<String, Integer> samples = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> leaves = new LinkedHashMap<>();
    private volatile String step = "start";
    private volatile boolean running = true;

    StallProfiler(Thread ui, LongSupplier lastPulse) {
        this.ui = ui;
        this.lastPulse = lastPulse;
        this.sampler = new Thread(this::run, "stall-profiler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void step(String name) {
        step = name;
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    private void run() {
        while (running) {
            try {
                org.dmspilot.testsupport.Pacing.pause(java.time.Duration.ofMillis(1));
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - lastPulse.getAsLong() < STALL_NANOS) {
                continue;
            }
            StackTraceElement[] stack = ui.getStackTrace();
            synchronized (this) {
                String current = step;
                samples.merge(current, 1, Integer::sum);
                Map<String, Integer> counts = inclusive.computeIfAbsent(current, k -> new HashMap<>());
                StringBuilder leaf = new StringBuilder();
                for (int i = 0; i < Math.min(12, stack.length); i++) {
                    leaf.append("\n      ").append(stack[i]);
                }
                leaves.computeIfAbsent(current, k -> new HashMap<>()).merge(leaf.toString(), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (StackTraceElement frame : stack) {
                    String method = frame.getClassName() + "." + frame.getMethodName();
                    if (seen.add(method)) {
                        counts.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** The {@code top} methods per step by the share of stalled samples they were on the stack for. */
    synchronized String report(int top) {
        StringBuilder out = new StringBuilder();
        inclusive.forEach((name, counts) -> {
            int total = samples.get(name);
            out.append(String.format(Locale.ROOT, "%s: %d stalled samples%n", name, total));
            counts.entrySet().stream().filter(e -> !e.getKey().startsWith("java.")
                    && !e.getKey().startsWith("jdk.") && !e.getKey().startsWith("com.sun.javafx.event")).sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                            e.getKey())));
            out.append("  heaviest leaf stacks:\n");
            leaves.get(name).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(8).forEach(e -> out.append(String.format(Locale.ROOT, "    %5.1f%%%s%n",
                            100.0 * e.getValue() / total, e.getKey())));
        });
        return out.toString();
    }
}
