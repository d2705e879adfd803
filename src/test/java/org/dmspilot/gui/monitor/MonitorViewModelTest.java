package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.cutover.CheckState;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.ValidationSummary;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.SeriesStats;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

/** The monitor's view model over a recorded series (the backends have their own tests of what they measure). */
class MonitorViewModelTest {
    private static final Instant NOW = RecordedMetrics.NOW;

    private static MonitorViewModel vm(MigrationMetrics metrics, ValidationSummary validation) {
        return new MonitorViewModel(new DirectTaskExecutor(), metrics, () -> validation,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aQuietMigrationIsReadyForCutover() {
        MonitorViewModel vm = vm(new RecordedMetrics(0.4), new ValidationSummary(true, 0, "validated"));
        vm.refresh();
        assertThat(vm.targetLatency()).hasSize(91);
        assertThat(vm.checklist()).extracting(ChecklistItem::state).containsOnly(CheckState.PASS);
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("Target latency 0.4 s · 3 changes waiting · 250 rows/s"
                + " applied");
    }

    @Test
    void aLatencySpikeInTheLastFiveMinutesBlocksTheCutover() {
        RecordedMetrics metrics = new RecordedMetrics(0.4);
        metrics.latency.set(metrics.latency.size() - 3, new Sample(NOW.minusSeconds(20), 9));
        MonitorViewModel vm = vm(metrics, new ValidationSummary(true, 0, "validated"));
        vm.refresh();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.checklist().get(1).state()).isEqualTo(CheckState.FAIL);
    }

    @Test
    void theChosenWindowDecidesHowMuchIsRead() {
        MonitorViewModel vm = vm(new RecordedMetrics(0.4), ValidationSummary.NOT_RUN);
        vm.windowProperty().set(java.time.Duration.ofHours(1));
        vm.refresh();
        assertThat(vm.targetLatency()).hasSize(361);
        assertThat(vm.readyProperty().get()).isFalse();
    }

    @Test
    void theLatestScheduledValidationIsEachTablesValidationStateToo() {
        RecordedMetrics metrics = new RecordedMetrics(0.4);
        var report = new org.dmspilot.core.validate.ValidationReport("shop", metrics.tables.stream().map(t ->
                new org.dmspilot.core.validate.TableReport(t.table(), 12, 12, 1, 0, List.of(), List.of())).toList(), 5);
        MonitorViewModel vm = vm(metrics, ValidationSummary.of(report));
        vm.refresh();
        assertThat(vm.tables()).isNotEmpty().allSatisfy(t -> assertThat(t.validation()).as(t.table())
                .isEqualTo("Identical"));
    }
}
