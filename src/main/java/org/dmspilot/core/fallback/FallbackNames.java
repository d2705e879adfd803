package org.dmspilot.core.fallback;

import java.util.Locale;

/** The names the fallback gives its PostgreSQL objects: one publication and one slot per migrated schema. */
final class FallbackNames {
    /** Prefix of the logical messages the tool writes into PostgreSQL's WAL (drain markers). */
    static final String MESSAGE_PREFIX = "dmspilot-fallback";

    private FallbackNames() {
    }

    /** {@code dmspilot_fallback_<schema>}: lower case letters, digits and underscores, at most 63 bytes. */
    static String of(String pgSchema) {
        String clean = pgSchema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "dmspilot_fallback_" + clean;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
