package org.dmspilot.gui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private final AppPreferences prefs = new AppPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void recentProjectsKeepMostRecentFirstWithoutDuplicates() {
        prefs.addRecentProject(Path.of("/a.dmspilot.json"));
        prefs.addRecentProject(Path.of("/b.dmspilot.json"));
        prefs.addRecentProject(Path.of("/a.dmspilot.json"));
        assertThat(prefs.recentProjects()).containsExactly(Path.of("/a.dmspilot.json"), Path.of("/b.dmspilot.json"));
    }

    @Test
    void recentProjectsAreCappedAtTen() {
        for (int i = 0; i < 15; i++) {
            prefs.addRecentProject(Path.of("/p" + i + ".dmspilot.json"));
        }
        assertThat(prefs.recentProjects()).hasSize(AppPreferences.MAX_RECENT)
                .startsWith(Path.of("/p14.dmspilot.json"));
    }

    @Test
    void windowGeometryRoundTrips() {
        assertThat(prefs.windowGeometry()).isEmpty();
        prefs.setWindowGeometry(new AppPreferences.WindowGeometry(10, 20, 1024, 700, true));
        assertThat(new AppPreferences(node).windowGeometry())
                .contains(new AppPreferences.WindowGeometry(10, 20, 1024, 700, true));
    }

    @Test
    void firstLaunchIsTrueOnlyUntilMarkedDone() {
        assertThat(prefs.isFirstLaunch()).isTrue();
        prefs.setFirstLaunchDone();
        assertThat(new AppPreferences(node).isFirstLaunch()).isFalse();
    }
}
