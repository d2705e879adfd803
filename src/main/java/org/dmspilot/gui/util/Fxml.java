package org.dmspilot.gui.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the FXML file that sits beside a view class (same package, same name), with the message bundle. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code <ViewClass>.fxml} with {@code controller} as its controller and returns the root. */
    public static <T extends Parent> T load(Object controller) {
        return load(controller, controller.getClass().getSimpleName());
    }

    /** Loads {@code <name>.fxml} from the controller's package. */
    public static <T extends Parent> T load(Object controller, String name) {
        URL url = controller.getClass().getResource(name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("Missing " + name + ".fxml beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Localization.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
