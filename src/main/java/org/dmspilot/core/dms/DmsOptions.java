package org.dmspilot.core.dms;

import java.util.List;

/**
 * What the user chose in the wizard (or on the command line) for an AWS DMS migration. Everything else in the plan
 * is derived from the project and these choices.
 *
 * @param region AWS region, e.g. {@code eu-west-1}
 * @param subnetIds at least two subnets in different Availability Zones
 * @param securityGroupIds VPC security groups of the replication instance (may be empty: the VPC default)
 * @param instanceClass e.g. {@code dms.t3.medium} for trials, {@code dms.r6i.large} for production
 * @param allocatedStorageGb replication instance storage
 * @param multiAz standby in a second AZ (recommended for production)
 * @param engineVersion DMS engine version, null for the service default
 * @param migrationType full load, CDC, or both
 * @param useSecretsManager keep the endpoint credentials in Secrets Manager instead of in the endpoints
 * @param schemaPrecreated the converted schema was applied to the target: DMS must not create tables
 * @param lobMode how DMS copies LOB columns (JSON and TEXT are LOBs)
 * @param lobMaxSizeKb largest LOB kept in {@link LobMode#LIMITED} mode
 * @param createIamRoles create {@code dms-vpc-role} and {@code dms-cloudwatch-logs-role} when missing
 * @param targetEngine {@code aurora-postgresql} or {@code postgres}; null to follow the target connection
 * @param tables selection as {@code schema.table} patterns ({@code %} wildcard); empty means the whole source database
 * @param sourceTls TLS of the source endpoint; null to follow the source connection
 * @param targetTls TLS of the target endpoint; null to follow the target connection
 * @param serverless DMS Serverless capacity: a replication config instead of an instance and a task; null for a
 *     replication instance (then {@code multiAz} and {@code securityGroupIds} apply to the serverless compute alike)
 * @param notifyEmail where an SNS topic subscribed to the task's DMS events (failure, state change) sends e-mail;
 *     null for no notifications
 */
