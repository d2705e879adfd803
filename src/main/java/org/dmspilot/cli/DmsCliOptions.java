package org.dmspilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Option;

/**
 * Options shared by the {@code dms} verbs: the project, AWS access, and the plan choices. Plan choices given once to
 * {@code provision} are remembered in the project's DMS state file, so {@code start} and {@code status} need none.
 */
final class DmsCliOptions {
    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The project file.")
    Path project;

    @Option(names = "--region", description = "AWS region (default: the profile's region or AWS_REGION).")
    String region;

    @Option(names = "--profile", description = "Named or SSO profile from the AWS config files.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this URL.")
    URI endpointUrl;

    @Option(names = "--subnet", split = ",", paramLabel = "ID",
            description = "Subnets in at least two Availability Zones (repeat or comma-separate).")
    List<String> subnets = new ArrayList<>();

    @Option(names = "--security-group", split = ",", paramLabel = "ID", description = "VPC security groups.")
    List<String> securityGroups = new ArrayList<>();

    @Option(names = "--instance-class", description = "Replication instance class: dms.t3.medium for trials, "
            + "dms.r6i.large or larger for production (default: ${DEFAULT-VALUE}).", defaultValue = "dms.t3.medium")
    String instanceClass;

    @Option(names = "--storage", description = "Instance storage in GB (default: ${DEFAULT-VALUE}).",
            defaultValue = "50")
    int storageGb;

    @Option(names = "--multi-az", description = "Standby in a second zone (recommended for production).")
    boolean multiAz;

    @Option(names = "--engine-version", description = "DMS engine version (default: the service default).")
    String engineVersion;

    @Option(names = "--migration-type", description = "FULL_LOAD, CDC or FULL_LOAD_AND_CDC (default: the "
            + "project's task, else FULL_LOAD_AND_CDC).")
    DmsOptions.MigrationType migrationType;

    @Option(names = "--secrets-manager", description = "Keep the credentials in Secrets Manager, not in endpoints.")
    boolean secretsManager;

    @Option(names = "--schema-not-precreated", description = "Let DMS create tables (default: the converted "
            + "schema was applied, TargetTablePrepMode=DO_NOTHING).")
    boolean schemaNotPrecreated;

    @Option(names = "--lob-mode", description = "FULL (never truncates) or LIMITED (default: ${DEFAULT-VALUE}).",
            defaultValue = "FULL")
    DmsOptions.LobMode lobMode;

    @Option(names = "--lob-max-size-kb", description = "Largest LOB kept in LIMITED mode (default: 64).")
    int lobMaxSizeKb;

    @Option(names = "--no-create-iam-roles", description = "Fail instead of creating missing DMS service roles.")
    boolean noCreateIamRoles;

    @Option(names = "--target-engine", description = "aurora-postgresql or postgres (default: from the target).")
    String targetEngine;

    @Option(names = "--source-ssl-mode", paramLabel = "MODE", description = "Source endpoint TLS: none, require, "
            + "verify-ca or verify-full (default: from the source connection).")
    String sourceSslMode;

    @Option(names = "--source-ca", paramLabel = "PEM", description = "CA certificate the source endpoint verifies "
            + "with (imported into DMS) for verify-ca / verify-full.")
    String sourceCa;

    @Option(names = "--target-ssl-mode", paramLabel = "MODE", description = "Target endpoint TLS: none, require, "
            + "verify-ca or verify-full (default: from the target connection).")
    String targetSslMode;

    @Option(names = "--target-ca", paramLabel = "PEM", description = "CA certificate the target endpoint verifies "
            + "with (imported into DMS) for verify-ca / verify-full.")
    String targetCa;

    @Option(names = "--table", split = ",", paramLabel = "SCHEMA.TABLE",
            description = "Tables to migrate (%% wildcard); default: the whole source database.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--source-password-file", paramLabel = "FILE",
            description = "File holding the source password (default: DMSPILOT_SOURCE_PASSWORD, then the "
                    + "secret store).")
    Path sourcePasswordFile;

    @Option(names = "--target-password-file", paramLabel = "FILE",
            description = "File holding the target password (default: DMSPILOT_TARGET_PASSWORD, then the "
                    + "secret store).")
    Path targetPasswordFile;

    @Option(names = "--serverless", description = "DMS Serverless (a replication config that sizes itself) instead "
            + "of a replication instance.")
    boolean serverless;

