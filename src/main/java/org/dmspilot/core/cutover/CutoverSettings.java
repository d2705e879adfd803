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
    public static CutoverSettings defaults() {
        return new CutoverSettings(5, Duration.ofMinutes(5), Duration.ofMinutes(2));
    }
}
