package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase;
import org.dmspilot.core.dms.emulator.EmulatedTable;
import org.dmspilot.core.monitor.LogLine;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** DMS Serverless end to end on the emulator: provision, start, status, metrics, logs, reload, stop, cleanup. */
class DmsServerlessTest extends EmulatedAwsTest {
    private static final DmsOptions.ServerlessCapacity CAPACITY = new DmsOptions.ServerlessCapacity(2, 16);

    @Test
    void aServerlessReplicationIsProvisionedStartedMonitoredReloadedStoppedAndCleanedUp() {
        f.aws.dms().tables(EmulatedTable.validated("shop", "orders", 1000),
                EmulatedTable.validated("shop", "customers", 250));
        DmsPlan plan = f.plan(DmsFixture.options().withServerless(CAPACITY));
        assertThat(plan.steps()).contains(StepId.REPLICATION_CONFIG).doesNotContain(StepId.REPLICATION_INSTANCE,
                StepId.REPLICATION_TASK, StepId.SOURCE_CONNECTION_TEST);
        DmsState state = f.provision(plan);
        String arn = state.arn(StepId.REPLICATION_CONFIG).orElseThrow();
        assertThat(arn).endsWith(":replication-config:" + plan.replicationConfig().resourceIdentifier());
        assertThat(f.aws.bodies("CreateReplicationConfig")).singleElement().satisfies(b -> {
            assertThat(b.path("ComputeConfig").path("MaxCapacityUnits").asInt()).isEqualTo(16);
            assertThat(b.path("ComputeConfig").path("ReplicationSubnetGroupId").asText())
                    .isEqualTo(plan.subnetGroup().identifier());
        });
        assertThat(f.aws.requests()).noneMatch(r -> r.operation().equals("CreateReplicationInstance"));

        DmsTasks tasks = new DmsTasks(f.clients, Timing.fast(), f.listener());
        TaskStatus started = tasks.start(plan, state);
        assertThat(started.status()).isEqualTo("running");
        assertThat(started.capacity()).isEqualTo("provisioned 4 DCU");
        assertThat(f.log).anyMatch(l -> l.contains("provisioning_capacity"));
        assertThat(started.tables()).extracting(TaskStatus.TableStats::table).containsExactly("orders", "customers");
        assertThat(started.latency()).as("serverless CloudWatch dimension").isNotNull();
        assertThat(f.aws.bodies("StartReplication")).extracting(b -> b.path("StartReplicationType").asText())
                .containsExactly("start-replication");

        f.aws.dms().runningFor(Duration.ofMinutes(20));
        DmsMetrics metrics = new DmsMetrics(f.clients, plan, state, ProgressListener.NONE);
        assertThat(metrics.targetLatency(Instant.now().minus(Duration.ofMinutes(15)), Instant.now())).hasSizeGreaterThan(10);
        assertThat(f.aws.bodies("GetMetricData").get(f.aws.bodies("GetMetricData").size() - 1).toString())
                .contains("ReplicationConfigIdentifier").doesNotContain("ReplicationInstanceIdentifier");

        CloudWatchTaskLog log = CloudWatchTaskLog.of(f.clients, plan, state, Timing.fast());
        assertThat(log.group()).isEqualTo("dms-serverless-replication-" + plan.replicationConfig()
                .resourceIdentifier());
        List<LogLine> lines = log.poll();
        assertThat(lines).extracting(LogLine::text).anyMatch(t -> t.contains("Load finished for table 'shop'.'orders'"));

        f.aws.dms().failTable("shop", "orders", "ERROR: value too long for type character varying(30)");
        assertThat(log.poll()).singleElement().satisfies(l -> assertThat(l.level()).isEqualTo(LogLine.Level.ERROR));
        assertThat(metrics.tableStatistics()).filteredOn(t -> t.table().equals("orders")).singleElement()
                .satisfies(t -> assertThat(t.problem()).isEqualTo("Table error: ERROR: value too long for type "
                        + "character varying(30)"));
        DmsCutoverBackend backend = new DmsCutoverBackend(f.clients, plan, state, Timing.fast());
        assertThat(backend.validation().mismatches()).isPositive();

        tasks.reload(plan, state, List.of("shop.orders"), false);
        assertThat(f.aws.bodies("ReloadReplicationTables")).singleElement().satisfies(b -> assertThat(b.path(
                "ReloadOption").asText()).isEqualTo("data-reload"));
        metrics.tableStatistics();
        assertThat(metrics.tableStatistics()).allMatch(t -> t.fullLoadDone() && t.problem() == null);

        assertThat(backend.describe()).startsWith("AWS DMS Serverless replication " + plan.replicationConfig()
                .identifier());
        assertThat(backend.state().phase()).isEqualTo(Phase.RUNNING);
        backend.stop(ProgressListener.NONE);
        assertThat(backend.state().phase()).isEqualTo(Phase.STOPPED);
        assertThat(tasks.resume(plan, state).status()).isEqualTo("running");

        DmsCleanup cleanup = new DmsCleanup(f.clients, Timing.fast());
        f.state = cleanup.cleanup(state, false, f.listener(), s -> { });
        assertThat(f.state.step(StepId.REPLICATION_CONFIG).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(f.aws.dms().replicationConfigs()).isZero();
        assertThat(cleanup.remaining(plan.projectId(), ProgressListener.NONE)).allMatch(r -> r.startsWith("IAM role"));
        assertThat(f.aws.bodies("StopReplication")).hasSize(2);
    }
}
