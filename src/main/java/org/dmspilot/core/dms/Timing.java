package org.dmspilot.core.dms;

import java.time.Duration;

/**
 * How long to wait and how often to retry. {@link #DEFAULT} suits AWS (an instance takes minutes to become
 * available); tests use {@link #fast()}.
 *
 * @param pollInterval pause between two status checks of a waiter (the SDK's DMS waiters and the project's polls)
 * @param maxWait give up waiting for a status after this long
 * @param attempts attempts of a call that fails with throttling, a server error, or IAM propagation (the clients'
 *     retry strategy, {@link AwsRetries})
 * @param backoffBase first retry pause, doubled on each attempt (half jitter, at most 32 times this)
 */
public record Timing(Duration pollInterval, Duration maxWait, int attempts, Duration backoffBase) {
    /** For AWS: poll every 15 s for up to 45 min; 8 attempts from 2 s. */
    public static final Timing DEFAULT = new Timing(Duration.ofSeconds(15), Duration.ofMinutes(45), 8,
            Duration.ofSeconds(2));

    /** Millisecond pauses, for emulated AWS. */
    public static Timing fast() {
        return new Timing(Duration.ofMillis(1), Duration.ofSeconds(20), 5, Duration.ofMillis(1));
    }
}
