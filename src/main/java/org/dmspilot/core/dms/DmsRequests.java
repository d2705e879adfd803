package org.dmspilot.core.dms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsResources.EndpointSpec;
import org.dmspilot.core.dms.DmsResources.PasswordRef;
import org.dmspilot.core.dms.DmsResources.Ref;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.model.ConnectionRole;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;
import software.amazon.awssdk.services.databasemigration.model.CreateEndpointRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationInstanceRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationSubnetGroupRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.MySQLSettings;
import software.amazon.awssdk.services.databasemigration.model.PostgreSQLSettings;
import software.amazon.awssdk.services.databasemigration.model.Tag;

/**
 * Builds the DMS create requests from a resource's {@link Resource#properties()}, with references resolved to ARNs
 * and passwords filled in. Every property must be consumed, so the API path sends exactly what the exports declare.
 */
final class DmsRequests {
    private final Function<StepId, String> refs;
    private final Function<ConnectionRole, String> passwords;
    private final List<Tag> tags;
    private final Map<ConnectionRole, String> certificates = new java.util.EnumMap<>(ConnectionRole.class);

    DmsRequests(Function<StepId, String> refs, Function<ConnectionRole, String> passwords, Map<String, String> tags) {
        this.refs = refs;
        this.passwords = passwords;
        this.tags = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
    }

    /** Remembers the ARN of the CA certificate imported for one side. */
    void certificate(ConnectionRole role, String arn) {
        certificates.put(role, arn);
    }

    /** The ARN (or identifier) another step produced. */
    String ref(StepId step) {
        return refs.apply(step);
    }

    CreateReplicationSubnetGroupRequest subnetGroup(Resource r) {
        Props p = props(r);
        CreateReplicationSubnetGroupRequest req = CreateReplicationSubnetGroupRequest.builder()
                .replicationSubnetGroupIdentifier(p.string("ReplicationSubnetGroupIdentifier"))
                .replicationSubnetGroupDescription(p.string("ReplicationSubnetGroupDescription"))
                .subnetIds(p.list("SubnetIds")).tags(tags).build();
        return p.allUsed(req);
    }

    CreateReplicationInstanceRequest instance(Resource r) {
        Props p = props(r);
        CreateReplicationInstanceRequest req = CreateReplicationInstanceRequest.builder()
                .replicationInstanceIdentifier(p.string("ReplicationInstanceIdentifier"))
                .replicationInstanceClass(p.string("ReplicationInstanceClass"))
                .allocatedStorage((Integer) p.get("AllocatedStorage"))
                .multiAZ((Boolean) p.get("MultiAZ"))
                .publiclyAccessible((Boolean) p.get("PubliclyAccessible"))
                .engineVersion(p.string("EngineVersion"))
                .replicationSubnetGroupIdentifier(p.string("ReplicationSubnetGroupIdentifier"))
                .vpcSecurityGroupIds(p.list("VpcSecurityGroupIds")).tags(tags).build();
        return p.allUsed(req);
    }

    CreateEndpointRequest endpoint(EndpointSpec r) {
        Props p = props(r);
        Map<String, Object> mysql = p.map("MySQLSettings");
        Map<String, Object> postgres = p.map("PostgreSQLSettings");
        CreateEndpointRequest.Builder b = CreateEndpointRequest.builder()
                .endpointIdentifier(p.string("EndpointIdentifier"))
                .endpointType(p.string("EndpointType"))
                .engineName(p.string("EngineName"))
                .serverName(p.string("ServerName"))
                .port((Integer) p.get("Port"))
                .username(p.string("Username"))
                .password(p.string("Password"))
                .databaseName(p.string("DatabaseName"))
                .sslMode(p.string("SslMode")).certificateArn(p.string("CertificateArn")).tags(tags);
        if (mysql != null) {
            b.mySQLSettings(MySQLSettings.builder()
                    .secretsManagerAccessRoleArn((String) mysql.get("SecretsManagerAccessRoleArn"))
                    .secretsManagerSecretId((String) mysql.get("SecretsManagerSecretId"))
                    .targetDbType((String) mysql.get("TargetDbType")).build());
        }
        if (postgres != null) {
            b.postgreSQLSettings(PostgreSQLSettings.builder()
                    .secretsManagerAccessRoleArn((String) postgres.get("SecretsManagerAccessRoleArn"))
                    .secretsManagerSecretId((String) postgres.get("SecretsManagerSecretId"))
                    .pluginName((String) postgres.get("PluginName"))
                    .captureDdls((Boolean) postgres.get("CaptureDdls"))
                    .heartbeatEnable((Boolean) postgres.get("HeartbeatEnable"))
                    .heartbeatFrequency((Integer) postgres.get("HeartbeatFrequency")).build());
        }
        return p.allUsed(b.build());
    }

