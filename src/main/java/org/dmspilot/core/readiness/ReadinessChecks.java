package org.dmspilot.core.readiness;

import java.util.List;

/** The readiness table: every check, its id (AWS DMS assessment names where they overlap) and why it matters. */
final class ReadinessChecks {
    static final List<CheckDefinition> ALL = List.of(
            new CheckDefinition("supported-version", "Supported source version",
                    "DMS Pilot and AWS DMS read MySQL 5.7+ and MariaDB 10.2+; older servers lack the catalog and "
                            + "binlog features CDC relies on.", ServerChecks::supportedVersion),
            new CheckDefinition("binlog-enabled", "Binary log enabled",
                    "Change data capture reads the binary log; without it only a full load is possible.",
                    ServerChecks::binlogEnabled),
            new CheckDefinition("binlog-format", "Binary log format ROW",
                    "CDC needs row images; STATEMENT or MIXED logs carry SQL text that cannot be replayed "
                            + "safely.", ServerChecks::binlogFormat),
            new CheckDefinition("binlog-image", "Full row image",
                    "With MINIMAL or NOBLOB images, updates miss the columns that did not change and the target "
                            + "row cannot be rebuilt.", ServerChecks::binlogImage),
            new CheckDefinition("binlog-retention", "Binary log retention of 24 hours or more",
                    "If the server purges binary logs before CDC reads them (during the full load or an outage), "
                            + "the task fails and must restart from scratch.", ServerChecks::binlogRetention),
            new CheckDefinition("server-id", "Server id set",
                    "A server with server_id 0 refuses replication clients.", ServerChecks::serverId),
            new CheckDefinition("replication-privileges", "Replication privileges",
                    "Reading the binary log needs REPLICATION SLAVE and REPLICATION CLIENT (MariaDB 10.5+: "
                            + "BINLOG MONITOR).", ServerChecks::replicationPrivileges),
            new CheckDefinition("select-privileges", "SELECT on the migrated schemas",
                    "The full load and validation read every table; views, triggers and events need SHOW VIEW, "
                            + "TRIGGER and EVENT to be read.", ServerChecks::selectPrivileges),
            new CheckDefinition("table-storage-engine", "InnoDB tables",
                    "Non-transactional engines (MyISAM, MEMORY, ARIA) have no consistent snapshot, so the full "
                            + "load and CDC can disagree.", TableChecks::storageEngine),
            new CheckDefinition("tables-without-primary-key", "Primary keys",
                    "Without a primary key, updates and deletes are applied by matching whole rows: slow, and "
                            + "wrong when rows repeat.", TableChecks::withoutPrimaryKey),
            new CheckDefinition("lob-without-primary-key", "LOB columns need a primary key",
                    "AWS DMS looks LOB values up by primary key; tables with TEXT/BLOB/JSON and no primary key "
                            + "lose their LOB data in CDC.", TableChecks::lobWithoutPrimaryKey),
            new CheckDefinition("generated-columns", "Generated columns",
                    "Generated columns are computed on the target, not replicated; their expressions must "
                            + "convert to PostgreSQL.", TableChecks::generatedColumns),
            new CheckDefinition("partitioned-tables", "Partitioned tables",
                    "Partitioning does not migrate by itself; the PostgreSQL scheme is planned separately.",
                    TableChecks::partitionedTables),
            new CheckDefinition("unsupported-data-types", "Data types AWS DMS cannot migrate",
                    "AWS DMS skips spatial types for PostgreSQL targets.", TableChecks::unsupportedDataTypes),
            new CheckDefinition("zero-dates-in-data", "Zero dates in the data",
                    "PostgreSQL has no '0000-00-00'; rows holding zero dates fail to load unless they are mapped.",
                    TableChecks::zeroDates),
            new CheckDefinition("snapshot-lock", "Consistent start of full load + CDC",
                    "The full load's snapshot must be tied to a binlog position: on MySQL a brief FLUSH TABLES WITH"
                            + " READ LOCK (RELOAD); without it the start is refused rather than losing the rows"
                            + " written meanwhile.", CdcChecks::snapshotLock),
            new CheckDefinition("binlog-row-value-options", "Partial JSON updates",
                    "With binlog_row_value_options = PARTIAL_JSON MySQL logs JSON changes as diffs; CDC applies"
                            + " them to the whole before image, so the row image must be FULL.",
                    CdcChecks::partialJson),
            new CheckDefinition("binlog-transaction-compression", "Compressed binlog transactions",
                    "MySQL can compress each transaction in the binlog (zstd); CDC must decode them or lose them.",
                    CdcChecks::compression),
            new CheckDefinition("gtid-mode", "GTIDs",
                    "With gtid_mode ON the checkpoint records the executed GTID set, so CDC resumes after its"
                            + " binlog file was purged or on a promoted replica.", CdcChecks::gtids),
            new CheckDefinition("binlog-row-metadata", "Binlog row metadata",
                    "Binlog rows carry values by position; CDC decodes them with the column lists it records.",
                    CdcChecks::rowMetadata),
            new CheckDefinition("time-out-of-range", "TIME values PostgreSQL can store",
                    "MySQL's TIME spans -838:59:59 to 838:59:59, PostgreSQL's time 00:00:00 to 24:00:00.",
                    CdcChecks::longTimes),
            new CheckDefinition("max-allowed-packet", "max_allowed_packet of 64 MB or more",
                    "Large rows and LOBs fail to replicate when they exceed max_allowed_packet.",
                    ServerChecks::maxAllowedPacket),
            new CheckDefinition("too-many-tables", "Number of tables per task",
                    "Very large table counts slow AWS DMS tasks down; split them above " + TableChecks.MAX_TABLES
                            + " tables.", TableChecks::tooManyTables));

    private ReadinessChecks() {
    }
}
