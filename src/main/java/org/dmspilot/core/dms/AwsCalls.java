package org.dmspilot.core.dms;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Runs AWS calls for one piece of work: cancellation before each call, the final failure translated into a one-line
 * {@link DmsPilotException}, and waits for one resource's status (the SDK's DMS waiters where they exist). Retries
 * with backoff (throttling, server errors, IAM propagation) are the SDK's, configured once on the clients
 * ({@link AwsRetries}); while a call runs here they are shown as progress lines.
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
     * Waits with one of the SDK's DMS waiters ({@code DatabaseMigrationWaiter}), polling every
     * {@link Timing#pollInterval()} for up to {@link Timing#maxWait()}, cancellable between two polls. The waiter must
     * describe the one resource by its ARN (a filter), or other resources in the account decide the outcome.
     *
     * <p>When the waiter stops without success (a failure state, or the maximum wait), the resource's status is read
     * again: one of {@code alsoDone} ends the wait too (e.g. a task already running when provisioning waits for
     * "ready", which the waiter counts as a failure); otherwise the failure says the status and {@code failureDetail}
     * (e.g. DMS's LastFailureMessage).
     *
     * @param waiter runs the waiter with the given override configuration
     * @param reached the status the waiter's success means (logged)
     * @return the status reached
     */
    String await(String what, DatabaseMigrationClient dms,
            BiFunction<DatabaseMigrationWaiter, WaiterOverrideConfiguration, WaiterResponse<?>> waiter,
            String reached, Supplier<String> status, Set<String> alsoDone, Supplier<String> failureDetail) {
        return await(what, every -> waiter.apply(dms.waiter(), every), reached, status, alsoDone, failureDetail);
    }

    /**
     * Like {@link #await(String, DatabaseMigrationClient, BiFunction, String, Supplier, Set, Supplier)} with a waiter
     * built here on the SDK's {@code Waiter} (where the service's own waiter misses states: see
     * {@link #describeUntil}).
     */
    String await(String what, java.util.function.Function<WaiterOverrideConfiguration, WaiterResponse<?>> waiter,
            String reached, Supplier<String> status, Set<String> alsoDone, Supplier<String> failureDetail) {
        progress.checkCancelled();
        log("Waiting for " + what + " to be " + reached);
        WaiterOverrideConfiguration every = WaiterOverrideConfiguration.builder().waitTimeout(timing.maxWait())
                .maxAttempts(Integer.MAX_VALUE).backoffStrategyV2(attempt -> {
                    progress.checkCancelled();
                    return timing.pollInterval();
                }).build();
        try {
            AwsRetries.during("checking " + what, progress, () -> waiter.apply(every));
        } catch (SdkException e) {
            progress.checkCancelled();
            String now = call("checking " + what, status);
            if (alsoDone.contains(now)) {
                log(what + ": " + now);
                return now;
            }
            if (e.getMessage() != null && e.getMessage().contains("exceeded")) {
                throw new DmsPilotException("Gave up waiting for " + what + " after " + timing.maxWait().toMinutes()
                        + " min (still " + now + "). Run provision again to keep waiting.", e);
            }
            LOG.warn("Waiting for {} to be {} stopped at {}: {}", what, reached, now, e.getMessage());
            throw new DmsPilotException(what + " is " + now + ": " + failureDetail.get(), e);
        }
        log(what + ": " + reached);
        return reached;
    }

    /**
     * An SDK waiter over {@code describe} (one resource, by ARN): success when every status {@code statuses} reads is
     * {@code done}, failure as soon as one is in {@code failed}, polling otherwise. For the states the service's
     * waiter definitions leave out (ReplicationInstanceAvailable does not stop on {@code failed} or
     * {@code storage-full}: it would poll for the whole maximum wait).
     */
    static <T> java.util.function.Function<WaiterOverrideConfiguration, WaiterResponse<?>> describeUntil(
            Class<T> type, Supplier<T> describe, java.util.function.Function<T, java.util.List<String>> statuses,
            String done, Set<String> failed) {
        return every -> software.amazon.awssdk.core.waiters.Waiter.builder(type).overrideConfiguration(every)
                .addAcceptor(software.amazon.awssdk.core.waiters.WaiterAcceptor.successOnResponseAcceptor(r -> {
                    java.util.List<String> now = statuses.apply(r);
                    return !now.isEmpty() && now.stream().allMatch(done::equals);
                }))
                .addAcceptor(software.amazon.awssdk.core.waiters.WaiterAcceptor.errorOnResponseAcceptor(
                        r -> statuses.apply(r).stream().anyMatch(failed::contains), "a failure state"))
                .addAcceptor(software.amazon.awssdk.core.waiters.WaiterAcceptor.retryOnResponseAcceptor(r -> true))
                .build().run(describe);
    }

    /**
     * Polls {@code status} until it is one of {@code done}; fails on one of {@code failed} or after the maximum
     * wait. The status supplier must describe the one resource by its ARN. Only for statuses no SDK waiter covers
     * (each caller names the waiter that is missing); otherwise use {@link #await}.
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
