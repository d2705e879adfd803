package org.dmspilot.core.engine;

/** How a column's values travel, decided by the converted (target) column type and the source type. */
public enum ValueKind {
    /** Text as it is (numbers, strings, enums, time, year...). */
    TEXT,
    /** tinyint(1) → boolean. */
    BOOLEAN,
    /** binary / blob → bytea. */
    BYTES,
    /** bit(n) → bit(n). */
    BITS,
    /** SET → text[]. */
    SET_ARRAY,
    /** JSON → jsonb / json. */
    JSON,
    /** DATE (zero dates → NULL). */
    DATE,
    /** DATETIME → timestamp (zero dates → NULL). */
    DATETIME,
    /** TIMESTAMP → timestamptz, read in UTC (zero dates → NULL). */
    TIMESTAMPTZ,
    /** TIME → time (a time of day: 00:00:00 to 24:00:00). */
    TIME,
    /** TIME → interval (durations beyond a day or negative, up to ±838:59:59). */
    INTERVAL,
    /** FLOAT / DOUBLE → real / double precision. */
    FLOAT
}
