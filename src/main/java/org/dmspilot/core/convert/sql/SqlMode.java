package org.dmspilot.core.convert.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a MySQL {@code sql_mode} that change how SQL text reads.
 *
 * @param ansiQuotes {@code "x"} is an identifier, not a string
 * @param pipesAsConcat {@code ||} concatenates instead of meaning OR
 * @param noBackslashEscapes backslash is an ordinary character in strings
 * @param zeroDateRefused strict mode with NO_ZERO_DATE (MySQL 8+'s default, not MariaDB's): storing the zero date in
 *     a DATETIME/DATE variable or column is an error
 */
public record SqlMode(boolean ansiQuotes, boolean pipesAsConcat, boolean noBackslashEscapes,
        boolean zeroDateRefused) {

    /** No flag that changes how text reads, zero dates accepted (a routine without a recorded sql_mode). */
    public static final SqlMode DEFAULT = new SqlMode(false, false, false, false);

    /** Reads a sql_mode value as @@sql_mode or information_schema.ROUTINES.SQL_MODE gives it; null = default. */
    public static SqlMode parse(String sqlMode) {
        if (sqlMode == null || sqlMode.isBlank()) {
            return DEFAULT;
        }
        Set<String> flags = Arrays.stream(sqlMode.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        boolean ansi = flags.contains("ANSI");
        boolean traditional = flags.contains("TRADITIONAL");
        boolean strict = traditional || flags.contains("STRICT_TRANS_TABLES") || flags.contains("STRICT_ALL_TABLES");
        return new SqlMode(ansi || flags.contains("ANSI_QUOTES"), ansi || flags.contains("PIPES_AS_CONCAT"),
                flags.contains("NO_BACKSLASH_ESCAPES"), strict && (traditional || flags.contains("NO_ZERO_DATE")));
    }
}
