package org.dmspilot.cli;

import org.dmspilot.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the application version, git commit and build date, and the Java version. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"DMS Pilot " + AppVersion.version(), "Commit " + AppVersion.commit(),
            "Built " + AppVersion.buildDate(), "Java " + System.getProperty("java.version")};
    }
}
