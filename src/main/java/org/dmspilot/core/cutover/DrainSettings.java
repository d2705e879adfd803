package org.dmspilot.core.cutover;

import java.time.Duration;

/**
 * When the drain counts as done and how long to wait for it.
 *
 * @param maxLatencySeconds the latest target latency must be at most this ("back to about zero"; default 1 s)
 * @param pollInterval pause between two looks at the metrics (default 15 s: CloudWatch has one point a minute)
 * @param timeout give up after this long (default 30 min); the step can be run again
 */
public record DrainSettings(double maxLatencySeconds, Duration pollInterval, Duration timeout) {
    public static DrainSettings defaults() {
        return new DrainSettings(1, Duration.ofSeconds(15), Duration.ofMinutes(30));
    }
}
