package org.dmspilot.core.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.model.Engine;

/**
 * A MySQL or MariaDB server version, parsed from {@code SELECT VERSION()} (or a dump header).
 *
 * @param engine MySQL or MariaDB
 * @param raw the version string as the server gave it
 */
public record ServerVersion(Engine engine, String raw, int major, int minor, int patch) {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /**
     * Parses a version string such as {@code 8.0.36}, {@code 11.4.5-MariaDB-log} or
     * {@code 5.5.5-10.6.12-MariaDB} (the replication-compatible prefix is skipped).
     *
     * @param comment {@code @@version_comment}, used to spot MariaDB when the version string does not say; may be null
     */
    public static ServerVersion parse(String version, String comment) {
        String v = version == null ? "" : version.trim();
        boolean maria = v.toLowerCase().contains("mariadb")
                || (comment != null && comment.toLowerCase().contains("mariadb"));
        String numbers = maria && v.startsWith("5.5.5-") ? v.substring(6) : v;
        Matcher m = NUMBERS.matcher(numbers);
        int major = 0;
        int minor = 0;
        int patch = 0;
        if (m.find()) {
            major = Integer.parseInt(m.group(1));
            minor = Integer.parseInt(m.group(2));
            patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        }
        return new ServerVersion(maria ? Engine.MARIADB : Engine.MYSQL, v, major, minor, patch);
    }

    public boolean isMariaDb() {
        return engine == Engine.MARIADB;
    }

    /** True when this version is at least {@code major.minor.patch}. */
    public boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor) {
            return major > wantMajor;
        }
        if (minor != wantMinor) {
            return minor > wantMinor;
        }
        return patch >= wantPatch;
    }

    /** MariaDB 10.2.7+ quotes string defaults and writes {@code NULL} in information_schema.COLUMNS. */
    public boolean quotesDefaults() {
        return isMariaDb() && atLeast(10, 2, 7);
    }

    /** Integer types carry a display width ({@code int(11)}): all but MySQL 8.0.19+. */
    public boolean hasIntegerDisplayWidth() {
        return isMariaDb() || !atLeast(8, 0, 19);
    }

    /**
     * MySQL 8.0.13+ writes expression texts in information_schema (GENERATION_EXPRESSION, expression defaults,
     * CHECK_CLAUSE) escaped one level, as the body of a string literal: {@code concat(`e`,_utf8mb4\'-x\')}. MariaDB and
     * older MySQL write them as they would be typed.
     */
    public boolean escapesExpressions() {
        return !isMariaDb() && atLeast(8, 0, 13);
    }

    /**
     * An expression text from information_schema as it would be typed: on servers that {@link #escapesExpressions
     * escape} them, {@code \'} becomes {@code '} and {@code \\} becomes {@code \} in one pass; otherwise unchanged.
     */
    public String expressionText(String informationSchemaText) {
        if (informationSchemaText == null || !escapesExpressions() || informationSchemaText.indexOf('\\') < 0) {
            return informationSchemaText;
        }
        StringBuilder out = new StringBuilder(informationSchemaText.length());
        for (int i = 0; i < informationSchemaText.length(); i++) {
            char c = informationSchemaText.charAt(i);
            if (c == '\\' && i + 1 < informationSchemaText.length()) {
                c = informationSchemaText.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code MariaDB 11.4.5} / {@code MySQL 8.0.36}, for the user. */
    public String describe() {
        return engine.displayName() + " " + major + "." + minor + "." + patch;
    }
}
