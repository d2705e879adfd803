package org.dmspilot.core.convert.sql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.model.convert.ActionItem;

/** Collects the action items of one object; positions are made relative to the object's own text. */
final class Findings {
    private final String object;
    private final int lineOffset;
    private final List<ActionItem> items = new ArrayList<>();

    /**
     * @param lineOffset lines of synthetic header before the object's own text (subtracted from token lines)
     */
    Findings(String object, int lineOffset) {
        this.object = object;
        this.lineOffset = lineOffset;
    }

    void add(ActionCode code, ParserRuleContext at, String message) {
        Token start = at == null ? null : at.getStart();
        add(code, start == null ? 0 : start.getLine(), start == null ? -1 : start.getCharPositionInLine(), message);
    }

    void add(ActionCode code, int line, int charPosition, String message) {
        int relative = Math.max(0, line - lineOffset);
        ActionItem item = code.item(object, relative, relative == 0 ? 0 : charPosition + 1, message);
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    String object() {
        return object;
    }

    List<ActionItem> items() {
        return List.copyOf(items);
    }
}
