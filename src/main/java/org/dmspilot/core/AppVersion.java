package org.dmspilot.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application version, git commit and build date Maven wrote into {@code dmspilot-version.properties}. A value
 * the build could not fill (run from unfiltered resources, or built without git) reads {@code unknown}.
 */
public final class AppVersion {
    static final String UNKNOWN = "unknown";
    private static final Properties BUILD = read();

    private AppVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return value(BUILD, "version");
    }

    /** The abbreviated git commit the build was made from, e.g. {@code 6309a93}. */
    public static String commit() {
        return value(BUILD, "commit");
    }

    /** When the build ran, UTC, e.g. {@code 2026-12-02T11:37:47Z}. */
    public static String buildDate() {
        return value(BUILD, "built");
    }

    /** One line for {@code --version} and the About box: {@code 0.1.0 (commit 6309a93, built 2026-12-02T11:37:47Z)}. */
    public static String describe() {
        return version() + " (commit " + commit() + ", built " + buildDate() + ")";
    }

    /** A property's value; an empty or unfiltered one ({@code ${...}}) is {@code unknown}. */
    static String value(Properties build, String key) {
        String value = build.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/dmspilot-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return new Properties();
        }
        return p;
    }
}
