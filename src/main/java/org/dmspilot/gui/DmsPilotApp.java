package org.dmspilot.gui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dmspilot.core.project.OpenRequest;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.core.secrets.SecretStores;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.shell.Shell;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. */
public final class DmsPilotApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DmsPilotApp.class);
    private static volatile OpenRequest request = new OpenRequest(false, null);
    private static volatile SecretStore secrets;

    /** Opens the desktop application and returns when its window closes. */
    public static void launch(OpenRequest guiRequest) {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            throw new org.dmspilot.core.DmsPilotException("No display: the DMS Pilot window needs a desktop session"
                    + " (DISPLAY or WAYLAND_DISPLAY is not set). Every feature is also on the command line:"
                    + " dmspilot --help");
        }
        request = guiRequest;
        // probing the OS keychain may wait on D-Bus: do it before the UI thread exists
        secrets = SecretStores.create();
        Application.launch(DmsPilotApp.class);
    }

    @Override
    public void start(Stage stage) {
        Shell shell = Shell.create(stage, new FxTaskExecutor(), AppPreferences.user(), secrets,
                progress -> SandboxProjects.open(secrets, progress));
        stage.show();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("First window shown {} ms after JVM start", sinceJvmStart);
        shell.warmUp();
        shell.open(request);
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
