package org.dmspilot.core.dms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.model.ConnectionRole;

/**
 * The resources of a {@link DmsPlan}. Each DMS resource exposes its settings as an ordered map in the DMS API's
 * member names ({@link #properties}); the API path, the CloudFormation export and the AWS CLI script are all rendered
 * from these maps, so the three cannot drift apart. Values are strings, numbers, booleans, lists, nested maps, a
 * {@link Ref} to another resource's ARN (identifier for the subnet group) or a {@link PasswordRef}.
 */
public final class DmsResources {
    private DmsResources() {
    }

    /** A reference to the resource created by another step (its ARN; the subnet group's identifier). */
    public record Ref(StepId step) {
    }

    /** A password, resolved only when calling the API; exports turn it into a parameter or variable. */
    public record PasswordRef(ConnectionRole role) {
    }

    /** The ARN of the CA certificate imported for one side's endpoint. */
    public record CertificateRef(ConnectionRole role) {
    }

    /**
     * A CA certificate imported into DMS (ImportCertificate) so an endpoint can verify the server certificate.
     *
     * @param pem the certificate (public, PEM)
     */
    public record CertificateSpec(ConnectionRole role, String identifier, String pem) {
        /** Logical id in the CloudFormation export, e.g. {@code SourceCertificate}. */
        public String key() {
            return role == ConnectionRole.SOURCE ? "SourceCertificate" : "TargetCertificate";
        }
    }

    /** Anything in the plan whose settings are given as API members. */
    public interface Resource {
        StepId step();

        /** Settings in API member names, in a stable order. */
        Map<String, Object> properties();
    }

    /**
     * An IAM role DMS assumes.
     *
     * @param inlinePolicyJson an inline policy (the secrets access role), or null
     */
    public record RoleSpec(StepId step, String roleName, String trustedService, List<String> managedPolicyArns,
            String inlinePolicyName, String inlinePolicyJson) {
    }

    /** A Secrets Manager secret holding one side's credentials in the JSON layout DMS reads. */
    public record SecretSpec(StepId step, ConnectionRole role, String name, String username, String host, int port,
            String database) {
    }

    /** The replication subnet group. */
    public record SubnetGroupSpec(String identifier, String description, List<String> subnetIds) implements Resource {
        @Override
        public StepId step() {
            return StepId.SUBNET_GROUP;
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ReplicationSubnetGroupIdentifier", identifier);
            p.put("ReplicationSubnetGroupDescription", description);
            p.put("SubnetIds", subnetIds);
            return p;
        }
    }

    /** The replication instance; never publicly accessible. */
    public record InstanceSpec(String identifier, String instanceClass, int allocatedStorageGb, boolean multiAz,
            String engineVersion, List<String> securityGroupIds) implements Resource {
        @Override
        public StepId step() {
            return StepId.REPLICATION_INSTANCE;
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ReplicationInstanceIdentifier", identifier);
            p.put("ReplicationInstanceClass", instanceClass);
            p.put("AllocatedStorage", allocatedStorageGb);
            p.put("MultiAZ", multiAz);
            p.put("PubliclyAccessible", false);
            if (engineVersion != null) {
                p.put("EngineVersion", engineVersion);
            }
            p.put("ReplicationSubnetGroupIdentifier", new Ref(StepId.SUBNET_GROUP));
            if (!securityGroupIds.isEmpty()) {
                p.put("VpcSecurityGroupIds", securityGroupIds);
            }
            return p;
        }
    }

