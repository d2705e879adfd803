package org.dmspilot.gui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The readiness view model against the real embedded MariaDB. */
class ReadinessViewModelTest {
    private final List<String> clipboard = new ArrayList<>();

    @Test
    void runsTheChecksOnARealServerAndFiltersByStatus() throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("readiness_vm");
        db.execute("CREATE TABLE no_pk (a int, b longtext)");
        ReadinessViewModel vm = new ReadinessViewModel(new DirectTaskExecutor(), p -> {
            try (var c = db.connect()) {
                return ReadinessChecker.run(c, List.of(db.database()), p);
            }
        }, clipboard::add);
        vm.run();
        assertThat(vm.results()).extracting(CheckResult::id).contains("binlog-enabled", "binlog-format",
                "tables-without-primary-key");
        assertThat(vm.summaryProperty().get()).contains("passed");
        vm.filterProperty().set(ReadinessViewModel.Filter.PROBLEMS);
        assertThat(vm.shown()).isNotEmpty().allMatch(r -> r.status() != CheckStatus.PASS);
        assertThat(vm.shown()).extracting(CheckResult::id).contains("tables-without-primary-key");
        vm.filterProperty().set(ReadinessViewModel.Filter.PASS);
        assertThat(vm.shown()).extracting(CheckResult::id).contains("binlog-enabled");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void copyFixPutsTheSelectedChecksSqlOnTheClipboard() {
        CheckResult fail = new CheckResult("binlog-format", "Binary log format", CheckStatus.FAIL, "STATEMENT",
                "CDC needs ROW", "SET GLOBAL binlog_format = 'ROW';");
        ReadinessViewModel vm = new ReadinessViewModel(new DirectTaskExecutor(), p -> List.of(fail), clipboard::add);
        vm.run();
        assertThat(vm.selectedProperty().get()).isEqualTo(fail);
        assertThat(vm.summaryProperty().get()).contains("1 failed");
        assertThat(vm.copyFix()).isTrue();
        assertThat(clipboard).containsExactly("SET GLOBAL binlog_format = 'ROW';");
    }

    @Test
    void aFailureToRunIsShownNotThrown() {
        ReadinessViewModel vm = new ReadinessViewModel(new DirectTaskExecutor(), p -> {
            throw new org.dmspilot.core.DmsPilotException("Connection refused by 127.0.0.1:1");
        }, clipboard::add);
        vm.run();
        assertThat(vm.summaryProperty().get()).contains("Connection refused by 127.0.0.1:1");
        assertThat(vm.copyFix()).isFalse();
    }
}
