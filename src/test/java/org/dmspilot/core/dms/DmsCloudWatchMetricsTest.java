package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** The monitor's metrics from CloudWatch (Smithy RPC v2 CBOR) and DescribeTableStatistics. */
class DmsCloudWatchMetricsTest extends EmulatedAwsTest {

    @Test
    void readsTheFourSeriesWithBothDimensionsOverCbor() {
        DmsPlan plan = f.plan(DmsFixture.options());
        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, f.provision(plan));
        MigrationMetrics metrics = new DmsMetrics(f.clients, plan, f.state, ProgressListener.NONE);
        Instant to = Instant.now().plusSeconds(60);
        Instant from = to.minus(Duration.ofHours(1));

        assertThat(metrics.sourceLatency(from, to)).singleElement().satisfies(s -> assertThat(s.value())
                .isEqualTo(2.0));
        assertThat(metrics.targetLatency(from, to)).singleElement().satisfies(s -> assertThat(s.value())
                .isEqualTo(5.0));
        assertThat(metrics.incomingChanges(from, to)).singleElement().satisfies(s -> assertThat(s.value())
                .isEqualTo(7.0));
        assertThat(metrics.throughput(from, to)).singleElement().satisfies(s -> assertThat(s.at())
                .isBefore(to));
        assertThat(metrics.tableStatistics()).extracting(t -> t.qualifiedName() + " " + t.fullLoadRows())
                .containsExactlyInAnyOrder("shop.orders 1000", "shop.customers 250");

        var query = f.aws.bodies("GetMetricData").get(0).path("MetricDataQueries").get(0).path("MetricStat");
        assertThat(query.path("Metric").path("Namespace").asText()).isEqualTo("AWS/DMS");
        assertThat(query.path("Metric").path("Dimensions").toString())
                .contains("ReplicationInstanceIdentifier").contains(plan.instance().identifier())
                .contains("ReplicationTaskIdentifier").contains(plan.task().resourceIdentifier());
    }

    @Test
    void periodIsAMultipleOfSixtySecondsForAnyWindow() {
        Instant now = Instant.now();
        for (Duration window : new Duration[] {Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(24),
                Duration.ofDays(7)}) {
            int period = DmsMetrics.period(now.minus(window), now);
            assertThat(period % 60).as(window.toString()).isZero();
            assertThat(window.getSeconds() / period).isLessThanOrEqualTo(1440);
        }
    }

    @Test
    void latencyOfATaskThatIsNotRunningIsEmptyNotAnError() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.provision(plan);
        MigrationMetrics metrics = new DmsMetrics(f.clients, plan, f.state, ProgressListener.NONE);
        assertThat(metrics.sourceLatency(Instant.now().minusSeconds(900), Instant.now())).isEmpty();
    }
}
