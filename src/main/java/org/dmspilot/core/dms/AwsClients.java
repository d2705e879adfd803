package org.dmspilot.core.dms;

import java.time.Duration;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The AWS service clients the wizard uses, built once from {@link AwsSettings} and sharing one HTTP client, one
 * credentials provider and one retry strategy ({@link AwsRetries}: the SDK's standard retries with the attempts and
 * backoff of a {@link Timing}, plus IAM propagation, each retry logged).
 */
public final class AwsClients implements AutoCloseable {
    private final AwsSettings settings;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final DatabaseMigrationClient dms;
    private final IamClient iam;
    private final StsClient sts;
    private final Ec2Client ec2;
    private final CloudWatchClient cloudWatch;
    private final CloudWatchLogsClient logs;
    private final SecretsManagerClient secrets;
    private final Region region;
    private final Timing timing;
    private final software.amazon.awssdk.core.client.config.ClientOverrideConfiguration overrides;
    private SnsClient sns;
    private S3Client s3;

    /**
     * @param timing the attempts and backoff of every call ({@link Timing#attempts()}, {@link Timing#backoffBase()})
     *     and the pause between two checks of a waiter
     * @throws DmsPilotException when no region is given
     */
    public AwsClients(AwsSettings settings, Timing timing) {
        if (settings.region() == null || settings.region().isBlank()) {
            throw new DmsPilotException("Choose an AWS region (--region or the profile's region).");
        }
        this.settings = settings;
        this.timing = timing;
        this.overrides = software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetries.strategy(timing)).addExecutionInterceptor(AwsRetries.interceptor()).build();
        this.http = ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)).build();
        this.credentials = settings.profile() == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.create(settings.profile());
        Region region = Region.of(settings.region());
        this.dms = configure(DatabaseMigrationClient.builder(), region);
        this.iam = configure(IamClient.builder(), settings.endpointOverride() == null ? Region.AWS_GLOBAL : region);
        this.sts = configure(StsClient.builder(), region);
        this.ec2 = configure(Ec2Client.builder(), region);
        this.cloudWatch = configure(CloudWatchClient.builder(), region);
        this.logs = configure(CloudWatchLogsClient.builder(), region);
        this.secrets = configure(SecretsManagerClient.builder(), region);
        this.region = region;
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configure(B builder, Region region) {
        builder.region(region).credentialsProvider(credentials).httpClient(http).overrideConfiguration(overrides);
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    /**
     * Who the credentials belong to (STS GetCallerIdentity), shown before anything is created.
     *
     * @throws DmsPilotException with a clear message for missing or expired credentials
     */
    public CallerIdentity callerIdentity() {
        try {
            GetCallerIdentityResponse r = sts.getCallerIdentity();
            return new CallerIdentity(r.account(), r.arn(), r.userId());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "checking who you are (STS GetCallerIdentity)");
        }
    }

    public AwsSettings settings() {
        return settings;
    }

    /** The attempts, backoff and waiting the clients were built with. */
    public Timing timing() {
        return timing;
    }

    /** SNS, for the notifications topic (built on first use: most work never needs it). */
    public synchronized SnsClient sns() {
        if (sns == null) {
            sns = configure(SnsClient.builder(), region);
        }
        return sns;
    }

    /**
     * S3, for the premigration assessment results (built on first use). With an endpoint override, buckets are
     * addressed by path ({@code endpoint/bucket}), as S3-compatible endpoints expect.
     */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = configure(S3Client.builder().forcePathStyle(settings.endpointOverride() != null), region);
        }
        return s3;
    }

    public DatabaseMigrationClient dms() {
        return dms;
    }

    public IamClient iam() {
        return iam;
    }

    public Ec2Client ec2() {
        return ec2;
    }

    public CloudWatchClient cloudWatch() {
        return cloudWatch;
    }

    /** CloudWatch Logs: the task logs DMS writes when logging is on. */
    public CloudWatchLogsClient logs() {
        return logs;
    }

    public SecretsManagerClient secrets() {
        return secrets;
    }

    @Override
    public void close() {
        dms.close();
        iam.close();
        sts.close();
        ec2.close();
        cloudWatch.close();
        logs.close();
        secrets.close();
        synchronized (this) {
            if (sns != null) {
                sns.close();
            }
            if (s3 != null) {
                s3.close();
            }
        }
        http.close();
    }

    /** The identity behind the credentials. */
    public record CallerIdentity(String account, String arn, String userId) {
    }
}
