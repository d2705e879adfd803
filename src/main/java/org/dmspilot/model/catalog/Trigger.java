package org.dmspilot.model.catalog;

/**
 * A trigger.
 *
 * @param order 1-based order among the table's triggers with the same timing and event
 * @param body the statement after {@code FOR EACH ROW}
 */
public record Trigger(String name, String table, Timing timing, RowEvent event, int order, String body,
        String sqlMode, String definer) {
    /** BEFORE or AFTER. */
    public enum Timing {
        BEFORE, AFTER
    }

    /** The row event that fires the trigger. */
    public enum RowEvent {
        INSERT, UPDATE, DELETE
    }
}
