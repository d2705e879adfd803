package org.dmspilot.gui.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;

/** A project and wizard services against the emulator, shared by the wizard tests. */
final class WizardTestSupport {
    static final String SOURCE_PASSWORD = "src-\"pw\\-41";
    static final String TARGET_PASSWORD = "tgt-pw-42";

    static {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
    }

    private WizardTestSupport() {
    }

    static Project project(String id) {
        return new Project(1, id, "shop",
                new ConnectionProfile(Engine.MARIADB, "mariadb.internal", 3306, "shop", "dms", TlsMode.REQUIRE, null,
                        null, 0),
                new ConnectionProfile(Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop", "dms",
                        TlsMode.REQUIRE, null, null, 0), List.of());
    }

    /** Shows the wizard (statistics refreshing every 300 ms) with the application's stylesheet; returns its root. */
    static javafx.scene.layout.BorderPane show(javafx.stage.Stage stage, DmsWizardViewModel vm) {
        javafx.scene.layout.BorderPane root = new DmsWizardView(vm, javafx.util.Duration.millis(300)).root();
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1100, 760);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return root;
    }

    static WizardServices services(TaskExecutor executor, Executor uiThread) {
        return new WizardServices(executor, uiThread, AwsClients::new, role -> Optional.of(Map.of(
                ConnectionRole.SOURCE, SOURCE_PASSWORD, ConnectionRole.TARGET, TARGET_PASSWORD).get(role)),
                Timing.fast(), () -> List.of("default", "prod-sso"), List.of("eu-central-1", "eu-west-1", "us-east-1"),
                profile -> Optional.ofNullable(Map.of("prod-sso", "eu-central-1").get(profile)), (title, message) -> true);
    }
}
