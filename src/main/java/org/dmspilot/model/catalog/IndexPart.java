package org.dmspilot.model.catalog;

/**
 * One key part of an index.
 *
 * @param column the column, null for a functional part
 * @param prefixLength the prefix length of {@code col(n)}, else null
 * @param expression the expression of a functional key part (MySQL 8.0.13+), else null
 * @param descending DESC key part
 */
public record IndexPart(String column, Integer prefixLength, String expression, boolean descending) {
    public static IndexPart of(String column) {
        return new IndexPart(column, null, null, false);
    }
}
