package org.dmspilot.model.convert;

/**
 * Choices a DBA makes about the conversion; stored with the project.
 *
 * @param enumStrategy ENUM columns as a PostgreSQL enum type, or as text with a CHECK
 * @param tinyintOneAsBoolean {@code tinyint(1)} becomes boolean when the data allows it (only 0, 1, NULL)
 * @param caseInsensitive how {@code _ci} collations are kept
 */
public record ConversionOptions(EnumStrategy enumStrategy, boolean tinyintOneAsBoolean,
        CaseInsensitive caseInsensitive) {

    /** ENUM as an enum type (identical label sets share one) or as text + CHECK. */
    public enum EnumStrategy { ENUM_TYPE, CHECK_CONSTRAINT }

    /** {@code _ci} collations as a nondeterministic ICU collation, as citext, or dropped (case-sensitive). */
    public enum CaseInsensitive { ICU_COLLATION, CITEXT, IGNORE }

    public static ConversionOptions defaults() {
        return new ConversionOptions(EnumStrategy.ENUM_TYPE, true, CaseInsensitive.IGNORE);
    }
}
