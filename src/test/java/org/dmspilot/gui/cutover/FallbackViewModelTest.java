package org.dmspilot.gui.cutover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.ScriptedBackend;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.fallback.FallbackCutover;
import org.dmspilot.core.fallback.FallbackFixture;
import org.dmspilot.core.fallback.FallbackStatus;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback part of the cutover panel without a screen, on real MariaDB and PostgreSQL: after the switch, the
 * rollback's confirmation names the writes it would lose (none recorded without a slot; per table from a stopped
 * stream's slot), and "Roll back to MySQL" while the stream runs stops writes on PostgreSQL, drains, asks, and lifts
 * read-only on the source with nothing lost — or, declined after the drain, gives PostgreSQL its writes back.
 */
class FallbackViewModelTest {
    @TempDir
    Path dir;
    private TestDatabase source;
    private TestDatabase target;
    private CutoverRun run;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @AfterEach
    void tearDown() throws Exception {
        if (run != null) {
            run.close();
        }
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, false, false);
        }
    }

    /** A small shop loaded into PostgreSQL, the source read-only and the cutover log at "application switched". */
    private CutoverViewModel switched() throws Exception {
        source = Databases.newMariaDbDatabase("fallback_vm");
        source.execute("CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, status varchar(20) NOT NULL,"
                + " paid tinyint(1) NOT NULL DEFAULT 0)", "INSERT INTO orders (status) VALUES ('new'), ('new')");
        target = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, true, false);
        }
        CutoverLog log = CutoverLog.open(dir.resolve("shop.dmspilot.json"));
        for (CutoverStep step : CutoverStep.values()) { // the log is the cutover's state: every step done
            log.append(step.name(), Outcome.DONE, step.title(), List.of());
        }
        run = new CutoverRun(new ScriptedBackend(), new CutoverConnections(source::connect, target::connect,
                source.database(), target.profile()), log, CutoverSettings.defaults(),
                new DrainSettings(1, Duration.ofMillis(5), Duration.ofSeconds(5)));
        return new CutoverViewModel(new DirectTaskExecutor(), dialogs, Runnable::run, run).withFallback(
                new FallbackCutover(run, FallbackFixture.fallback(source, target), FallbackFixture.replication(
                        target), source.profile(), Duration.ofSeconds(60)));
    }

    private String orders() {
        return "\"" + source.database() + "\".orders";
    }

    @Test
    void rollbackWithoutTheStreamNamesTheWritesItWouldLoseAndRefusesUntilConfirmed() throws Exception {
        CutoverViewModel vm = switched();
        FallbackViewModel fallback = vm.fallback().orElseThrow();
        fallback.refresh();
        assertThat(fallback.statusProperty().get().state()).isEqualTo(FallbackStatus.State.NOT_STARTED);
        assertThat(fallback.inSyncProperty().get()).isFalse();
        assertThat(fallback.startableProperty().get()).as("replication stopped: the stream may start").isTrue();

        dialogs.confirmAnswers.add(false);
        vm.liftReadOnly();
        assertThat(dialogs.confirmMessages).singleElement().asString().contains("NOT on the source")
                .contains("no fallback replication copies it back");

        // a stream that ran and stopped: its slot holds what the source lacks, named per table
        try (FallbackFixture fb = FallbackFixture.start(source, target)) {
            target.execute("INSERT INTO " + orders() + " (status) VALUES ('on-pg')");
            fb.awaitApplied(target, Duration.ofSeconds(60));
        }
        Awaitility.await("the stopped stream's walsender releasing the slot").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> {
            try (Connection c = target.connect(); var rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_replication_slots WHERE active AND slot_name = '"
                    + FallbackFixture.fallback(source, target).slotName() + "'")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        target.execute("INSERT INTO " + orders() + " (status) VALUES ('lost-1'), ('lost-2')",
                "UPDATE " + orders() + " SET paid = true WHERE id = 1", "DELETE FROM " + orders() + " WHERE id = 2");
        dialogs.confirmAnswers.add(false);
        vm.liftReadOnly();
        assertThat(dialogs.confirmMessages.get(1)).contains("fallback stream is stopped")
                .contains("orders: 2 inserts, 1 updates, 1 deletes on PostgreSQL not on MySQL")
                .contains("Roll back to MySQL");
        assertThat(vm.log()).anyMatch(l -> l.contains("ROLLBACK  REFUSED"));
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).as("declined: still read-only").isTrue();
        }
        fallback.refresh();
        assertThat(fallback.stateProperty().get()).startsWith("Fallback: stopped").contains("1 changes applied");
    }

    @Test
    void rollBackToMysqlWhileInSyncDrainsAsksAndLiftsReadOnlyWithNothingLost() throws Exception {
        CutoverViewModel vm = switched();
        FallbackViewModel fallback = vm.fallback().orElseThrow();
        try (FallbackFixture fb = FallbackFixture.start(source, target)) {
            target.execute("INSERT INTO " + orders() + " (status, paid) VALUES ('on-pg', true)",
                    "UPDATE " + orders() + " SET status = 'paid' WHERE id = 1");
            fb.awaitApplied(target, Duration.ofSeconds(60));
            fallback.refresh();
            assertThat(fallback.inSyncProperty().get()).isTrue();
            assertThat(fallback.stateProperty().get()).startsWith("Fallback: in sync, lag ");

            // the plain rollback points to the lossless one while the stream runs
            dialogs.confirmAnswers.add(false);
            vm.liftReadOnly();
            assertThat(dialogs.confirmMessages.get(0)).contains("The fallback stream runs").contains("Roll back to"
                    + " MySQL");

            // declined after the drain: PostgreSQL takes writes again, the stream keeps running
            dialogs.confirmAnswers.add(true);
            dialogs.confirmAnswers.add(false);
            fallback.rollBack();
            assertThat(dialogs.confirmMessages.get(2)).contains("Every write made on PostgreSQL is on the source")
                    .contains("Drained");
            assertThat(fallback.messageProperty().get()).contains("PostgreSQL takes writes again");
            target.execute("INSERT INTO " + orders() + " (status) VALUES ('after-declined')");
            fallback.refresh();
            assertThat(fallback.inSyncProperty().get()).isTrue();

            dialogs.confirmAnswers.add(true);
            dialogs.confirmAnswers.add(true);
            fallback.rollBack();
            assertThat(fallback.messageProperty().get()).as(String.valueOf(vm.log())).startsWith("Rolled back");
            assertThat(fallback.switchBackProperty().get()).contains("jdbc:mysql://").contains(source.database())
                    .doesNotContain(Databases.ADMIN_PASSWORD);
            fb.thread.join(15_000);
            assertThat(fb.thread.isAlive()).as("the rollback stopped the stream").isFalse();
        }
        try (Connection c = source.connect(); var rs = c.createStatement().executeQuery(
                "SELECT group_concat(concat(id, ':', status, ':', paid) ORDER BY id) FROM orders")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1:paid:0,2:new:0,3:on-pg:1,4:after-declined:0");
            assertThat(SourceReadOnly.isReadOnly(c)).as("read-only lifted on the source").isFalse();
        }
        assertThatThrownBy(() -> target.execute("INSERT INTO " + orders() + " (status) VALUES ('too-late')"))
                .as("PostgreSQL stays read-only after the rollback").hasMessageContaining("read-only");
        assertThat(vm.log()).anyMatch(l -> l.contains("ROLLBACK  DONE  " + CutoverLog.ROLLBACK_THROUGH_FALLBACK));
        assertThat(vm.rollbackGuidanceProperty().get()).contains("through the fallback stream")
                .contains("nothing is lost");
        assertThat(vm.nextProperty().get()).as("the cutover starts over").isEqualTo(CutoverStep.READ_ONLY);
        fallback.refresh();
        assertThat(fallback.statusProperty().get().state()).isEqualTo(FallbackStatus.State.ROLLED_BACK);
        assertThat(fallback.inSyncProperty().get()).isFalse();
    }
}
