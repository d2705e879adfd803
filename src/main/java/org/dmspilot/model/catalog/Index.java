package org.dmspilot.model.catalog;

import java.util.List;

/**
 * An index as information_schema.STATISTICS lists it (PRIMARY included).
 *
 * @param type BTREE, HASH, FULLTEXT, SPATIAL (or RTREE)
 * @param parts in sequence order
 * @param visible false for MySQL INVISIBLE / MariaDB IGNORED indexes
 */
public record Index(String name, boolean primary, boolean unique, String type, List<IndexPart> parts,
        String comment, boolean visible) {
    public Index {
        parts = Lists.copy(parts);
    }

    /** The column names of the parts (expression parts give null). */
    public List<String> columnNames() {
        return parts.stream().map(IndexPart::column).toList();
    }
}
