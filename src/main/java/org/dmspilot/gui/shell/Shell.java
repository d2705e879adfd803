package org.dmspilot.gui.shell;

import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.project.OpenRequest;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.prefs.AppPreferences.WindowGeometry;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.FxTaskExecutor;

/** Puts the main window on a stage: scene, style, icon, remembered geometry, and the close question. */
public final class Shell {
    private final Stage stage;
    private final MainViewModel vm;
    private final MainWindow window;
    private final AppPreferences preferences;

    private Shell(Stage stage, MainViewModel vm, MainWindow window, AppPreferences preferences) {
        this.stage = stage;
        this.vm = vm;
        this.window = window;
        this.preferences = preferences;
    }

    /**
     * Builds the main window on {@code stage} (not shown yet).
     *
     * @param secrets where passwords are kept (keychain or this session)
     * @param sandboxOpener starts or reuses the sandbox and returns a project on it
     */
    public static Shell create(Stage stage, FxTaskExecutor executor, AppPreferences preferences,
            SecretStore secrets, BackgroundTask.Work<MainViewModel.SandboxProject> sandboxOpener) {
        FxDialogService dialogs = new FxDialogService(stage);
        MainViewModel vm = new MainViewModel(executor, dialogs, preferences,
                new ProjectConnections(secrets, new DatabaseConnector(), dialogs), sandboxOpener);
        Shell[] self = new Shell[1];
        MainWindow window = new MainWindow(vm, executor, executor.running(), () -> self[0].close());
        Shell shell = new Shell(stage, vm, window, preferences);
        self[0] = shell;
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream icon = Shell.class.getResourceAsStream("/org/dmspilot/gui/icons/dmspilot-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowGeometry g = WindowPlacement.place(preferences.windowGeometry(), screen);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, screen.getHeight()));
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        stage.setMaximized(g.maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            shell.close();
        });
        return shell;
    }

    /** Acts on the command line: open the sandbox, a project file, or show the welcome page. */
    public void open(OpenRequest request) {
        if (request.sandbox()) {
            vm.openSandbox();
        } else if (request.project() != null) {
            vm.load(request.project());
        }
        preferences.setFirstLaunchDone();
    }

    /**
     * Builds the heavy views once on a background thread (call after the window is shown); completes with the time
     * it took and how many views it built. Until then, a view opened the first time costs the UI thread what it did
     * before.
     */
    public java.util.concurrent.CompletableFuture<ViewWarmup.Result> warmUp() {
        return window.warmUp();
    }

    /**
     * Asks about unsaved changes and, when this app started the sandbox, whether to stop its servers; remembers the
     * geometry, and closes.
     */
    public void close() {
        vm.quit(this::closeNow);
    }

    private void closeNow() {
        if (!stage.isMaximized()) {
            preferences.setWindowGeometry(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else {
            preferences.windowGeometry().ifPresent(g -> preferences.setWindowGeometry(new WindowGeometry(g.x(),
                    g.y(), g.width(), g.height(), true)));
        }
        stage.close();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }
}
