package org.dmspilot.core.convert;

import org.dmspilot.model.catalog.Column;

/**
 * How one column is created on the target.
 *
 * @param type the PostgreSQL type (FK columns take their referenced column's type)
 * @param check a CHECK expression on this column, or null
 * @param generatedSql the translated generation expression, or null
 */
record ColumnPlan(Column source, String name, String type, String check, String generatedSql) {
    ColumnPlan withType(String newType) {
        return new ColumnPlan(source, name, newType, check, generatedSql);
    }

    String quoted() {
        return PgNames.quote(name);
    }
}