    /**
     * A source or target endpoint. With a secret, the connection details and credentials live in Secrets Manager
     * and the endpoint only names the secret and the role that reads it.
     *
     * @param secret the credentials secret, or null to put them in the endpoint
     * @param settingsMember {@code MySQLSettings} or {@code PostgreSQLSettings}
     * @param certificate the CA imported for {@code verify-ca} / {@code verify-full}, else null
     */
    public record EndpointSpec(StepId step, ConnectionRole role, String identifier, String engineName, String server,
            int port, String database, String username, String sslMode, SecretSpec secret, String settingsMember,
            CertificateSpec certificate, String endpointType, Map<String, Object> settings) implements Resource {

        /** An endpoint of the forward direction: the source database's is a source, the target's a target. */
        public EndpointSpec(StepId step, ConnectionRole role, String identifier, String engineName, String server,
                int port, String database, String username, String sslMode, SecretSpec secret, String settingsMember,
                CertificateSpec certificate) {
            this(step, role, identifier, engineName, server, port, database, username, sslMode, secret,
                    settingsMember, certificate, role == ConnectionRole.SOURCE ? "source" : "target", Map.of());
        }

        /**
         * @param role whose database and credentials the endpoint reaches
         * @param endpointType {@code source} or {@code target}: the reverse task reads the target database and writes
         *     the source database
         * @param settings further members of {@code settingsMember} (e.g. the logical decoding plugin)
         */
        public EndpointSpec {
            settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                    settings));
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("EndpointIdentifier", identifier);
            p.put("EndpointType", endpointType);
            p.put("EngineName", engineName);
            Map<String, Object> memberSettings = new LinkedHashMap<>();
            if (secret == null) {
                p.put("ServerName", server);
                p.put("Port", port);
                p.put("Username", username);
                p.put("Password", new PasswordRef(role));
            } else {
                memberSettings.put("SecretsManagerAccessRoleArn", new Ref(StepId.SECRETS_ACCESS_ROLE));
                memberSettings.put("SecretsManagerSecretId", new Ref(secret.step()));
            }
            memberSettings.putAll(settings);
            if (!memberSettings.isEmpty()) {
                p.put(settingsMember, memberSettings);
            }
            if (database != null) {
                p.put("DatabaseName", database);
            }
            p.put("SslMode", sslMode);
            if (certificate != null) {
                p.put("CertificateArn", new CertificateRef(role));
            }
            return p;
        }
    }

    /**
     * A replication task; {@code ResourceIdentifier} fixes its CloudWatch dimension.
     *
     * @param step the step that creates it: the forward task, or the reverse task of the fallback
     * @param sourceEndpoint the step of the endpoint it reads
     * @param targetEndpoint the step of the endpoint it writes
     */
    public record TaskSpec(String identifier, String resourceIdentifier, String migrationType, String tableMappings,
            String taskSettings, StepId step, StepId sourceEndpoint, StepId targetEndpoint) implements Resource {

        /** The forward task: source endpoint to target endpoint. */
        public TaskSpec(String identifier, String resourceIdentifier, String migrationType, String tableMappings,
                String taskSettings) {
            this(identifier, resourceIdentifier, migrationType, tableMappings, taskSettings, StepId.REPLICATION_TASK,
                    StepId.SOURCE_ENDPOINT, StepId.TARGET_ENDPOINT);
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ReplicationTaskIdentifier", identifier);
            p.put("ResourceIdentifier", resourceIdentifier);
            p.put("MigrationType", migrationType);
            p.put("ReplicationInstanceArn", new Ref(StepId.REPLICATION_INSTANCE));
            p.put("SourceEndpointArn", new Ref(sourceEndpoint));
            p.put("TargetEndpointArn", new Ref(targetEndpoint));
            p.put("TableMappings", tableMappings);
            p.put("ReplicationTaskSettings", taskSettings);
            return p;
        }
    }

    /**
     * The optional way back after the switch: a PostgreSQL source endpoint on the target database, a MySQL target
     * endpoint on the source database and a CDC-only task between them, created with the rest and started at the
     * cutover's switch step.
     */
    public record FallbackSpec(EndpointSpec source, EndpointSpec target, TaskSpec task) {
    }

    /**
     * A DMS Serverless replication config: the task's mappings and settings with the compute DMS provisions at
     * start, between {@code minCapacityUnits} and {@code maxCapacityUnits}. {@code ResourceIdentifier} fixes the
     * ARN's last part, as for a task.
     */
    public record ReplicationConfigSpec(String identifier, String resourceIdentifier, String replicationType,
            int minCapacityUnits, int maxCapacityUnits, boolean multiAz, List<String> securityGroupIds,
            String tableMappings, String replicationSettings) implements Resource {
        @Override
        public StepId step() {
            return StepId.REPLICATION_CONFIG;
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ReplicationConfigIdentifier", identifier);
            p.put("ResourceIdentifier", resourceIdentifier);
            p.put("ReplicationType", replicationType);
            p.put("SourceEndpointArn", new Ref(StepId.SOURCE_ENDPOINT));
            p.put("TargetEndpointArn", new Ref(StepId.TARGET_ENDPOINT));
            Map<String, Object> compute = new LinkedHashMap<>();
            compute.put("MinCapacityUnits", minCapacityUnits);
            compute.put("MaxCapacityUnits", maxCapacityUnits);
            compute.put("MultiAZ", multiAz);
            compute.put("ReplicationSubnetGroupId", new Ref(StepId.SUBNET_GROUP));
            if (!securityGroupIds.isEmpty()) {
                compute.put("VpcSecurityGroupIds", securityGroupIds);
            }
            p.put("ComputeConfig", compute);
            p.put("TableMappings", tableMappings);
            p.put("ReplicationSettings", replicationSettings);
            return p;
        }
    }
}
