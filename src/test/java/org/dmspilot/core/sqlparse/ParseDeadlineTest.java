package org.dmspilot.core.sqlparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The parse deadline is wall time backed by processor time: a parse that is past its wall time but has barely run
 * (a busy machine, a cold parser) goes on, until it has used its share of processor time or the hard wall limit.
 */
class ParseDeadlineTest {
    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void pastTheWallTimeAParseThatHasBarelyRunGoesOnUntilTheHardLimit() {
        long now = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        assertThat(new ParseLimits.Deadline(now + HOUR, cpu - 1, now + HOUR).passed())
                .as("before the wall time, never").isFalse();
        assertThat(new ParseLimits.Deadline(now - 1, cpu + HOUR, now + HOUR).passed())
                .as("past the wall time, but little processor time used: a busy machine").isFalse();
        assertThat(new ParseLimits.Deadline(now - 1, cpu - 1, now + HOUR).passed())
                .as("past the wall time and its processor time").isTrue();
        assertThat(new ParseLimits.Deadline(now - 2, cpu + HOUR, now - 1).passed())
                .as("past the hard wall limit, whatever it used").isTrue();
    }

    @Test
    void theDefaultDeadlineIsThreeSecondsOneOfProcessorTimeAndNineAtMost() {
        long before = System.nanoTime();
        ParseLimits.Deadline d = ParseLimits.deadline();
        assertThat(d.wallNanos() - before).isBetween(2_900_000_000L, 3_100_000_000L);
        assertThat(d.hardWallNanos() - d.wallNanos()).isEqualTo(6_000_000_000L);
        assertThat(d.cpuNanos() - ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime())
                .isBetween(900_000_000L, 1_000_000_000L);
    }
}
