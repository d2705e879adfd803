package org.dmspilot.core.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/** How objects fall into complexity buckets and what they cost; the method is written into the report. */
final class EffortModel {
    /** Review-and-test minutes per object, whatever its action items. */
    static final Map<ObjectCategory, Integer> BASE_MINUTES = new EnumMap<>(Map.of(
            ObjectCategory.SCHEMA, 5, ObjectCategory.TABLE, 2, ObjectCategory.VIEW, 5,
            ObjectCategory.FUNCTION, 10, ObjectCategory.PROCEDURE, 15, ObjectCategory.TRIGGER, 10,
            ObjectCategory.EVENT, 10));
    static final int SIMPLE_MAX_MINUTES = 30;
    static final int MEDIUM_MAX_MINUTES = 120;
    /** Effort for an object the converter neither converted nor flagged (e.g. an event). */
    static final int UNHANDLED_MINUTES = 60;

    private EffortModel() {
    }

    static Complexity complexity(List<ActionItem> items) {
        List<ActionItem> actionable = items.stream().filter(i -> i.severity() != Severity.INFO).toList();
        if (actionable.isEmpty()) {
            return Complexity.AUTOMATIC;
        }
        int minutes = actionable.stream().mapToInt(ActionItem::effortMinutes).sum();
        boolean critical = actionable.stream().anyMatch(i -> i.severity() == Severity.CRITICAL);
        boolean high = actionable.stream().anyMatch(i -> i.severity() == Severity.HIGH);
        if (critical || minutes > MEDIUM_MAX_MINUTES) {
            return Complexity.COMPLEX;
        }
        return high || minutes > SIMPLE_MAX_MINUTES ? Complexity.MEDIUM : Complexity.SIMPLE;
    }

    static String method() {
        StringBuilder base = new StringBuilder();
        BASE_MINUTES.forEach((c, m) -> base.append(base.isEmpty() ? "" : ", ")
                .append(c.displayName().toLowerCase(java.util.Locale.ROOT)).append(' ').append(m).append(" min"));
        return "Effort = a base per object for review and testing (" + base + ") plus the effort of each action "
                + "item as the converter estimates it. An object is converted automatically when its conversion "
                + "raised nothing above info; simple when its action items are low or medium and add up to at most "
                + SIMPLE_MAX_MINUTES + " min; medium when they add up to at most " + MEDIUM_MAX_MINUTES
                + " min and none is critical; complex otherwise. An object the converter neither converted nor "
                + "flagged (such as an event: PostgreSQL has no event scheduler) is complex and counts "
                + UNHANDLED_MINUTES + " min. Lines of code are the lines of each object's "
                + "source DDL (tables as SHOW CREATE TABLE would write them).";
    }
}
