package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.dms.emulator.EmulatedTable;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The AWS DMS task's node in the main window: its monitor reaches AWS with the profile and endpoint the task was
 * provisioned through (not the default credentials), and closing its tab stops the refresh and closes the clients.
 */
@ExtendWith(ApplicationExtension.class)
class DmsTaskNodeFxTest {
    private static final String PROFILE_KEY = "AKIAPILOTPROFILE";
    private static final Duration REFRESH = Duration.ofMillis(100);
    private final List<AwsClients> built = new CopyOnWriteArrayList<>();
    private AwsEmulator aws;
    private Stage stage;
    private Project project;
    private Path projectFile;
    private CutoverConnections db;
    private String configFile;
    private String credentialsFile;
    private WorkArea tabs;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        Path dir = Files.createTempDirectory("dms-task-node");
        TestDatabase source = Databases.newMariaDbDatabase("fx_tasknode");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY)");
        TestDatabase target = Databases.newPostgresDatabase("fx_tasknode");
        target.execute("CREATE SCHEMA \"" + source.database() + "\"", "CREATE TABLE \"" + source.database()
                + "\".orders (id int PRIMARY KEY)");
        project = new Project(1, "7b8c9d0e-0000-4000-8000-0000000000b2", "shop", source.profile(), target.profile(),
                List.of());
        projectFile = dir.resolve("shop.dmspilot.json");
        ProjectFiles.save(project, projectFile);
        aws = new AwsEmulator();
        aws.dms().tables(EmulatedTable.validated(source.database(), "orders", 0));
        db = new CutoverConnections(source::connect, target::connect, source.database(), target.profile());
        // provisioned with the default credentials (the system properties above), through the emulator
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", null, aws.endpoint()), Timing.fast())) {
            DmsOptions options = DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1"));
            DmsPlan plan = DmsPlanner.plan(project, options);
            DmsState state = new DmsProvisioner(clients, role -> Optional.of(role == ConnectionRole.SOURCE
                    ? source.password() : target.password()), Timing.fast()).provision(plan,
                            DmsState.empty(project.id(), "eu-west-1").withOptions(options), ProgressListener.NONE,
                            s -> DmsStateFiles.save(projectFile, s));
            new DmsTasks(clients, Timing.fast(), ProgressListener.NONE).start(plan, state);
        }
        aws.dms().runningFor(Duration.ofMinutes(10));
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (tabs != null) { // closing the tab disposes the monitor: no refresh through the clients closed below
            onFx(() -> {
                tabs.closeAllBut("none");
                return null;
            });
        }
        restore("aws.configFile", configFile);
        restore("aws.sharedCredentialsFile", credentialsFile);
        built.forEach(AwsClients::close);
        aws.close();
    }

    private static void restore(String property, String was) {
        if (was == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, was);
        }
    }

    /** Records the state as provisioned through {@code profile} and the emulator, as the wizard now does. */
    private void provisionedThrough(String profile) {
        DmsState state = DmsStateFiles.load(projectFile, project.id(), null);
        DmsStateFiles.save(projectFile, state.withAccess(new AwsSettings("eu-west-1", profile, aws.endpoint())));
    }

    /** Opens the task's monitor in a work-area tab, as selecting the node does. */
    private WorkArea openInTab() {
        TabPane pane = new TabPane();
        tabs = new WorkArea(pane);
        onFx(() -> {
            stage.getScene().setRoot(pane);
            tabs.open("node:DMS_TASK", "task", () -> DmsTaskNode.monitor(project, projectFile, db,
                    new FxTaskExecutor(), new RecordingDialogService(), new Notifications(), (settings, timing) -> {
                        AwsClients c = new AwsClients(settings, timing);
                        built.add(c);
                        return c;
                    }, Timing.fast(), REFRESH));
            return null;
        });
        return tabs;
    }

    private static <T> T onFx(Supplier<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AwsEmulator.LoggedRequest> requestsSince(int from) {
        List<AwsEmulator.LoggedRequest> all = aws.requests();
        return all.subList(Math.min(from, all.size()), all.size());
    }

    private long describes(int from) {
        return requestsSince(from).stream().filter(r -> r.operation().startsWith("Describe")).count();
    }

    @Test
    void theMonitorReachesAwsWithTheProfileTheTaskWasProvisionedThrough() throws Exception {
        Path home = Files.createTempDirectory("aws-home");
        Path config = Files.writeString(home.resolve("config"), "[profile pilot]\nregion = eu-west-1\n");
        Path credentials = Files.writeString(home.resolve("credentials"), "[pilot]\naws_access_key_id = "
                + PROFILE_KEY + "\naws_secret_access_key = pilot-secret\n");
        configFile = System.setProperty("aws.configFile", config.toString());
        credentialsFile = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        provisionedThrough("pilot");
        int before = aws.requests().size();

        openInTab();

        await().atMost(Duration.ofSeconds(30)).until(() -> describes(before) >= 3);
        assertThat(requestsSince(before)).as("every call of the monitor, signed with the profile's key")
                .extracting(AwsEmulator.LoggedRequest::accessKey).containsOnly(PROFILE_KEY);
    }

    @Test
    void closingTheTabStopsTheRefreshAndClosesTheClients() {
        provisionedThrough(null);
        int before = aws.requests().size();
        WorkArea area = openInTab();
        await().atMost(Duration.ofSeconds(30)).until(() -> describes(before) >= 3);

        onFx(() -> {
            area.closeSelected();
            return null;
        });

        awaitQuiet();
        assertThat(built).singleElement().satisfies(c -> assertThatThrownBy(() -> c.dms()
                .describeReplicationTasks()).as("the monitor's clients are closed").hasStackTraceContaining(
                        "shut down"));
    }

    @Test
    void aMonitorWhoseSceneIsReplacedStopsReading() {
        provisionedThrough(null);
        int before = aws.requests().size();
        openInTab();
        await().atMost(Duration.ofSeconds(30)).until(() -> describes(before) >= 3);

        onFx(() -> {
            stage.setScene(new Scene(new StackPane(), 800, 600)); // what the next FX test of a suite does
            return null;
        });

        awaitQuiet();
    }

    /**
     * Waits until no request reaches the emulator for ten refresh periods (a call under way when the monitor went
     * away may still land); fails when the monitor keeps reading.
     */
    private void awaitQuiet() {
        AtomicInteger seen = new AtomicInteger(-1);
        await().during(REFRESH.multipliedBy(10)).atMost(Duration.ofSeconds(10))
                .until(() -> seen.getAndSet(aws.requests().size()) == aws.requests().size());
    }
}
