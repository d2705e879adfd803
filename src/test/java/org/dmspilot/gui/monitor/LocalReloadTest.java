package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.core.monitor.TableLoad;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * "Reload table" on a local-engine task, without a screen, on real MariaDB and PostgreSQL: declined, nothing changes;
 * confirmed, the chosen table's target rows are the source's again (the other table untouched) and the reload's
 * rows are recorded like a full load's. Stop / resume / restart are not offered for the local engine.
 */
class LocalReloadTest {

    @Test
    void reloadTableReplacesTheChosenTablesRowsWithTheSources() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("local_reload");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY, status varchar(10) NOT NULL)",
                "INSERT INTO orders SELECT seq, 'new' FROM seq_1_to_20000",
                "CREATE TABLE notes (body varchar(20))", "INSERT INTO notes VALUES ('a'), ('b')");
        TestDatabase target = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        String s = "\"" + source.database() + "\".";
        target.execute("UPDATE " + s + "orders SET status = 'bent' WHERE id = 7", "DELETE FROM " + s
                + "orders WHERE id BETWEEN 100 AND 199", "INSERT INTO " + s + "orders VALUES (99999, 'extra')",
                "DELETE FROM " + s + "notes");
        RecordingDialogService dialogs = new RecordingDialogService();
        int[] refreshed = new int[1];
        TaskOperationsViewModel ops = new TaskOperationsViewModel(new DirectTaskExecutor(), dialogs,
                new LocalTaskOperations(source::connect, target::connect, source.database(), TableSelection.ALL),
                "Local engine task", () -> refreshed[0]++);
        assertThat(ops.controlsTheRun()).isFalse();
        assertThat(ops.reloadsValidationOnly()).isFalse();
        ops.phaseProperty().set(Phase.RUNNING);
        ops.selectedTables().setAll(source.database() + ".orders");
        assertThat(ops.canReloadBinding().get()).isTrue();
        ops.phaseProperty().set(Phase.LOADING);
        assertThat(ops.canReloadBinding().get()).as("not during the full load").isFalse();
        ops.phaseProperty().set(Phase.STOPPED);
        assertThat(ops.canReloadBinding().get()).as("CDC stopped: a keyed table can be reloaded").isTrue();

        dialogs.confirmAnswers.add(false);
        ops.reload();
        assertThat(FullLoadTest.validate(source, target).tables()).filteredOn(t -> t.table().equals("orders"))
                .singleElement().satisfies(t -> assertThat(t.identical()).isFalse());

        ops.reload();
        assertThat(dialogs.confirmMessages.get(1)).contains(source.database() + ".orders")
                .contains("CDC keeps running");
        assertThat(ops.messageProperty().get()).startsWith("\u2714 Reloaded");
        assertThat(dialogs.errors).isEmpty();
        assertThat(refreshed[0]).isEqualTo(1);
        var report = FullLoadTest.validate(source, target);
        assertThat(report.tables()).filteredOn(t -> t.table().equals("orders")).singleElement()
                .satisfies(t -> assertThat(t.identical()).as("orders reloaded").isTrue());
        assertThat(report.tables()).filteredOn(t -> t.table().equals("notes")).singleElement()
                .satisfies(t -> assertThat(t.targetRows()).as("not chosen: untouched").isZero());
        List<TableLoad> loads = new StoredEngineMetrics(target::connect, source.database()).loadProgress();
        assertThat(loads).filteredOn(l -> l.table().equals("orders")).singleElement().satisfies(l -> {
            assertThat(l.done()).isTrue();
            assertThat(l.rowsLoaded()).isEqualTo(20_000);
        });
    }
}
