package org.dmspilot.core.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifiers: lower-cased, quoted only when needed (keywords, characters outside {@code [a-z0-9_$]},
 * a leading digit), and kept within 63 bytes with a deterministic hash suffix when truncated.
 */
public final class PgNames {
    /** PostgreSQL's NAMEDATALEN - 1. */
    public static final int MAX_BYTES = 63;
    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> KEYWORDS = loadKeywords();

    private PgNames() {
    }

    /** The default target name of a MySQL identifier: lower case, at most 63 bytes. */
    public static String name(String mysqlName) {
        return fit(mysqlName.toLowerCase(Locale.ROOT));
    }

    /** Quotes a (target) identifier only when PostgreSQL needs it. */
    public static String quote(String name) {
        if (SIMPLE.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code quote(schema).quote(name)}. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /**
     * Shortens a name to 63 bytes: longer names keep a prefix and get {@code _} + 8 hex digits of their hash, so two
     * long names sharing a prefix stay distinct and the result is the same on every run.
     */
    public static String fit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        String suffix = "_" + hash(name);
        int budget = MAX_BYTES - suffix.length();
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int cp : name.codePoints().toArray()) {
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > budget) {
                break;
            }
            prefix.appendCodePoint(cp);
            used += len;
        }
        return prefix + suffix;
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Names that must be unique per schema (indexes, constraints, types): the first claim gets the name, later ones
     * get {@code _2}, {@code _3}... (still within 63 bytes).
     */
    public static final class Registry {
        private final Set<String> taken = new HashSet<>();

        public String claim(String wanted) {
            String base = fit(wanted);
            if (taken.add(base)) {
                return base;
            }
            for (int n = 2;; n++) {
                String suffix = "_" + n;
                String candidate = fitWithSuffix(wanted, suffix);
                if (taken.add(candidate)) {
                    return candidate;
                }
            }
        }

        private static String fitWithSuffix(String wanted, String suffix) {
            String body = fit(wanted);
            while ((body + suffix).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                body = body.substring(0, body.length() - 1);
            }
            return body + suffix;
        }
    }

    private static Set<String> loadKeywords() {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PgNames.class.getResourceAsStream("pg-keywords.txt"), StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
