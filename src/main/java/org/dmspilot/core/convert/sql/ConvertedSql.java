package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.convert.ActionItem;

/**
 * One converted object.
 *
 * @param object qualified source name, e.g. {@code shop.order_totals}
 * @param sql PostgreSQL DDL, statements ending with {@code ;} (function bodies dollar-quoted)
 * @param actionItems what a human must look at; the SQL carries a {@code -- DMS Pilot:} comment at each place
 */
public record ConvertedSql(String object, String sql, List<ActionItem> actionItems) {
    public ConvertedSql {
        actionItems = List.copyOf(actionItems);
    }
}
