package org.dmspilot.core.dms;

import java.time.Duration;
import java.util.function.Supplier;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The SDK's standard retry strategy as every AWS client of DMS Pilot uses it: attempts and backoff from {@link Timing},
 * retrying what AWS documents as retryable (throttling, 5xx, transient network errors) plus IAM propagation (a role
 * just created that DMS cannot use yet, see {@link AwsErrors#isIamPropagation}). Each retry is logged at WARN with
 * the operation and the error code, and, while an {@link AwsCalls} call runs, shown as a progress line; a cancelled
 * call stops retrying.
 */
final class AwsRetries implements RetryStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(AwsRetries.class);
    /** What the calling thread is doing ({@link AwsCalls}) and the operation under way (the interceptor). */
    private static final ThreadLocal<Doing> DOING = new ThreadLocal<>();
    private static final ThreadLocal<String> OPERATION = new ThreadLocal<>();

    private record Doing(String what, ProgressListener progress) {
    }

    /** A token of the delegate strategy with the attempt it stands for. */
    private record Counted(RetryToken inner, int attempt) implements RetryToken {
    }

    private final RetryStrategy delegate;

    private AwsRetries(RetryStrategy delegate) {
        this.delegate = delegate;
    }

    /** The strategy for clients waiting as {@code timing} says. */
    static RetryStrategy strategy(Timing timing) {
        Duration base = timing.backoffBase();
        Duration max = base.multipliedBy(32);
        return new AwsRetries(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(timing.attempts())
                .backoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(base, max))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(base, max))
                .retryOnException(e -> e instanceof SdkException sdk && AwsErrors.isIamPropagation(sdk))
                .build());
    }

    /** Names the operation under way on the calling thread (sync clients retry on the caller's thread). */
    static ExecutionInterceptor interceptor() {
        return new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                OPERATION.set(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                        + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }

            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                OPERATION.remove();
            }

            @Override
            public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
                OPERATION.remove();
            }
        };
    }

    /** Runs {@code fn} with its retries reported as {@code what} to {@code progress}. */
    static <T> T during(String what, ProgressListener progress, Supplier<T> fn) {
        Doing outer = DOING.get();
        DOING.set(new Doing(what, progress));
        try {
            return fn.get();
        } finally {
            if (outer == null) {
                DOING.remove();
            } else {
                DOING.set(outer);
            }
        }
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        AcquireInitialTokenResponse r = delegate.acquireInitialToken(request);
        return AcquireInitialTokenResponse.create(new Counted(r.token(), 1), r.delay());
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        Counted token = (Counted) request.token();
        Doing doing = DOING.get();
        String code = request.failure() instanceof SdkException e ? describe(e) : String.valueOf(request.failure());
        if (doing != null && doing.progress().isCancelled()) {
            throw new TokenAcquisitionFailedException("cancelled", token, request.failure());
        }
        RefreshRetryTokenResponse r;
        try {
            r = delegate.refreshRetryToken(request.toBuilder().token(token.inner()).build());
        } catch (TokenAcquisitionFailedException e) {
            if (doing == null && token.attempt() > 1) { // AwsCalls logs the failures of its calls
                LOG.warn("AWS refused {} after {} attempts: {}", name(doing), token.attempt(), code);
            }
            throw new TokenAcquisitionFailedException(e.getMessage(), new Counted(e.token(), token.attempt()),
                    e.getCause());
        }
        int next = token.attempt() + 1;
        LOG.warn("Retrying {} (attempt {} of {}) in {} ms: {}", name(doing), next, maxAttempts(),
                r.delay().toMillis(), code);
        if (doing != null) {
            doing.progress().progress(-1, -1, "Retrying " + doing.what() + " in " + r.delay().toMillis() + " ms ("
                    + code + ")");
        }
        return RefreshRetryTokenResponse.create(new Counted(r.token(), next), r.delay());
    }

    private static String name(Doing doing) {
        String operation = OPERATION.get();
        return doing == null ? String.valueOf(operation) : doing.what() + " (" + operation + ")";
    }

    private static String describe(SdkException e) {
        String code = AwsErrors.code(e);
        return code.isEmpty() ? e.getClass().getSimpleName() + ": " + e.getMessage() : code;
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        Counted token = (Counted) request.token();
        RecordSuccessResponse r = delegate.recordSuccess(RecordSuccessRequest.create(token.inner()));
        return RecordSuccessResponse.create(new Counted(r.token(), token.attempt()));
    }

    @Override
    public int maxAttempts() {
        return delegate.maxAttempts();
    }

    /** Already configured for AWS: the client adds nothing. */
    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder<?, ?> toBuilder() {
        return delegate.toBuilder();
    }
}
