package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.CheckState;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The local engine task's page without a screen, on real MariaDB and PostgreSQL after a real full load: what the
 * monitor shows comes from the engine's records on the target and from the validations made on this page.
 */
class LocalTaskPageTest {

    private static TaskMonitorViewModel open(TestDatabase source, TestDatabase target) throws Exception {
        Path project = Files.createTempDirectory("local-page").resolve("p.dmspilot.json");
        return LocalTaskMonitors.open(new DirectTaskExecutor(), new RecordingDialogService(), Runnable::run,
                new CutoverConnections(source::connect, target::connect, source.database(), target.profile()),
                TableSelection.ALL, project, CutoverSettings.defaults(), DrainSettings.defaults(),
                Duration.ofSeconds(5));
    }

    private static ChecklistItem item(TaskMonitorViewModel vm, String id) {
        return vm.monitor().checklist().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void validateNowReplacesTheScheduledResultTheChecklistShows() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("page_validate_now");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY, status varchar(10) NOT NULL)",
                "INSERT INTO orders SELECT seq, 'new' FROM seq_1_to_50");
        TestDatabase target = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        TaskMonitorViewModel vm = open(source, target);

        vm.monitor().refresh(); // the schedule's first validation: identical
        assertThat(item(vm, "validation").state()).isEqualTo(CheckState.PASS);

        String s = "\"" + source.database() + "\".";
        target.execute("UPDATE " + s + "orders SET status = 'bent' WHERE id = 7");
        vm.validation().orElseThrow().validateNow();
        assertThat(vm.validation().get().results()).singleElement().asString().contains("7");
        // the checklist reads the result of "Validate now", not the schedule's older one (kept for 10 minutes)
        assertThat(item(vm, "validation").state()).isEqualTo(CheckState.FAIL);
        assertThat(item(vm, "validation").evidence()).contains("orders").contains("7");

        vm.validation().get().resync();
        assertThat(vm.validation().get().differencesProperty().get()).isFalse();
        assertThat(item(vm, "validation").state()).as("after the resync's validation").isEqualTo(CheckState.PASS);
    }
}
