package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

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
 * "Validate now" and "Resync" in the monitor without a screen, on real MariaDB and PostgreSQL: the target rows that
 * differ (updated, deleted, extra) are listed by key, a declined resync changes nothing, a confirmed one repairs them
 * and the panel says they validate identical. A key-less table is refused while no CDC runs behind the source (its
 * whole copy would get the changes in between twice when CDC resumes); ValidateResyncCommandTest copies one whole
 * while CDC runs.
 */
class ValidationViewModelTest {

    @Test
    void validateNowListsTheDifferingKeysAndResyncRepairsThem() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("monitor_resync");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY, status varchar(10) NOT NULL)",
                "INSERT INTO orders SELECT seq, 'new' FROM seq_1_to_50");
        TestDatabase target = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        String s = "\"" + source.database() + "\".";
        target.execute("UPDATE " + s + "orders SET status = 'bent' WHERE id = 7", "DELETE FROM " + s
                + "orders WHERE id = 11", "INSERT INTO " + s + "orders VALUES (99, 'extra')");
        RecordingDialogService dialogs = new RecordingDialogService();
        ValidationViewModel vm = new ValidationViewModel(new DirectTaskExecutor(), dialogs, source::connect,
                target::connect, source.database(), TableSelection.ALL);

        vm.validateNow();
        assertThat(vm.differencesProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 1 tables differ: Resync copies their differing rows"
                + " again from the source.");
        assertThat(vm.results()).singleElement().asString().startsWith("DIFFERENT  orders: rows 50 / 50, keys")
                .contains("7").contains("11").contains("99");

        dialogs.confirmAnswers.add(false);
        vm.resync();
        assertThat(FullLoadTest.validate(source, target).identical()).as("declined: nothing copied").isFalse();

        vm.resync();
        assertThat(vm.summaryProperty().get()).isEqualTo("Resynced 1 tables: they validate identical.");
        assertThat(vm.results()).containsExactly("resynced   orders: 3 keys", "identical  orders: 50 rows");
        assertThat(vm.differencesProperty().get()).isFalse();
        assertThat(FullLoadTest.validate(source, target).identical()).isTrue();
        vm.validateNow();
        assertThat(vm.summaryProperty().get()).isEqualTo("Identical: 1 tables validated.");

        // a key-less table while no CDC runs behind the source: refused at once, saying why
        source.execute("CREATE TABLE notes (body varchar(20))", "INSERT INTO notes VALUES ('a'), ('b')");
        target.execute("CREATE TABLE " + s + "notes (body varchar(20))", "INSERT INTO " + s + "notes VALUES ('a')");
        source.execute("INSERT INTO orders VALUES (51, 'late')", "DELETE FROM orders WHERE id = 51");
        long started = System.nanoTime();
        vm.resync();
        assertThat(vm.summaryProperty().get()).contains("is not running").contains("Start CDC");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration
                .ofSeconds(30));
        assertThat(vm.results()).isEmpty();
    }
}
