package org.dmspilot.gui.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.ScriptedBackend;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.gui.monitor.MonitorViewModel;
import org.dmspilot.gui.monitor.TaskMonitorViewModel;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cutover and task-monitor view models without a screen, on real MariaDB and PostgreSQL. */
class CutoverViewModelTest {
    @TempDir
    Path dir;
    private TestDatabase source;
    private TestDatabase target;
    private final ScriptedBackend backend = new ScriptedBackend();
    private final List<CutoverRun> runs = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void setUp() throws Exception {
        source = Databases.newMariaDbDatabase("cutover_vm");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY)", "CREATE TABLE customers (id int PRIMARY KEY)",
                "INSERT INTO orders VALUES (1), (2)");
        target = Databases.newPostgresDatabase("cutover_vm");
        String schema = "\"" + source.database() + "\"";
        target.execute("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".orders (id int PRIMARY KEY)",
                "CREATE TABLE " + schema + ".customers (id int PRIMARY KEY)",
                "INSERT INTO " + schema + ".orders VALUES (1), (2)");
    }

    @AfterEach
    void tearDown() throws Exception {
        runs.forEach(CutoverRun::close);
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, false, false);
        }
    }

    private CutoverViewModel viewModel() {
        CutoverRun run = new CutoverRun(backend, new CutoverConnections(source::connect, target::connect,
                source.database(), target.profile()), CutoverLog.open(dir.resolve("shop.dmspilot.json")),
                CutoverSettings.defaults(), new DrainSettings(1, Duration.ofMillis(5), Duration.ofSeconds(5)));
        runs.add(run);
        return new CutoverViewModel(new DirectTaskExecutor(), dialogs, Runnable::run, run);
    }

    @Test
    void aRefusedStepShowsWhyAndForcingRunsItWithTheForcingLogged() {
        Instant spike = Instant.now().minusSeconds(60);
        backend.latency = t -> t.isAfter(spike.minusSeconds(31)) && t.isBefore(spike.plusSeconds(31)) ? 8.0 : 0.3;
        CutoverViewModel vm = viewModel();
        vm.evaluate();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.nextProperty().get()).isEqualTo(CutoverStep.READ_ONLY);

        vm.confirm(CutoverStep.READ_ONLY);

        assertThat(vm.activityProperty().get()).startsWith("Failed: Make the source read-only refused")
                .contains("above 5 s");
        assertThat(vm.steps().get(0).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.busyProperty().get()).isFalse();

        vm.forceProperty().set(true);
        vm.confirm(CutoverStep.READ_ONLY);

        assertThat(vm.steps().get(0).outcome()).isEqualTo(Outcome.DONE);
        assertThat(vm.log()).anyMatch(l -> l.contains("READ_ONLY  FORCED"));
        assertThat(vm.nextProperty().get()).isEqualTo(CutoverStep.DRAIN);
    }

    @Test
    void theChecklistDemandsWhatTheDbaSetsAsTheCliFlagsDo() {
        Instant spike = Instant.now().minusSeconds(150);
        backend.latency = t -> t.isAfter(spike.minusSeconds(31)) && t.isBefore(spike.plusSeconds(31)) ? 8.0 : 0.3;
        CutoverViewModel vm = viewModel();
        vm.evaluate();
        assertThat(vm.readyProperty().get()).as("a spike of 8 s two and a half minutes ago, window 5 min").isFalse();

        vm.stableSecondsProperty().set(90);
        assertThat(vm.checklist()).as("the old verdict is cleared").isEmpty();
        vm.evaluate();
        assertThat(vm.checklist()).anyMatch(i -> i.title().equals("Target latency at most 5 s for the last 90 s")
                && i.state() == org.dmspilot.core.cutover.CheckState.PASS);

        vm.stableSecondsProperty().set(300);
        vm.latencyThresholdProperty().set(10);
        vm.evaluate();
        assertThat(vm.checklist()).anyMatch(i -> i.title().equals("Target latency at most 10 s for the last 5 min")
                && i.state() == org.dmspilot.core.cutover.CheckState.PASS);
        assertThat(vm.log()).anyMatch(l -> l.contains("at most 10 s for the last 5 min"));
    }

    @Test
    void aReopenedPanelShowsTheDoneStepsFromTheLogAndTheConnectionAtTheEnd() {
        CutoverViewModel first = viewModel();
        for (CutoverStep step : CutoverStep.values()) {
            if (step == CutoverStep.ROW_COUNTS) {
                break;
            }
            first.confirm(step);
        }
        assertThat(first.connectionProperty().get()).isEmpty();

        CutoverViewModel reopened = viewModel();
        assertThat(reopened.steps()).extracting(CutoverViewModel.StepRow::outcome).containsExactly(Outcome.DONE,
                Outcome.DONE, Outcome.DONE, Outcome.DONE, null, null);
        assertThat(reopened.log()).hasSameSizeAs(first.log());
        reopened.confirm(CutoverStep.ROW_COUNTS);
        reopened.confirm(CutoverStep.CONNECTION);
        assertThat(reopened.nextProperty().get()).isNull();
        assertThat(reopened.connectionProperty().get()).startsWith("JDBC: jdbc:postgresql://")
                .doesNotContain("password");
        assertThat(reopened.rollbackGuidanceProperty().get()).contains("copy the target's new rows back");
    }

    @Test
    void rollbackAfterTheSwitchIsRefusedUntilConfirmedAndThePanelKeepsTellingTheTruth() throws Exception {
        CutoverViewModel vm = viewModel();
        for (CutoverStep step : CutoverStep.values()) {
            vm.confirm(step);
        }
        assertThat(vm.nextProperty().get()).isNull();

        dialogs.confirmAnswers.add(false);
        vm.liftReadOnly();

        assertThat(dialogs.confirmations).isEqualTo(1);
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).as("declined: the source stays read-only").isTrue();
        }
        assertThat(vm.log()).anyMatch(l -> l.contains("ROLLBACK  REFUSED"));
        assertThat(vm.activityProperty().get()).contains("Rollback refused")
                .contains("NOT on the source");
        assertThat(vm.steps()).extracting(CutoverViewModel.StepRow::outcome).containsOnly(Outcome.DONE);

        dialogs.confirmAnswers.add(true);
        vm.liftReadOnly();

        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).isFalse();
        }
        assertThat(vm.log()).anyMatch(l -> l.contains("ROLLBACK  DONE"));
        assertThat(vm.rollbackGuidanceProperty().get()).doesNotContain("Nothing has switched yet")
                .doesNotContain("keeps running").contains("after the application had been switched to the target")
                .contains("has not started it since");
    }

    @Test
    void afterStepOneTheSessionsThatCanStillWriteAreListedAndCanBeEnded() throws Exception {
        String privileged = "rw_" + source.database();
        String plain = "plain_" + source.database();
        source.execute("CREATE USER '" + privileged + "'@'%' IDENTIFIED BY 'Rw-pw1'",
                "GRANT READ_ONLY ADMIN ON *.* TO '" + privileged + "'@'%'",
                "GRANT INSERT, SELECT ON `" + source.database() + "`.* TO '" + privileged + "'@'%'",
                "CREATE USER '" + plain + "'@'%' IDENTIFIED BY 'Plain-pw1'",
                "GRANT INSERT, SELECT ON `" + source.database() + "`.* TO '" + plain + "'@'%'");
        try (Connection admin = java.sql.DriverManager.getConnection(source.jdbcUrl(), privileged, "Rw-pw1");
                Connection app = java.sql.DriverManager.getConnection(source.jdbcUrl(), plain, "Plain-pw1");
                Connection toolAccount = source.connect()) {
            CutoverViewModel vm = viewModel();
            vm.confirm(CutoverStep.READ_ONLY);

            assertThat(vm.writers()).anySatisfy(w -> {
                assertThat(w.user()).isEqualTo(privileged);
                assertThat(w.privilege()).isEqualTo("READ_ONLY ADMIN");
                assertThat(w.toolsOwn()).isFalse();
            }).anySatisfy(w -> {
                assertThat(w.user()).isEqualTo(source.user());
                assertThat(w.toolsOwn()).isTrue();
            }).noneMatch(w -> w.user().equals(plain));
            assertThat(vm.steps().get(0).evidence()).anyMatch(e -> e.startsWith("can still write: session ")
                    && e.contains(privileged));
            admin.createStatement().execute("INSERT INTO orders VALUES (3)"); // what the list warns about

            vm.endWriterSessions();

            assertThat(admin.isValid(2)).as("its session was ended").isFalse();
            assertThat(toolAccount.isValid(2)).isFalse();
            assertThat(app.isValid(2)).as("an ordinary session is left alone").isTrue();
            assertThat(vm.writers()).noneMatch(w -> w.user().equals(privileged));
            assertThat(vm.log()).anyMatch(l -> l.contains("SESSIONS  DONE"));

            vm.forceProperty().set(true); // the write above made the row counts differ
            vm.useLockInstead();
            assertThat(vm.steps().get(0).evidence()).contains("method: TOOL_LOCK");
            assertThat(vm.writers()).isEmpty();
        } finally {
            runs.forEach(CutoverRun::close); // releases the tool's lock, which would hold DROP USER forever
            source.execute("DROP USER '" + privileged + "'@'%'", "DROP USER '" + plain + "'@'%'");
        }
    }

    @Test
    void cleanupRunsOnlyWhenConfirmedAndReportsWhatRemains() {
        RecordingDialogService dialogs = new RecordingDialogService();
        List<Boolean> calls = new ArrayList<>();
        TaskMonitorViewModel.Cleanup cleanup = (all, p) -> {
            calls.add(all);
            return all ? List.of() : List.of("secret arn:aws:secretsmanager:eu-west-1:1:secret:s");
        };
        MonitorViewModel monitor = new MonitorViewModel(new DirectTaskExecutor(), backend, backend::validation,
                java.time.Clock.systemUTC());
        TaskMonitorViewModel vm = new TaskMonitorViewModel(new DirectTaskExecutor(), dialogs, monitor, viewModel(),
                Optional.of(cleanup), Duration.ofSeconds(1));

        dialogs.confirmAnswers.add(false);
        vm.cleanup(true);
        assertThat(calls).isEmpty();

        dialogs.confirmAnswers.add(true);
        vm.cleanup(false);
        assertThat(calls).containsExactly(false);
        assertThat(vm.cleanupResultProperty().get()).startsWith("Cleanup done. Still tagged with this project:")
                .contains("secret arn:aws:secretsmanager");

        vm.autoRefreshProperty().set(false);
        vm.tick();
        assertThat(monitor.targetLatency()).isEmpty();
        vm.autoRefreshProperty().set(true);
        vm.tick();
        assertThat(monitor.targetLatency()).isNotEmpty();
    }
}
