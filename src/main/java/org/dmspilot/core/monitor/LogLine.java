package org.dmspilot.core.monitor;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a replication's log: when, how severe, and the text as written. DMS task logs carry their severity as
 * a marker after the component ({@code [TARGET_LOAD     ]E:}); the local engine's log as a level word
 * ({@code ERROR}, {@code WARN}).
 */
public record LogLine(Instant at, Level level, String text) {
    private static final Pattern DMS_MARKER = Pattern.compile("\\]([EWIDT]):");
    private static final Pattern LEVEL_WORD = Pattern.compile("\\b(ERROR|WARN|INFO|DEBUG|TRACE)\\b");

    /** Severity, most severe first. */
    public enum Level {
        ERROR, WARNING, INFO, DEBUG;

        /** Whether a line of this level is shown when the filter asks for {@code atLeast}. */
        public boolean atLeast(Level wanted) {
            return ordinal() <= wanted.ordinal();
        }

        /** {@code error}, {@code warn}/{@code warning}, {@code info}, {@code debug}; null for an unknown word. */
        public static Level parse(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "error", "e" -> ERROR;
                case "warn", "warning", "w" -> WARNING;
                case "info", "i" -> INFO;
                case "debug", "trace", "d", "t" -> DEBUG;
                default -> null;
            };
        }
    }

    /** A DMS task log line: the severity from its {@code ]E:} / {@code ]W:} / {@code ]I:} marker (INFO without one). */
    public static LogLine dms(Instant at, String text) {
        Matcher m = DMS_MARKER.matcher(text);
        return new LogLine(at, m.find() ? Level.parse(m.group(1)) : Level.INFO, text.stripTrailing());
    }

    /** A line of the application's own log ({@code 2026-11-24 14:26:18.042 WARN [thread] logger - text}). */
    public static LogLine engine(Instant at, String text) {
        Matcher m = LEVEL_WORD.matcher(text);
        return new LogLine(at, m.find() ? Level.parse(m.group(1)) : Level.INFO, text.stripTrailing());
    }

    /**
     * Whether the line names the table {@code schema.table}, however the log quotes it ({@code 'shop'.'orders'},
     * {@code "shop"."orders"}, {@code `shop`.`orders`} or bare). Case-insensitive.
     */
    public boolean mentions(String qualifiedTable) {
        String bare = text.replaceAll("['\"`]", "").toLowerCase(Locale.ROOT);
        return Pattern.compile("(^|[^\\w$])" + Pattern.quote(qualifiedTable.toLowerCase(Locale.ROOT))
                + "($|[^\\w$])").matcher(bare).find();
    }
}
