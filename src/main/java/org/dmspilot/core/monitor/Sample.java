package org.dmspilot.core.monitor;

import java.time.Instant;

/** One measurement of a time series (latency in seconds, changes per second...). */
public record Sample(Instant at, double value) {
}
