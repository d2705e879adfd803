package org.dmspilot.core.dms;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs AWS calls with retry and backoff (throttling, server errors, IAM propagation), cancellation between
 * attempts, and waiters that poll one resource's status.
 */
final class AwsCalls {
    private static final Logger LOG = LoggerFactory.getLogger(AwsCalls.class);
    /** Error codes meaning "it is already there" across DMS, IAM and Secrets Manager. */
    static final Set<String> ALREADY_EXISTS = Set.of("ResourceAlreadyExistsFault", "EntityAlreadyExists",
            "ResourceExistsException");

    private final Timing timing;
    private final ProgressListener progress;

    AwsCalls(Timing timing, ProgressListener progress) {
        this.timing = timing;
        this.progress = progress;
    }

    /** Calls {@code fn}, retrying what is worth retrying, and translates the final failure. */
    <T> T call(String doing, Supplier<T> fn) {
        return call(doing, e -> false, fn);
    }

    /**
     * Like {@link #call}, also retrying the failures {@code alsoRetry} accepts (e.g. a role just created that IAM has
     * not propagated yet).
     */
    <T> T call(String doing, java.util.function.Predicate<SdkException> alsoRetry, Supplier<T> fn) {
        for (int attempt = 1; ; attempt++) {
            progress.checkCancelled();
            try {
                return fn.get();
            } catch (SdkException e) {
                if (!(AwsErrors.isRetryable(e) || alsoRetry.test(e)) || attempt >= timing.attempts()) {
                    LOG.warn("AWS refused {} after {} attempt(s): {}", doing, attempt, AwsErrors.code(e));
                    throw AwsErrors.translate(e, doing);
                }
                Duration pause = timing.backoffBase().multipliedBy(1L << Math.min(attempt - 1, 6));
                LOG.warn("Retrying {} in {} ms (attempt {} of {}): {}", doing, pause.toMillis(), attempt,
                        timing.attempts(), AwsErrors.code(e));
                log("Retrying " + doing + " in " + pause.toMillis() + " ms (" + AwsErrors.code(e) + ")");
                sleep(pause);
            }
        }
    }

    /** Like {@link #call}, but empty when AWS answers that one of {@code codes} (e.g. "already exists"). */
    <T> Optional<T> callUnless(Set<String> codes, String doing, Supplier<T> fn) {
        try {
            return Optional.of(call(doing, fn));
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof SdkException sdk && codes.contains(AwsErrors.code(sdk))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Polls {@code status} until it is one of {@code done}; fails on one of {@code failed} or after the maximum
     * wait. The status supplier must describe the one resource by its ARN.
     */
    String waitFor(String what, Supplier<String> status, Set<String> done, Set<String> failed,
            Supplier<String> failureDetail) {
        long deadline = System.nanoTime() + timing.maxWait().toNanos();
        String last = null;
        while (true) {
            String current = call("checking " + what, status);
            if (!current.equals(last)) {
                log(what + ": " + current);
                last = current;
            }
            if (done.contains(current)) {
                return current;
            }
            if (failed.contains(current)) {
                throw new DmsPilotException(what + " is " + current + ": " + failureDetail.get());
            }
            if (System.nanoTime() > deadline) {
                throw new DmsPilotException("Gave up waiting for " + what + " after " + timing.maxWait().toMinutes()
                        + " min (still " + current + "). Run provision again to keep waiting.");
            }
            sleep(timing.pollInterval());
        }
    }

    void log(String line) {
        LOG.info(line);
        progress.progress(-1, -1, line);
    }

    private void sleep(Duration pause) {
        progress.checkCancelled();
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.dmspilot.core.progress.CancelledException();
        }
        progress.checkCancelled();
    }
}
