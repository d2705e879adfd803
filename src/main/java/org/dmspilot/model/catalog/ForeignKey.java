package org.dmspilot.model.catalog;

import java.util.List;

/**
 * A foreign key.
 *
 * @param onDelete RESTRICT, CASCADE, SET NULL, NO ACTION or SET DEFAULT
 * @param onUpdate same values as onDelete
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns, String onDelete, String onUpdate) {
    public ForeignKey {
        columns = Lists.copy(columns);
        referencedColumns = Lists.copy(referencedColumns);
    }
}
