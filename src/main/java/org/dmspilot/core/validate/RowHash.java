package org.dmspilot.core.validate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The digest of a row's text, the same on both servers and in Java. MD5 where the source has it built in (every
 * MariaDB, MySQL before 9.6); SHA-256 on Oracle MySQL 9.6 and later, which no longer has {@code MD5()} built in
 * ({@code SHA2()} exists on every supported version, PostgreSQL has {@code sha256()} since 11). Chosen once per
 * validation from the source's version, with the way doubles are printed exactly, which differs between MySQL and
 * MariaDB.
 */
enum RowHash {
    /** MariaDB: MD5, doubles through {@code CAST(... AS CHAR)} (exact there). */
    MARIADB("MD5", "MD5(%s)", "md5(%s)", false),
    /** Oracle MySQL before 9.6: MD5; doubles through JSON, whose printer keeps every digit (CAST drops some). */
    MYSQL("MD5", "MD5(%s)", "md5(%s)", true),
    /** Oracle MySQL 9.6 and later: SHA-256, as {@link #MYSQL} otherwise. */
    MYSQL_SHA256("SHA-256", "SHA2(%s, 256)", "encode(sha256(convert_to(%s, 'UTF8')), 'hex')", true);

    private final String javaName;
    private final String mysql;
    private final String postgres;
    private final boolean doublesThroughJson;

    RowHash(String javaName, String mysql, String postgres, boolean doublesThroughJson) {
        this.javaName = javaName;
        this.mysql = mysql;
        this.postgres = postgres;
        this.doublesThroughJson = doublesThroughJson;
    }

    /** The hash for the source {@code c} is connected to. */
    static RowHash of(Connection c) throws SQLException {
        return forVersion(c.getMetaData().getDatabaseProductVersion());
    }

    /** MD5 unless {@code version} (as the server announces it) is Oracle MySQL 9.6 or later; MariaDB or MySQL. */
    static RowHash forVersion(String version) {
        if (version.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return MARIADB;
        }
        String[] parts = version.split("[^0-9]+", 3);
        int major = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : 0;
        int minor = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
        return major > 9 || major == 9 && minor >= 6 ? MYSQL_SHA256 : MYSQL;
    }

    /** The exact text of the double {@code q} (a column) on this source, in the server's notation. */
    String doubleText(String q) {
        String d = "CAST(" + q + " AS DOUBLE)";
        if (!doublesThroughJson) {
            return "CAST(" + d + " AS CHAR)";
        }
        String json = "CAST(JSON_ARRAY(" + d + ") AS CHAR)";
        return "CASE WHEN " + q + " IS NULL THEN NULL ELSE SUBSTRING(" + json + ", 2, CHAR_LENGTH(" + json
                + ") - 2) END";
    }

    /** The lower-case hex digest of the text expression {@code text} on MySQL/MariaDB. */
    String mysql(String text) {
        return String.format(mysql, text);
    }

    /** The lower-case hex digest of the text expression {@code text} on PostgreSQL. */
    String postgres(String text) {
        return String.format(postgres, text);
    }

    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(javaName + " is part of every Java runtime", e);
        }
    }
}
