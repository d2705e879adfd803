package org.dmspilot.core.cutover;

import java.time.Duration;

/**
 * How strict the checklist is.
 *
 * @param latencyThresholdSeconds target latency must stay at or below this (default 5 s)
 * @param stableFor for at least this long, continuously (default 5 min)
 * @param maxSampleGap a longer gap between latency samples means the window is not covered (default 2 min: DMS
 *     publishes every 60 s)
 */
public record CutoverSettings(double latencyThresholdSeconds, Duration stableFor, Duration maxSampleGap) {
    public CutoverSettings {
        if (!(latencyThresholdSeconds >= 0) || stableFor.isNegative() || stableFor.isZero()) {
            throw new IllegalArgumentException("the latency threshold must be 0 s or more and the window longer than 0 s"
                    + " (got " + latencyThresholdSeconds + " s for " + stableFor.toSeconds() + " s)");
        }
    }

    /**
     * For the local engine, which samples its latency every second: a gap of more than 15 s means the engine was not
     * measuring (stopped, restarted), so the window is not covered. (DMS publishes to CloudWatch every 60 s: 2 min.)
     */
    public static CutoverSettings localEngine() {
        return new CutoverSettings(5, Duration.ofMinutes(5), Duration.ofSeconds(15));
    }

    /** The same with another threshold and window (the cutover panel's fields). */
    public CutoverSettings with(double thresholdSeconds, Duration window) {
        return new CutoverSettings(thresholdSeconds, window, maxSampleGap);
    }

    /**
     * The longest gap between samples (and at the window's edges) that still counts as covering the window: the
     * configured gap, but at most half the window, so that a short window is not "covered" by one sample.
     */
    public Duration allowedGap() {
        Duration half = stableFor.dividedBy(2);
        return maxSampleGap.compareTo(half) < 0 ? maxSampleGap : half;
    }

    /** The window as a DBA reads it: "5 min", "90 s". */
    public String windowText() {
        long s = stableFor.toSeconds();
        return s % 60 == 0 ? s / 60 + " min" : s + " s";
    }

    public static CutoverSettings defaults() {
        return new CutoverSettings(5, Duration.ofMinutes(5), Duration.ofMinutes(2));
    }
}
