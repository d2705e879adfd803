package org.dmspilot.gui.shell;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.dmspilot.gui.prefs.AppPreferences.WindowGeometry;

/**
 * Where the main window opens: 1280×800 centred the first time, afterwards where it was left — but never smaller
 * than 1024×700 (or the screen), and centred again when the remembered place is off every screen.
 */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private WindowPlacement() {
    }

    /** The geometry to open with on a screen whose visual bounds are {@code screen}. */
    static WindowGeometry place(Optional<WindowGeometry> remembered, Rectangle2D screen) {
        double width = Math.min(screen.getWidth(), remembered.map(g -> Math.max(MIN_WIDTH, g.width()))
                .orElse(DEFAULT_WIDTH));
        double height = Math.min(screen.getHeight(), remembered.map(g -> Math.max(MIN_HEIGHT, g.height()))
                .orElse(DEFAULT_HEIGHT));
        boolean maximized = remembered.map(WindowGeometry::maximized).orElse(false);
        if (remembered.isPresent() && screen.intersects(remembered.get().x(), remembered.get().y(), width, height)) {
            double x = Math.min(Math.max(remembered.get().x(), screen.getMinX()), screen.getMaxX() - width);
            double y = Math.min(Math.max(remembered.get().y(), screen.getMinY()), screen.getMaxY() - height);
            return new WindowGeometry(x, y, width, height, maximized);
        }
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, maximized);
    }
}
