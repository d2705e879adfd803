package org.dmspilot.cli;

import org.dmspilot.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the application and Java versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"DMS Pilot " + AppVersion.version(), "Java " + System.getProperty("java.version")};
    }
}
