package org.dmspilot.gui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Typed preferences, all in one place: window geometry, recent projects, first-launch state. Backed by
 * {@link Preferences}; tests pass a node of their own.
 */
public final class AppPreferences {
    static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";
    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for DMS Pilot. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/dmspilot/app"));
    }

    /** Where and how big the main window was. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    }

    public Optional<WindowGeometry> windowGeometry() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindowGeometry(WindowGeometry g) {
        node.putDouble("window.x", g.x());
        node.putDouble("window.y", g.y());
        node.putDouble("window.width", g.width());
        node.putDouble("window.height", g.height());
        node.putBoolean("window.maximized", g.maximized());
        flush();
    }

    /** Recent project files, most recent first. */
    public List<Path> recentProjects() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get(RECENT + i, null);
            if (p != null) {
                result.add(Path.of(p));
            }
        }
        return result;
    }

    /** Puts {@code file} first in the recent list (moving it if present), keeping at most ten entries. */
    public void addRecentProject(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = recentProjects();
        list.remove(abs);
        list.add(0, abs);
        storeRecent(list);
    }

    public void removeRecentProject(Path file) {
        List<Path> list = recentProjects();
        list.remove(file.toAbsolutePath().normalize());
        storeRecent(list);
    }

    private void storeRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put(RECENT + i, list.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** True until the user has seen the welcome page once. */
    public boolean isFirstLaunch() {
        return node.getBoolean("firstLaunch", true);
    }

    public void setFirstLaunchDone() {
        node.putBoolean("firstLaunch", false);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience; the in-memory values still hold for this run
        }
    }
}
