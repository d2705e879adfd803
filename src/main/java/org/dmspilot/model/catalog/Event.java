package org.dmspilot.model.catalog;

/**
 * A scheduled event.
 *
 * @param recurring EVERY ... when true, AT ... when false
 * @param executeAt the AT time of a one-time event ({@code yyyy-MM-dd HH:mm:ss}), else null
 * @param intervalValue the EVERY amount, e.g. {@code 1}, else null
 * @param intervalField the EVERY unit, e.g. {@code HOUR}, else null
 * @param starts STARTS time of a recurring event, may be null
 * @param ends ENDS time, may be null
 * @param status ENABLED, DISABLED or SLAVESIDE_DISABLED (MySQL 8.4+'s REPLICA_SIDE_DISABLED is read as the latter)
 * @param preserve ON COMPLETION PRESERVE
 */
public record Event(String name, boolean recurring, String executeAt, String intervalValue, String intervalField,
        String starts, String ends, String status, boolean preserve, String body, String sqlMode, String comment,
        String definer) {
}
