package org.dmspilot.model.catalog;

/**
 * A table column.
 *
 * @param position 1-based ordinal position
 * @param columnType the full type as the server writes it, e.g. {@code int(10) unsigned zerofill},
 *     {@code enum('a','b')}, {@code varchar(20)}
 * @param dataType the bare type name in lower case, e.g. {@code int}, {@code varchar}
 * @param length maximum length in characters for character and binary types, else null
 * @param precision numeric precision, else null
 * @param scale numeric scale, else null
 * @param datetimePrecision fractional seconds digits of temporal types, else null
 * @param charset character set of character types, else null
 * @param collation collation of character types, else null
 * @param defaultValue null when the column has no default (NOT NULL without DEFAULT, AUTO_INCREMENT, generated)
 * @param generated null unless a generated column
 * @param onUpdate the ON UPDATE expression (e.g. {@code current_timestamp()}), else null
 */
public record Column(String name, int position, String columnType, String dataType, Long length, Long precision,
        Long scale, Long datetimePrecision, boolean unsigned, boolean zerofill, String charset, String collation,
        boolean nullable, DefaultValue defaultValue, GeneratedColumn generated, boolean invisible, String onUpdate,
        boolean autoIncrement, String comment) {
}
