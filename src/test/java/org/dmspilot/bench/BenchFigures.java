package org.dmspilot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The engine benchmark's measurements over its rounds: medians and spread of the two ratios. */
final class BenchFigures {
    private final List<Double> ours = new ArrayList<>();
    private final List<Double> theirs = new ArrayList<>();
    private final List<Double> loadRatios = new ArrayList<>();
    private final List<Double> validations = new ArrayList<>();
    private final List<Double> scans = new ArrayList<>();
    private final List<Double> validationRatios = new ArrayList<>();
    private long peakHeap;

    void load(double oursRowsPerSecond, double pgloaderRowsPerSecond) {
        ours.add(oursRowsPerSecond);
        theirs.add(pgloaderRowsPerSecond);
        loadRatios.add(oursRowsPerSecond / pgloaderRowsPerSecond);
        System.out.printf(Locale.ROOT, "Ratio DMS Pilot / pgloader: %.2fx (goal >= 3x)%n",
                oursRowsPerSecond / pgloaderRowsPerSecond);
    }

    void heap(long megabytes) {
        peakHeap = Math.max(peakHeap, megabytes);
    }

    void validation(double validationSeconds, double scanSeconds) {
        validations.add(validationSeconds);
        scans.add(scanSeconds);
        validationRatios.add(validationSeconds / scanSeconds);
        System.out.printf(Locale.ROOT, "Ratio validation / scan: %.2fx (goal <= 1.5x)%n",
                validationSeconds / scanSeconds);
    }

    void print() {
        System.out.printf(Locale.ROOT, "== Summary over %d rounds (median, min-max)%n", validationRatios.size());
        if (!loadRatios.isEmpty()) {
            System.out.printf(Locale.ROOT, "Full load: DMS Pilot %,.0f rows/s, pgloader %,.0f rows/s, ratio %.2fx"
                    + " (%.2f-%.2f; goal >= 3x), peak heap %d MB of %d MB%n", median(ours), median(theirs),
                    median(loadRatios), min(loadRatios), max(loadRatios), peakHeap,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        System.out.printf(Locale.ROOT, "Validation %.2f s, scan %.2f s, ratio %.2fx (%.2f-%.2f; goal <= 1.5x)%n",
                median(validations), median(scans), median(validationRatios), min(validationRatios),
                max(validationRatios));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
