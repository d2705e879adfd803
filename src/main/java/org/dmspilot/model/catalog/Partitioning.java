package org.dmspilot.model.catalog;

import java.util.List;

/**
 * How a table is partitioned.
 *
 * @param method RANGE, LIST, HASH, KEY, RANGE COLUMNS, LIST COLUMNS, LINEAR HASH, LINEAR KEY, SYSTEM_TIME
 * @param expression the partitioning expression or column list, without outer parentheses
 * @param subpartitionMethod null when not subpartitioned
 */
public record Partitioning(String method, String expression, String subpartitionMethod,
        String subpartitionExpression, List<Partition> partitions) {
    public Partitioning {
        partitions = Lists.copy(partitions);
    }

    /**
     * One partition.
     *
     * @param description the VALUES LESS THAN / IN bound, null for HASH and KEY
     */
    public record Partition(String name, String description) {
    }
}
