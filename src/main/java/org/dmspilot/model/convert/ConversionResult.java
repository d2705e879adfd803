package org.dmspilot.model.convert;

import java.util.List;

/** A converted schema: the statements in the order to run them, and what a human must look at. */
public record ConversionResult(List<ConvertedStatement> statements, List<ActionItem> actionItems) {
    public ConversionResult {
        statements = List.copyOf(statements);
        actionItems = List.copyOf(actionItems);
    }
}
