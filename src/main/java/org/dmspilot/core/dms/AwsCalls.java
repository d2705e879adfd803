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
 * Runs AWS calls for one piece of work: cancellation before each call, the final failure translated into a one-line
 * {@link DmsPilotException}, and waiters that poll one resource's status. Retries with backoff (throttling, server
 * errors, IAM propagation) are the SDK's, configured once on the clients ({@link AwsRetries}); while a call runs here
 * they are shown as progress lines.
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

    /** Calls {@code fn} (the client retries what is worth retrying) and translates the final failure. */
    <T> T call(String doing, Supplier<T> fn) {
        progress.checkCancelled();
        try {
            return AwsRetries.during(doing, progress, fn);
        } catch (SdkException e) {
            progress.checkCancelled();
            int attempts = e.numAttempts() == null ? 1 : e.numAttempts();
            String code = AwsErrors.code(e).isEmpty() ? e.getMessage() : AwsErrors.code(e);
            if (attempts > 1) {
                LOG.warn("AWS refused {} after {} attempts: {}", doing, attempts, code);
            } else { // often expected (a lookup of what does not exist yet); the caller decides
                LOG.info("AWS answered {} to {}", code, doing);
            }
            throw AwsErrors.translate(e, doing);
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
