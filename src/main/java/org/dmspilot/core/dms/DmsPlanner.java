package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.convert.DmsTableMappings;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.dms.DmsResources.CertificateSpec;
import org.dmspilot.core.dms.DmsResources.EndpointSpec;
import org.dmspilot.core.dms.DmsResources.InstanceSpec;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;
import org.dmspilot.core.dms.DmsResources.SubnetGroupSpec;
import org.dmspilot.core.dms.DmsResources.TaskSpec;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;

/** Builds the {@link DmsPlan} of a project: names, settings and order of every resource. Pure: no AWS call. */
public final class DmsPlanner {
    private static final Map<TlsMode, String> SSL_MODES = Map.of(TlsMode.DISABLE, "none", TlsMode.PREFER, "require",
            TlsMode.REQUIRE, "require", TlsMode.VERIFY_CA, "require", TlsMode.VERIFY_FULL, "require");
    private static final Map<Engine, String> TARGET_ENGINES = Map.of(Engine.POSTGRESQL, "postgres",
            Engine.AURORA_POSTGRESQL, "aurora-postgresql");

    private DmsPlanner() {
    }

    /**
     * @throws DmsPilotException when the project lacks a source or target, or the options are incomplete
     */
    public static DmsPlan plan(Project project, DmsOptions options) {
        ConnectionProfile source = require(project.source(), "source");
        ConnectionProfile target = require(project.target(), "target");
        if (source.engine() == null || !source.engine().isMysqlFamily()) {
            throw new DmsPilotException("The source must be MySQL or MariaDB, not " + source.engine() + ".");
        }
        String targetEngine = options.targetEngine() != null ? options.targetEngine()
                : TARGET_ENGINES.get(target.engine());
        if (targetEngine == null) {
            throw new DmsPilotException("The target must be PostgreSQL or Aurora PostgreSQL, not " + target.engine()
                    + ".");
        }
        if (options.region() == null || options.region().isBlank()) {
            throw new DmsPilotException("Choose an AWS region.");
        }
        if (options.subnetIds().stream().distinct().count() < 2) {
            throw new DmsPilotException("A replication subnet group needs at least two subnets in different "
                    + "Availability Zones; " + options.subnetIds().size() + " given.");
        }
        ResourceNames names = new ResourceNames(project.id());
        List<String> notes = new ArrayList<>();
        List<RoleSpec> roles = new ArrayList<>(DmsIamRoles.sharedRoles());
        List<SecretSpec> secrets = new ArrayList<>();
        if (options.useSecretsManager()) {
            String pattern = "arn:aws:secretsmanager:" + options.region() + ":*:secret:" + names.secretPrefix() + "*";
            roles.add(new RoleSpec(StepId.SECRETS_ACCESS_ROLE, names.of("secrets-access"),
                    "dms." + options.region() + ".amazonaws.com", List.of(), "dmspilot-read-secrets",
                    IamPolicies.json(IamPolicies.readSecretsDocument(pattern))));
            secrets.add(secret(StepId.SOURCE_SECRET, ConnectionRole.SOURCE, names, source));
            secrets.add(secret(StepId.TARGET_SECRET, ConnectionRole.TARGET, names, target));
        }
        DmsOptions.EndpointTls sourceTls = tls(options.sourceTls(), source, notes);
        DmsOptions.EndpointTls targetTls = tls(options.targetTls(), target, notes);
        notes.add(options.lobMode() == DmsOptions.LobMode.FULL
                ? "Full LOB mode: JSON, TEXT and BLOB values are copied whole (slower than limited mode)."
                : "Limited LOB mode: JSON, TEXT and BLOB values above " + options.lobMaxSizeKb()
                        + " KB are truncated.");
        if (!options.schemaPrecreated()) {
            notes.add("DMS will create tables and primary keys only: apply the converted schema and use "
                    + "TargetTablePrepMode=DO_NOTHING instead.");
        }
        SubnetGroupSpec subnetGroup = new SubnetGroupSpec(names.of("subnets"),
                "DMS Pilot project " + project.name(), options.subnetIds());
        InstanceSpec instance = new InstanceSpec(names.of("instance"), options.instanceClass(),
                options.allocatedStorageGb(), options.multiAz(), options.engineVersion(),
                options.securityGroupIds());
        EndpointSpec sourceEndpoint = endpoint(StepId.SOURCE_ENDPOINT, ConnectionRole.SOURCE, names, "mysql", source,
                null, secrets, "MySQLSettings", sourceTls);
        EndpointSpec targetEndpoint = endpoint(StepId.TARGET_ENDPOINT, ConnectionRole.TARGET, names, targetEngine,
                target, target.database(), secrets, "PostgreSQLSettings", targetTls);
        TaskSpec task = new TaskSpec(names.of("task"), names.of("task"), options.migrationType().apiValue(),
                tableMappings(project, options), taskSettings(project, options));
        DmsNotifications.Spec notifications = DmsNotifications.plan(options, names.of("events"), task.identifier());
        if (notifications != null) {
            notes.add("E-mail to " + notifications.email() + " on the task's failure and state changes (SNS topic "
                    + notifications.topicName() + "; the recipient confirms the subscription from AWS's e-mail"
                    + " first).");
        }
        if (options.onServerless()) {
            DmsOptions.ServerlessCapacity c = options.serverless();
            DmsResources.ReplicationConfigSpec config = new DmsResources.ReplicationConfigSpec(names.of("replication"),
                    names.of("replication"), task.migrationType(), c.minCapacityUnits(), c.maxCapacityUnits(),
                    options.multiAz(), options.securityGroupIds(), task.tableMappings(), task.taskSettings());
            notes.add("DMS Serverless: capacity between " + c.minCapacityUnits() + " and " + c.maxCapacityUnits()
                    + " DCU, provisioned when the replication starts; connections are tested at start.");
            return new DmsPlan(project.id(), options.region(), roles, secrets, subnetGroup, null, sourceEndpoint,
                    targetEndpoint, task, options.createIamRoles(), notes.stream().distinct().toList(), config);
        }
        return new DmsPlan(project.id(), options.region(), roles, secrets, subnetGroup, instance, sourceEndpoint,
                targetEndpoint, task, options.createIamRoles(), notes.stream().distinct().toList(), null)
                .withNotifications(notifications);
    }

