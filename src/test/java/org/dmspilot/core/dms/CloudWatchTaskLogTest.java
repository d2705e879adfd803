package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.EmulatedTable;
import org.dmspilot.core.dms.emulator.Faults;
import org.dmspilot.core.monitor.LogFilter;
import org.dmspilot.core.monitor.LogLine;
import org.dmspilot.core.monitor.LogLine.Level;
import org.junit.jupiter.api.Test;

/** The task's CloudWatch Logs stream read through the real SDK from the emulator, followed live. */
class CloudWatchTaskLogTest extends EmulatedAwsTest {

    @Test
    void theTaskLogIsReadFromTheGroupAndStreamDmsNamesAndFollowedWithoutRepeats() {
        f.aws.dms().tables(EmulatedTable.validated("shop", "orders", 1000),
                EmulatedTable.validated("shop", "customers", 250));
        DmsPlan plan = f.plan(DmsFixture.options());
        DmsState state = f.provision(plan);
        CloudWatchTaskLog log = CloudWatchTaskLog.of(f.clients, plan, state, Timing.fast());
        String resourceId = state.arn(StepId.REPLICATION_TASK).orElseThrow().replaceAll(".*:", "");
        assertThat(log.group()).isEqualTo("dms-tasks-" + plan.instance().identifier());
        assertThat(log.stream()).isEqualTo("dms-task-" + resourceId);
        assertThat(log.poll()).as("no stream before the task first runs").isEmpty();

        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, state);
        List<LogLine> first = log.poll();
        assertThat(first).extracting(LogLine::text).anyMatch(t -> t.contains("]I:  Task '" + plan.task()
                .identifier() + "' running full-load-and-cdc")).anyMatch(t -> t.contains(
                        "Load finished for table 'shop'.'orders'"));
        assertThat(first).allMatch(l -> l.level() == Level.INFO);
        assertThat(log.poll()).as("nothing new").isEmpty();

        f.aws.dms().failTable("shop", "orders", "ERROR: value too long for type character varying(30)");
        List<LogLine> next = log.poll();
        assertThat(next).hasSize(1);
        assertThat(next.get(0).level()).isEqualTo(Level.ERROR);
        assertThat(next.get(0).mentions("shop.orders")).isTrue();
        assertThat(next.get(0).mentions("shop.order")).isFalse();
        assertThat(new LogFilter(Level.WARNING, null).newestFirst(first)).isEmpty();
        assertThat(f.aws.requests()).filteredOn(r -> r.operation().equals("GetLogEvents"))
                .allMatch(r -> r.service().equals("logs"));
    }

    @Test
    void throttlingIsRetriedAndOtherErrorsAreReportedWithTheStream() {
        DmsPlan plan = f.plan(DmsFixture.options());
        DmsState state = f.provision(plan);
        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, state);
        CloudWatchTaskLog log = CloudWatchTaskLog.of(f.clients, plan, state, Timing.fast());
        f.aws.faults().inject("GetLogEvents", new AwsFault(400, "ThrottlingException", "Rate exceeded"), 2);
        assertThat(log.poll()).isNotEmpty();

        f.aws.faults().inject("GetLogEvents", null, new AwsFault(400, "AccessDeniedException",
                "User is not authorized to perform: logs:GetLogEvents"), Faults.When.INSTEAD, 1);
        assertThatThrownBy(log::poll).isInstanceOf(DmsPilotException.class).hasMessageContaining(log.stream())
                .hasMessageContaining("logs:GetLogEvents");
    }

    @Test
    void severityComesFromTheDmsMarkerAndTablesMatchHoweverQuoted() {
        LogLine warn = LogLine.dms(java.time.Instant.EPOCH, "2026-12-02T10:00:00 [SOURCE_CAPTURE  ]W:  Table "
                + "\"shop\".\"Order_Items\" has no primary key");
        assertThat(warn.level()).isEqualTo(Level.WARNING);
        assertThat(warn.mentions("shop.order_items")).isTrue();
        assertThat(LogLine.dms(java.time.Instant.EPOCH, "[TASK_MANAGER    ]E:  boom").level())
                .isEqualTo(Level.ERROR);
        assertThat(LogLine.engine(java.time.Instant.EPOCH, "2026-12-02 10:00:00.000 WARN  [cdc] x - slow")
                .level()).isEqualTo(Level.WARNING);
        assertThat(new LogFilter(Level.WARNING, "shop.order_items").accepts(warn)).isTrue();
        assertThat(new LogFilter(Level.ERROR, null).accepts(warn)).isFalse();
    }
}
