package org.dmspilot.model.catalog;

/**
 * How a generated column is computed.
 *
 * @param expression the generation expression as the server writes it
 * @param stored STORED (PERSISTENT) when true, VIRTUAL when false
 */
public record GeneratedColumn(String expression, boolean stored) {
}