    /**
     * The plan with the fallback's reverse task: a PostgreSQL source endpoint on the target database (logical decoding
     * through {@code test_decoding}, which every PostgreSQL and RDS/Aurora has; no DDL capture, so DMS creates no
     * event triggers there; a heartbeat so an idle slot does not hold WAL), a MySQL target endpoint on the source
     * database (its database named, {@code TargetDbType=specific-database}, as CloudFormation and the API both take
     * it), and a CDC-only task between them with the forward task's settings, created now and started at the
     * cutover's switch step. Same credentials (and secrets) as the forward endpoints.
     *
     * @throws DmsPilotException on DMS Serverless (a reverse replication config is not built)
     */
    public static DmsPlan withFallback(DmsPlan plan, Project project, DmsOptions options) {
        if (plan.serverless()) {
            throw new DmsPilotException("The fallback's reverse task needs a replication instance: plan without"
                    + " --serverless, or run the local fallback (dmspilot fallback start).");
        }
        ConnectionProfile source = project.source();
        ConnectionProfile target = project.target();
        ResourceNames names = new ResourceNames(project.id());
        String pgSchema = org.dmspilot.core.engine.TablePairs.targetSchema(source.database());
        Map<String, Object> decoding = new java.util.LinkedHashMap<>();
        decoding.put("PluginName", "test-decoding");
        decoding.put("CaptureDdls", false);
        decoding.put("HeartbeatEnable", true);
        decoding.put("HeartbeatFrequency", 5);
        EndpointSpec forwardTarget = plan.target();
        EndpointSpec forwardSource = plan.source();
        EndpointSpec pgSource = new EndpointSpec(StepId.FALLBACK_SOURCE_ENDPOINT, ConnectionRole.TARGET,
                names.of("fallback-source"), forwardTarget.engineName(), target.host(), target.port(),
                target.database(), target.user(), forwardTarget.sslMode(), forwardTarget.secret(),
                "PostgreSQLSettings", forwardTarget.certificate(), "source", decoding);
        EndpointSpec mysqlTarget = new EndpointSpec(StepId.FALLBACK_TARGET_ENDPOINT, ConnectionRole.SOURCE,
                names.of("fallback-target"), "mysql", source.host(), source.port(), source.database(),
                source.user(), forwardSource.sslMode(), forwardSource.secret(), "MySQLSettings",
                forwardSource.certificate(), "target", Map.of("TargetDbType", "specific-database"));
        TaskSpec reverse = new TaskSpec(names.of("fallback"), names.of("fallback"),
                DmsOptions.MigrationType.CDC.apiValue(), TaskDocuments.reverseTableMappings(pgSchema,
                        source.database()), TaskDocuments.taskSettings(true, options.lobMode(),
                        options.lobMaxSizeKb()), StepId.FALLBACK_TASK, StepId.FALLBACK_SOURCE_ENDPOINT,
                StepId.FALLBACK_TARGET_ENDPOINT);
        return plan.withFallback(new DmsResources.FallbackSpec(pgSource, mysqlTarget, reverse), List.of(
                "Fallback: the reverse task (CDC only) starts at the switch step; PostgreSQL needs logical"
                        + " replication (rds.logical_replication = 1 on RDS/Aurora, wal_level = logical elsewhere)"
                        + " and the target login the REPLICATION right (rds_replication on RDS).",
                "Fallback: the source stays read-only for the application; the source login must write despite"
                        + " read_only (CONNECTION_ADMIN, or READ_ONLY ADMIN on MariaDB). MySQL triggers fire on the"
                        + " reverse task's writes: set them aside first, PostgreSQL's own triggers already ran."));
    }

