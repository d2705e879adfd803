package org.dmspilot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class AppVersionTest {
    @Test
    void theBuildWritesVersionCommitAndUtcBuildDate() {
        // the tests run from a Maven build of this git checkout: every value is filled
        assertThat(AppVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(AppVersion.commit()).matches("[0-9a-f]{7,}");
        assertThat(AppVersion.buildDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(AppVersion.describe()).isEqualTo(AppVersion.version() + " (commit " + AppVersion.commit()
                + ", built " + AppVersion.buildDate() + ")");
    }

    @Test
    void aValueTheBuildCouldNotFillReadsUnknown() {
        Properties built = new Properties();
        built.setProperty("version", "0.2.0");
        built.setProperty("commit", "${buildNumber}");
        built.setProperty("built", " ");
        assertThat(AppVersion.value(built, "version")).isEqualTo("0.2.0");
        assertThat(AppVersion.value(built, "commit")).isEqualTo("unknown");
        assertThat(AppVersion.value(built, "built")).isEqualTo("unknown");
        assertThat(AppVersion.value(built, "missing")).isEqualTo("unknown");
    }
}
