package org.dmspilot.core.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Questions asked of a time series: the worst value in a window, whether the window is covered, downsampling. */
public final class SeriesStats {
    private SeriesStats() {
    }

    /** The samples in {@code [from, to]}. */
    public static List<Sample> window(List<Sample> series, Instant from, Instant to) {
        return series.stream().filter(s -> !s.at().isBefore(from) && !s.at().isAfter(to)).toList();
    }

    /** The sample with the largest value, if any. */
    public static Optional<Sample> max(List<Sample> series) {
        return series.stream().max(java.util.Comparator.comparingDouble(Sample::value));
    }

    /**
     * The largest gap between consecutive samples in {@code [from, to]}, counting the edges of the window: a series
     * that starts late or stops early has a large gap.
     */
    public static Duration largestGap(List<Sample> series, Instant from, Instant to) {
        Instant previous = from;
        Duration largest = Duration.ZERO;
        for (Sample s : window(series, from, to)) {
            Duration gap = Duration.between(previous, s.at());
            if (gap.compareTo(largest) > 0) {
                largest = gap;
            }
            previous = s.at();
        }
        Duration tail = Duration.between(previous, to);
        return tail.compareTo(largest) > 0 ? tail : largest;
    }

    /**
     * At most {@code buckets} points: each bucket keeps its maximum (latency spikes must stay visible), placed at the
     * time of that maximum. Keeps 24 h of 1 s samples smooth to draw.
     */
    public static List<Sample> downsampleMax(List<Sample> series, int buckets) {
        if (series.size() <= buckets || buckets <= 0) {
            return series;
        }
        List<Sample> out = new ArrayList<>(buckets);
        double per = (double) series.size() / buckets;
        for (int b = 0; b < buckets; b++) {
            int from = (int) Math.floor(b * per);
            int to = (int) Math.min(series.size(), Math.floor((b + 1) * per));
            Sample best = series.get(from);
            for (int i = from + 1; i < to; i++) {
                if (series.get(i).value() > best.value()) {
                    best = series.get(i);
                }
            }
            out.add(best);
        }
        return out;
    }
}