    /**
     * The task's table mappings: as edited or imported in the project's task; else the project's selection and
     * mapping rules (conversion) when it has a catalog and no explicit table list; otherwise the tables given, or
     * the whole source database.
     */
    public static String tableMappings(Project project, DmsOptions options) {
        String edited = project.migrationTask().tableMappings();
        if (edited != null) {
            TaskDocuments.validateTableMappings(edited);
            return compact(edited);
        }
        if (options.tables().isEmpty() && project.catalog() != null && !project.catalog().schemas().isEmpty()) {
            return DmsTableMappings.json(project.catalog().schemas(),
                    new MappingRules(project.conversion().rules()));
        }
        return TaskDocuments.tableMappings(project.source().database(), options.tables());
    }

    /** The task settings: as edited or imported in the project's task, else derived from the options. */
    public static String taskSettings(Project project, DmsOptions options) {
        String edited = project.migrationTask().taskSettings();
        if (edited != null) {
            TaskDocuments.validateTaskSettings(edited);
            return compact(edited);
        }
        return TaskDocuments.taskSettings(options.schemaPrecreated(), options.lobMode(), options.lobMaxSizeKb());
    }

    private static String compact(String json) {
        try {
            return IamPolicies.json(org.dmspilot.core.project.ProjectFiles.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EndpointSpec endpoint(StepId step, ConnectionRole role, ResourceNames names, String engineName,
            ConnectionProfile profile, String database, List<SecretSpec> secrets, String settingsMember,
            DmsOptions.EndpointTls tls) {
        SecretSpec secret = secrets.stream().filter(s -> s.role() == role).findFirst().orElse(null);
        String side = role.name().toLowerCase(java.util.Locale.ROOT);
        CertificateSpec certificate = tls.verifies() ? new CertificateSpec(role, names.of(side + "-ca"),
                pem(tls.caFile(), side)) : null;
        return new EndpointSpec(step, role, names.of(side), engineName, profile.host(), profile.port(), database,
                profile.user(), tls.sslMode(), secret, settingsMember, certificate);
    }

    /**
     * The endpoint's TLS: as chosen, else following the connection (a verify mode needs the connection's CA file;
     * without one the endpoint requires TLS and a note says so).
     */
    private static DmsOptions.EndpointTls tls(DmsOptions.EndpointTls chosen, ConnectionProfile p, List<String> notes) {
        if (chosen != null) {
            if (!DmsOptions.EndpointTls.MODES.contains(chosen.sslMode())) {
                throw new DmsPilotException("SSL mode " + chosen.sslMode() + " is not one DMS knows: "
                        + DmsOptions.EndpointTls.MODES + ".");
            }
            return chosen;
        }
        boolean hasCa = p.caFile() != null && !p.caFile().isBlank();
        if (p.tlsMode().verifiesCertificate() && hasCa) {
            return new DmsOptions.EndpointTls(p.tlsMode() == TlsMode.VERIFY_CA ? "verify-ca" : "verify-full",
                    p.caFile());
        }
        if (p.tlsMode().verifiesCertificate()) {
            notes.add("Certificate verification needs the CA imported into DMS: give the connection's CA file (or "
                    + "choose it on the Endpoints page); until then the endpoint uses SslMode=require.");
        }
        if (p.tlsMode() == TlsMode.PREFER) {
            notes.add("TLS 'prefer' has no DMS equivalent: the endpoint requires TLS.");
        }
        return new DmsOptions.EndpointTls(SSL_MODES.get(p.tlsMode()), null);
    }

    /** The CA certificate file's PEM text (checked to be one). */
    private static String pem(String file, String side) {
        if (file == null || file.isBlank()) {
            throw new DmsPilotException("The " + side + " endpoint verifies the server certificate but no CA file "
                    + "is given.");
        }
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(file.strip()));
            if (!text.contains("-----BEGIN CERTIFICATE-----")) {
                throw new DmsPilotException("The " + side + " CA file " + file + " holds no PEM certificate "
                        + "(-----BEGIN CERTIFICATE-----).");
            }
            return text.strip() + "\n";
        } catch (java.io.IOException e) {
            throw new DmsPilotException("Cannot read the " + side + " CA file " + file + ": " + e.getMessage(), e);
        }
    }

    private static SecretSpec secret(StepId step, ConnectionRole role, ResourceNames names, ConnectionProfile p) {
        return new SecretSpec(step, role, names.secretPrefix() + role.name().toLowerCase(java.util.Locale.ROOT),
                p.user(), p.host(), p.port(), p.database());
    }

    private static ConnectionProfile require(ConnectionProfile profile, String side) {
        if (profile == null) {
            throw new DmsPilotException("The project has no " + side + " connection yet: configure it first.");
        }
        return profile;
    }
}
