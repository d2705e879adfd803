package org.dmspilot.core.convert;

/** What the data says about a column (asked of a live source); {@link #NONE} for a dump. */
@FunctionalInterface
public interface FactsSource {
    FactsSource NONE = (table, column) -> ColumnFacts.UNKNOWN;

    ColumnFacts facts(String table, String column);
}
