package org.dmspilot.model.catalog;

/**
 * A CHECK constraint (MySQL 8.0.16+, MariaDB 10.2+). MariaDB column-level checks are named after their column.
 *
 * @param clause the condition without the outer parentheses
 */
public record CheckConstraint(String name, String clause) {
}