    @Option(names = "--min-capacity", paramLabel = "DCU", description = "DMS Serverless minimum capacity units "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int minCapacity;

    @Option(names = "--max-capacity", paramLabel = "DCU", description = "DMS Serverless maximum capacity units "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "16")
    int maxCapacity;

    @Option(names = "--fallback", description = "Plan (and provision) the fallback too: a reverse task PostgreSQL ->"
            + " MySQL, CDC only, that the cutover starts at the switch step so a rollback loses nothing.")
    boolean fallback;

    @Option(names = "--notify-email", paramLabel = "ADDRESS", description = "E-mail the task's failures and state "
            + "changes (SNS topic + DMS event subscription, created and cleaned up with the project; not on DMS "
            + "Serverless).")
    String notifyEmail;

    @Option(names = "--poll-interval-ms", hidden = true, description = "Waiter and retry pause (tests).")
    Long pollIntervalMs;

    Project loadProject() {
        return ProjectFiles.load(project);
    }

    DmsState loadState(Project p) {
        return DmsStateFiles.load(project, p.id(), region);
    }

    /** The options from the command line, or those remembered by an earlier provision. */
    DmsOptions options(Project p, DmsState state) {
        if (subnets.isEmpty() && state.options() != null) {
            return state.options();
        }
        String r = region();
        DmsOptions.MigrationType type = migrationType != null ? migrationType
                : DmsOptions.MigrationType.of(p.migrationTask().migrationType());
        return new DmsOptions(r, subnets, securityGroups, instanceClass, storageGb, multiAz, engineVersion,
                type, secretsManager, !schemaNotPrecreated, lobMode, lobMaxSizeKb, !noCreateIamRoles,
                targetEngine, tables, tls(sourceSslMode, sourceCa), tls(targetSslMode, targetCa), serverless
                        ? new DmsOptions.ServerlessCapacity(minCapacity, maxCapacity) : null)
                .withNotifyEmail(notifyEmail);
    }

    private static DmsOptions.EndpointTls tls(String mode, String ca) {
        if (mode == null && ca == null) {
            return null;
        }
        return new DmsOptions.EndpointTls(mode == null ? "verify-full" : mode, ca);
    }

    /** The plan; with the fallback's reverse task when asked for or already provisioned. */
    DmsPlan plan(Project p, DmsState state) {
        DmsOptions o = options(p, state);
        DmsPlan plan = DmsPlanner.plan(p, o);
        return fallback || state.arn(org.dmspilot.core.dms.StepId.FALLBACK_TASK).isPresent()
                ? DmsPlanner.withFallback(plan, p, o) : plan;
    }

    String region() {
        return Optional.ofNullable(region).or(() -> Optional.ofNullable(System.getenv("AWS_REGION")))
                .or(() -> AwsSettings.configuredRegion(profile)).orElseThrow(() -> new DmsPilotException(
                        "Choose an AWS region with --region (no region in the profile or AWS_REGION)."));
    }

    /** The flags, else the profile and endpoint the state was provisioned through, else the defaults. */
    AwsSettings aws(DmsState state) {
        String r = region != null ? region : state.options() != null ? state.options().region() : region();
        return new AwsSettings(r, profile != null ? profile : state.profile(),
                endpointUrl != null ? endpointUrl : state.endpointOverride());
    }

    Timing timing() {
        if (pollIntervalMs == null) {
            return Timing.DEFAULT;
        }
        Duration pause = Duration.ofMillis(pollIntervalMs);
        return new Timing(pause, Duration.ofMinutes(45), Timing.DEFAULT.attempts(), pause);
    }

    /** Password files first, then DMSPILOT_*_PASSWORD, then the secret store (opened only when needed). */
    PasswordSource passwords(Project p) {
        Map<ConnectionRole, Path> files = new java.util.EnumMap<>(ConnectionRole.class);
        Optional.ofNullable(sourcePasswordFile).ifPresent(f -> files.put(ConnectionRole.SOURCE, f));
        Optional.ofNullable(targetPasswordFile).ifPresent(f -> files.put(ConnectionRole.TARGET, f));
        PasswordSource fromFiles = role -> Optional.ofNullable(files.get(role)).map(DmsCliOptions::read);
        java.util.concurrent.atomic.AtomicReference<org.dmspilot.core.secrets.SecretStore> store =
                new java.util.concurrent.atomic.AtomicReference<>();
        return fromFiles.orElse(PasswordSource.environment()).orElse(PasswordSource.secretStore(
                () -> store.updateAndGet(s -> s != null ? s : org.dmspilot.core.secrets.SecretStores.create()),
                p.id()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new DmsPilotException("Could not read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Progress as lines on stderr. */
    static ProgressListener stderr(PrintWriter err) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                err.println(done >= 0 && total > 0 ? "[" + (done + 1 > total ? total : done + 1) + "/" + total + "] "
                        + message : "  " + message);
                err.flush();
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }
}