public record DmsOptions(String region, List<String> subnetIds, List<String> securityGroupIds, String instanceClass,
        int allocatedStorageGb, boolean multiAz, String engineVersion, MigrationType migrationType,
        boolean useSecretsManager, boolean schemaPrecreated, LobMode lobMode, int lobMaxSizeKb,
        boolean createIamRoles, String targetEngine, List<String> tables, EndpointTls sourceTls,
        EndpointTls targetTls, ServerlessCapacity serverless, String notifyEmail) {

    /** Options without e-mail notifications. */
    public DmsOptions(String region, List<String> subnetIds, List<String> securityGroupIds, String instanceClass,
            int allocatedStorageGb, boolean multiAz, String engineVersion, MigrationType migrationType,
            boolean useSecretsManager, boolean schemaPrecreated, LobMode lobMode, int lobMaxSizeKb,
            boolean createIamRoles, String targetEngine, List<String> tables, EndpointTls sourceTls,
            EndpointTls targetTls, ServerlessCapacity serverless) {
        this(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz, engineVersion,
                migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb, createIamRoles,
                targetEngine, tables, sourceTls, targetTls, serverless, null);
    }

    /** The same options with e-mail notifications of the task's failures and state changes (null: none). */
    public DmsOptions withNotifyEmail(String email) {
        return new DmsOptions(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz,
                engineVersion, migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb,
                createIamRoles, targetEngine, tables, sourceTls, targetTls, serverless,
                email == null || email.isBlank() ? null : email.strip());
    }

    /** Options for a replication instance (no serverless capacity). */
    public DmsOptions(String region, List<String> subnetIds, List<String> securityGroupIds, String instanceClass,
            int allocatedStorageGb, boolean multiAz, String engineVersion, MigrationType migrationType,
            boolean useSecretsManager, boolean schemaPrecreated, LobMode lobMode, int lobMaxSizeKb,
            boolean createIamRoles, String targetEngine, List<String> tables, EndpointTls sourceTls,
            EndpointTls targetTls) {
        this(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz, engineVersion,
                migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb, createIamRoles,
                targetEngine, tables, sourceTls, targetTls, null);
    }

    /**
     * DMS Serverless capacity in DMS capacity units (DCU, 1 DCU = 2 GB of memory): DMS sizes the replication between
     * the two after measuring the source.
     */
    public record ServerlessCapacity(int minCapacityUnits, int maxCapacityUnits) {
        /** The capacity values DMS accepts. */
        public static final List<Integer> UNITS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384);

        /** @throws org.dmspilot.core.DmsPilotException for a value DMS does not accept or min above max */
        public ServerlessCapacity {
            if (!UNITS.contains(maxCapacityUnits) || minCapacityUnits != 0 && !UNITS.contains(minCapacityUnits)) {
                throw new org.dmspilot.core.DmsPilotException("DMS Serverless capacity units are one of " + UNITS
                        + ": min " + minCapacityUnits + ", max " + maxCapacityUnits + " given.");
            }
            if (minCapacityUnits > maxCapacityUnits) {
                throw new org.dmspilot.core.DmsPilotException("The minimum capacity (" + minCapacityUnits
                        + " DCU) is above the maximum (" + maxCapacityUnits + " DCU).");
            }
        }
    }

    public boolean onServerless() {
        return serverless != null;
    }

    /** The same options on DMS Serverless with this capacity (null: back to a replication instance). */
    public DmsOptions withServerless(ServerlessCapacity capacity) {
        return new DmsOptions(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz,
                engineVersion, migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb,
                createIamRoles, targetEngine, tables, sourceTls, targetTls, capacity, notifyEmail);
    }

    /** Instance class suggested for a trial run. */
    public static final String TRIAL_INSTANCE_CLASS = "dms.t3.medium";

    public DmsOptions {
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        tables = tables == null ? List.of() : List.copyOf(tables);
        instanceClass = instanceClass == null || instanceClass.isBlank() ? TRIAL_INSTANCE_CLASS : instanceClass;
        allocatedStorageGb = allocatedStorageGb <= 0 ? 50 : allocatedStorageGb;
        migrationType = migrationType == null ? MigrationType.FULL_LOAD_AND_CDC : migrationType;
        lobMode = lobMode == null ? LobMode.FULL : lobMode;
        lobMaxSizeKb = lobMaxSizeKb <= 0 ? 64 : lobMaxSizeKb;
    }

    /** Options whose endpoints follow the connections' TLS settings. */
    public DmsOptions(String region, List<String> subnetIds, List<String> securityGroupIds, String instanceClass,
            int allocatedStorageGb, boolean multiAz, String engineVersion, MigrationType migrationType,
            boolean useSecretsManager, boolean schemaPrecreated, LobMode lobMode, int lobMaxSizeKb,
            boolean createIamRoles, String targetEngine, List<String> tables) {
        this(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz, engineVersion,
                migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb, createIamRoles,
                targetEngine, tables, null, null);
    }

    /** Defaults for a region and subnets: trial class, 50 GB, single AZ, full load + CDC, schema pre-created. */
    public static DmsOptions defaults(String region, List<String> subnetIds) {
        return new DmsOptions(region, subnetIds, List.of(), null, 0, false, null, null, false, true, null, 0, true,
                null, List.of());
    }

    public DmsOptions withSecretsManager(boolean use) {
        return new DmsOptions(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz,
                engineVersion, migrationType, use, schemaPrecreated, lobMode, lobMaxSizeKb, createIamRoles,
                targetEngine, tables, sourceTls, targetTls, serverless, notifyEmail);
    }

    public DmsOptions withCreateIamRoles(boolean create) {
        return new DmsOptions(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz,
                engineVersion, migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb, create,
                targetEngine, tables, sourceTls, targetTls, serverless, notifyEmail);
    }

    /** The same options with these endpoint TLS choices (null: follow the connection). */
    public DmsOptions withTls(EndpointTls source, EndpointTls target) {
        return new DmsOptions(region, subnetIds, securityGroupIds, instanceClass, allocatedStorageGb, multiAz,
                engineVersion, migrationType, useSecretsManager, schemaPrecreated, lobMode, lobMaxSizeKb,
                createIamRoles, targetEngine, tables, source, target, serverless, notifyEmail);
    }

    /** DMS migration types, with their API values. */
    public enum MigrationType {
        FULL_LOAD("full-load"), CDC("cdc"), FULL_LOAD_AND_CDC("full-load-and-cdc");

        private final String apiValue;

        MigrationType(String apiValue) {
            this.apiValue = apiValue;
        }

        public String apiValue() {
            return apiValue;
        }

        /** The type with this API value ({@code full-load}...), full load + CDC when unknown. */
        public static MigrationType of(String apiValue) {
            return java.util.Arrays.stream(values()).filter(t -> t.apiValue.equals(apiValue)).findFirst()
                    .orElse(FULL_LOAD_AND_CDC);
        }
    }

    /**
     * TLS of an endpoint as DMS names it.
     *
     * @param sslMode {@code none}, {@code require}, {@code verify-ca} or {@code verify-full}
     * @param caFile PEM file of the CA that signed the server certificate (imported into DMS); needed by the verify
     *     modes
     */
    public record EndpointTls(String sslMode, String caFile) {
        /** The SSL modes DMS supports for MySQL and PostgreSQL endpoints. */
        public static final List<String> MODES = List.of("none", "require", "verify-ca", "verify-full");

        public boolean verifies() {
            return sslMode != null && sslMode.startsWith("verify");
        }
    }

    /** How LOB columns are copied: FULL never truncates; LIMITED truncates above {@code lobMaxSizeKb}. */
    public enum LobMode { FULL, LIMITED }
}
