package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Rows;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The monitor's "Clean up" on a real PostgreSQL: refuses while the engine runs, asks with the list, then drops. */
class LocalCleanupViewModelTest {
    @Test
    void refusesWhileRunningThenAsksListingWhatItDrops() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("local_cleanup_gui");
        pg.execute("CREATE SCHEMA shop", "CREATE TABLE shop.t (id int PRIMARY KEY)", "INSERT INTO shop.t VALUES (1)",
                "CREATE SCHEMA dmspilot", "CREATE TABLE dmspilot.checkpoint (schema_name text PRIMARY KEY,"
                        + " mode text NOT NULL, status text NOT NULL, heartbeat_at timestamptz)",
                "INSERT INTO dmspilot.checkpoint VALUES ('shop', 'full-load-and-cdc', 'running', now())",
                "CREATE TABLE dmspilot.cdc_table_stats (schema_name text)");
        RecordingDialogService dialogs = new RecordingDialogService();
        LocalCleanupViewModel vm = new LocalCleanupViewModel(new DirectTaskExecutor(), dialogs, pg::connect);
        vm.cleanUp();
        assertThat(vm.resultProperty().get()).contains("still replicates shop", "stop the task first");
        assertThat(dialogs.confirmations).as("not even asked while it runs").isZero();
        assertThat(dialogs.errors).hasSize(1);

        pg.execute("UPDATE dmspilot.checkpoint SET status = 'stopped', heartbeat_at = now() - interval '1 hour'");
        dialogs.confirmAnswers.add(false);
        vm.cleanUp();
        assertThat(dialogs.confirmMessages.get(0)).contains("dmspilot.checkpoint (1 rows)",
                "dmspilot.cdc_table_stats (0 rows)", "shop: full-load-and-cdc / stopped", "not touched");
        assertThat(vm.resultProperty().get()).isEqualTo("Nothing dropped.");
        assertThat(Rows.firstColumn(pg, "SELECT nspname FROM pg_namespace WHERE nspname = 'dmspilot'")).hasSize(1);

        dialogs.confirmAnswers.add(true);
        vm.cleanUp();
        assertThat(vm.resultProperty().get()).isEqualTo("Dropped schema dmspilot (2 tables of bookkeeping).");
        assertThat(Rows.firstColumn(pg, "SELECT nspname FROM pg_namespace WHERE nspname = 'dmspilot'")).isEmpty();
        assertThat(Rows.firstColumn(pg, "SELECT id FROM shop.t")).containsExactly("1");
        vm.cleanUp();
        assertThat(vm.resultProperty().get()).contains("Nothing to clean up");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
