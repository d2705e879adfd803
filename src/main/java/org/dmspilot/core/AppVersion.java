package org.dmspilot.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version Maven wrote into {@code dmspilot-version.properties}. */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}; "unknown" when run from unfiltered resources. */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/dmspilot-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
