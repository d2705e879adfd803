package org.dmspilot.gui.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Captures a node to PNG. Files go to {@code target/screenshots/}; with {@code -Ddocs.screenshots=true} also to
 * {@code docs/images/}, which is how the documentation's pictures are made.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path capture(FxRobot robot, Node node, String name) {
        return capture(robot, node, name, Boolean.getBoolean("docs.screenshots"));
    }

    /** Captures to {@code target/screenshots/} only: a test's record of a stage, not a picture of the docs. */
    public static Path record(FxRobot robot, Node node, String name) {
        return capture(robot, node, name, false);
    }

    private static Path capture(FxRobot robot, Node node, String name, boolean docs) {
        var image = robot.capture(node).getImage();
        try {
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            if (docs) {
                Path doc = Path.of("docs", "images", name + ".png");
                Files.createDirectories(doc.getParent());
                Files.copy(out, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
