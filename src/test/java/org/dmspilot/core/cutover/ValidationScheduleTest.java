package org.dmspilot.core.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The monitor's validation runs on a slow schedule, not on every refresh tick. */
class ValidationScheduleTest {
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void refreshTicksReuseTheResultUntilItIsOld() {
        AtomicInteger runs = new AtomicInteger();
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        ValidationSchedule schedule = new ValidationSchedule(() -> new ValidationSummary(true, runs.incrementAndGet(),
                "run " + runs.get()), Duration.ofMinutes(10), clock);
        assertThat(schedule.validatedAt()).isNull();
        for (int tick = 0; tick < 40; tick++) { // 40 ticks of 15 s = 10 minutes
            schedule.get();
            now = now.plusSeconds(15);
        }
        assertThat(runs.get()).as("one validation in ten minutes of 15 s ticks").isEqualTo(1);
        schedule.get();
        assertThat(runs.get()).as("then again").isEqualTo(2);
        schedule.validateNow();
        assertThat(runs.get()).isEqualTo(3);
        assertThat(schedule.validatedAt()).isEqualTo(now);
    }
}
