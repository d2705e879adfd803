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
                targetEndpoint, task, options.createIamRoles(), notes.stream().distinct().toList());
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