    CreateReplicationTaskRequest task(Resource r) {
        Props p = props(r);
        CreateReplicationTaskRequest req = CreateReplicationTaskRequest.builder()
                .replicationTaskIdentifier(p.string("ReplicationTaskIdentifier"))
                .resourceIdentifier(p.string("ResourceIdentifier"))
                .migrationType(p.string("MigrationType"))
                .replicationInstanceArn(p.string("ReplicationInstanceArn"))
                .sourceEndpointArn(p.string("SourceEndpointArn"))
                .targetEndpointArn(p.string("TargetEndpointArn"))
                .tableMappings(p.string("TableMappings"))
                .replicationTaskSettings(p.string("ReplicationTaskSettings")).tags(tags).build();
        return p.allUsed(req);
    }

    CreateReplicationConfigRequest replicationConfig(Resource r) {
        Props p = props(r);
        Map<String, Object> compute = p.map("ComputeConfig");
        CreateReplicationConfigRequest req = CreateReplicationConfigRequest.builder()
                .replicationConfigIdentifier(p.string("ReplicationConfigIdentifier"))
                .resourceIdentifier(p.string("ResourceIdentifier"))
                .replicationType(p.string("ReplicationType"))
                .sourceEndpointArn(p.string("SourceEndpointArn"))
                .targetEndpointArn(p.string("TargetEndpointArn"))
                .computeConfig(ComputeConfig.builder()
                        .minCapacityUnits((Integer) compute.get("MinCapacityUnits"))
                        .maxCapacityUnits((Integer) compute.get("MaxCapacityUnits"))
                        .multiAZ((Boolean) compute.get("MultiAZ"))
                        .replicationSubnetGroupId((String) compute.get("ReplicationSubnetGroupId"))
                        .vpcSecurityGroupIds(list(compute.get("VpcSecurityGroupIds"))).build())
                .tableMappings(p.string("TableMappings"))
                .replicationSettings(p.string("ReplicationSettings")).tags(tags).build();
        return p.allUsed(req);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return (List<String>) value;
    }

    private Props props(Resource r) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        r.properties().forEach((k, v) -> resolved.put(k, resolve(v)));
        return new Props(resolved);
    }

    @SuppressWarnings("unchecked")
    private Object resolve(Object value) {
        if (value instanceof Ref ref) {
            return refs.apply(ref.step());
        }
        if (value instanceof DmsResources.CertificateRef cert) {
            String arn = certificates.get(cert.role());
            if (arn == null) {
                throw new DmsPilotException("Internal error: the " + cert.role() + " CA certificate is not imported.");
            }
            return arn;
        }
        if (value instanceof PasswordRef pw) {
            return passwords.apply(pw.role());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, resolve(v)));
            return out;
        }
        return value;
    }

    /** Property access that remembers which members were read. */
    private static final class Props {
        private final Map<String, Object> values;
        private final Set<String> used = new HashSet<>();

        Props(Map<String, Object> values) {
            this.values = values;
        }

        Object get(String key) {
            used.add(key);
            return values.get(key);
        }

        String string(String key) {
            return (String) get(key);
        }

        @SuppressWarnings("unchecked")
        List<String> list(String key) {
            return (List<String>) get(key);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            return (Map<String, Object>) get(key);
        }

        <T> T allUsed(T request) {
            Set<String> left = new HashSet<>(values.keySet());
            left.removeAll(used);
            if (!left.isEmpty()) {
                throw new DmsPilotException("Internal error: the API request ignores plan settings " + left);
            }
            return request;
        }
    }
}
