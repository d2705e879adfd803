package org.dmspilot.core.cutover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/**
 * Waits until the replication has applied everything: the latest target latency at most the drain threshold and no
 * incoming changes, both from samples taken in or after the minute the source became read-only (CloudWatch labels a
 * minute's point with its start).
 */
final class Drain {
    private Drain() {
    }

    static CutoverRun.StepResult await(MigrationMetrics metrics, Instant readOnlySince, DrainSettings settings,
            Clock clock, ProgressListener progress) {
        Instant cutoff = readOnlySince.truncatedTo(ChronoUnit.MINUTES);
        Instant started = clock.instant();
        while (true) {
            progress.checkCancelled();
            Instant now = clock.instant();
            Instant from = cutoff.minus(Duration.ofMinutes(2));
            Optional<Sample> latency = latestSince(metrics.targetLatency(from, now.plusSeconds(60)), cutoff);
            Optional<Sample> incoming = latestSince(metrics.incomingChanges(from, now.plusSeconds(60)), cutoff);
            String seen = "target latency " + latency.map(Drain::describe).orElse("not reported yet")
                    + "; incoming changes " + incoming.map(Drain::describe).orElse("not reported yet");
            if (latency.isPresent() && incoming.isPresent() && latency.get().value() <= settings.maxLatencySeconds()
                    && incoming.get().value() <= 0) {
                return new CutoverRun.StepResult(true, "Drained: every change read has been applied",
                        List.of(seen, "read-only since " + readOnlySince.truncatedTo(ChronoUnit.SECONDS)));
            }
            if (Duration.between(started, now).compareTo(settings.timeout()) > 0) {
                throw new DmsPilotException("Not drained after " + (settings.timeout().toMinutes() > 0
                        ? settings.timeout().toMinutes() + " min" : settings.timeout().toSeconds() + " s") + " (" + seen
                        + "). The source stays read-only; run the step again to keep waiting, or roll back.");
            }
            progress.progress(-1, -1, "waiting for the drain: " + seen);
            sleep(settings.pollInterval());
        }
    }

    private static Optional<Sample> latestSince(List<Sample> series, Instant cutoff) {
        return series.stream().filter(s -> !s.at().isBefore(cutoff)).reduce((a, b) -> b.at().isBefore(a.at()) ? a
                : b);
    }

    private static String describe(Sample s) {
        return String.format(Locale.ROOT, "%.1f at %s", s.value(), s.at().truncatedTo(ChronoUnit.SECONDS));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
