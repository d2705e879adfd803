package org.dmspilot.model.convert;

/**
 * One statement of the converted schema.
 *
 * @param object qualified name of the source object it comes from (e.g. {@code shop.orders})
 * @param sql the PostgreSQL statement, without the trailing semicolon
 */
public record ConvertedStatement(Stage stage, String object, String sql) {
}
