package org.dmspilot.model.convert;

/**
 * Something the converter could not convert safely on its own.
 *
 * @param code stable code, documented in docs/conversion.md (e.g. {@code TYPE-UNSIGNED-BIGINT})
 * @param object qualified name of the object, e.g. {@code shop.orders.total}
 * @param line source line (1-based) in the object's DDL or body, 0 when not tied to a line
 * @param column source column (1-based), 0 when not tied to a column
 * @param effortMinutes estimated effort for a human to resolve it
 */
public record ActionItem(String code, Severity severity, String object, int line, int column, String message,
        String recommendation, int effortMinutes) {
}
