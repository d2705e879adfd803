package org.dmspilot.core.convert.sql;

/**
 * A view as information_schema.VIEWS gives it.
 *
 * @param schema the MySQL database (becomes the PostgreSQL schema of the same name)
 * @param definition VIEW_DEFINITION (a SELECT), or a whole {@code CREATE VIEW} statement from a dump
 * @param checkOption CHECK_OPTION: {@code NONE}, {@code CASCADED} or {@code LOCAL} (null = NONE)
 * @param sqlMode the sql_mode the view was created under (null = default)
 */
public record ViewSource(String schema, String name, String definition, String checkOption, String sqlMode) {
    public static ViewSource of(String schema, String name, String definition) {
        return new ViewSource(schema, name, definition, null, null);
    }

    String qualifiedName() {
        return schema + "." + name;
    }
}
