package org.dmspilot.core.report;

import java.util.List;

/**
 * What AWS DMS needs to be told or will do badly, read from the catalog and the conversion.
 *
 * @param lobColumns every column DMS migrates as a LOB, with the LOB mode it needs
 * @param lobMode the task-level LOB setting that serves every LOB column
 * @param tablesWithoutPrimaryKey qualified names; DMS cannot validate them and applies CDC to them slowly
 * @param unsupportedTypes columns whose type DMS or PostgreSQL cannot take as is
 * @param instanceClass suggested replication instance class
 * @param instanceReason why that class
 */
public record DmsConsiderations(List<LobColumn> lobColumns, String lobMode, List<String> tablesWithoutPrimaryKey,
        List<TypeIssue> unsupportedTypes, String instanceClass, String instanceReason) {
    public DmsConsiderations {
        lobColumns = List.copyOf(lobColumns);
        tablesWithoutPrimaryKey = List.copyOf(tablesWithoutPrimaryKey);
        unsupportedTypes = List.copyOf(unsupportedTypes);
    }

    /**
     * @param column {@code schema.table.column}
     * @param type the MySQL column type
     * @param maxBytes the type's largest value in bytes
     * @param mode the LOB mode this column needs
     */
    public record LobColumn(String column, String type, long maxBytes, String mode) {
    }

    /** A column type that needs a decision. */
    public record TypeIssue(String column, String type, String issue) {
    }
}
