package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bulk information_schema query, declared as data: the tables it reads (by alias), the columns it wants, and the
 * schema filter. Columns the server does not have (older versions) are selected as {@code NULL}, so one declaration
 * serves MySQL 5.7 to 8.4 and MariaDB 10.x to 11.x.
 *
 * @param kind the object kind it reads, for progress messages and the result map
 * @param aliases alias → information_schema table, for the capability check
 * @param from the FROM clause (table names without the information_schema prefix, which is added)
 * @param schemaColumn the column filtered by the selected schemas
 * @param where extra condition, may be empty
 * @param orderBy ORDER BY list
 * @param columns {@code alias.COLUMN} entries; the row label is the COLUMN part
 * @param requires {@code TABLE.COLUMN} or {@code TABLE} entries that must exist for the query to run at all
 * @param excludes entries that must NOT exist (to pick between two variants)
 */
record InfoQuery(String kind, Map<String, String> aliases, String from, String schemaColumn, String where,
        String orderBy, List<String> columns, Set<String> requires, Set<String> excludes) {

    /** Whether the server has what this query needs. */
    boolean runsOn(Set<String> capabilities) {
        return capabilities.containsAll(requires) && Collections.disjoint(capabilities, excludes);
    }

    /** The SQL for these capabilities and this many schemas ({@code ?} placeholders). */
    String sql(Set<String> capabilities, int schemaCount) {
        List<String> select = new ArrayList<>();
        for (String column : columns) {
            String alias = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            boolean present = capabilities.contains(aliases.get(alias) + "." + name);
            select.add((present ? column : "NULL") + " AS " + name);
        }
        String fromClause = from;
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            fromClause = fromClause.replace("{" + e.getKey() + "}",
                    "information_schema." + e.getValue() + " " + e.getKey());
        }
        String placeholders = String.join(",", Collections.nCopies(Math.max(1, schemaCount), "?"));
        return "SELECT " + String.join(", ", select) + " FROM " + fromClause + " WHERE " + schemaColumn + " IN ("
                + placeholders + ")" + (where.isEmpty() ? "" : " AND " + where) + " ORDER BY " + orderBy;
    }

    /** A copy with other capability conditions. */
    InfoQuery requiring(Set<String> newRequires, Set<String> newExcludes) {
        return new InfoQuery(kind, aliases, from, schemaColumn, where, orderBy, columns, newRequires, newExcludes);
    }
}
