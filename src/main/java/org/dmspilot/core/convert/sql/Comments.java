package org.dmspilot.core.convert.sql;

import java.util.stream.Collectors;

/** The {@code -- DMS Pilot:} comments that point a human at what the action items describe. */
final class Comments {
    private Comments() {
    }

    /** Prepends one comment line per action item (object-level items; statement-level ones sit in the body). */
    static String annotate(String sql, Findings findings) {
        String notes = findings.items().stream()
                .map(i -> "-- DMS Pilot: " + i.code() + (i.line() > 0 ? " (line " + i.line() + ")" : "") + ": "
                        + oneLine(i.message()))
                .distinct().collect(Collectors.joining("\n"));
        return notes.isEmpty() ? sql : notes + "\n" + sql;
    }

    /** The original text, commented out, for an object that could not be parsed. */
    static String notConverted(String original, String why) {
        String commented = original.lines().map(l -> "-- " + l).collect(Collectors.joining("\n"));
        return "-- DMS Pilot: not converted: " + oneLine(why) + "\n" + commented + "\n";
    }

    static String oneLine(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
