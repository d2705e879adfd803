package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures before any database answers, produced for real on both drivers: DNS, a closed port, a silent server. */
class NetworkFailuresTest {
    private static final String PASSWORD = "N0t-In-Messages";
    private final ConnectionTester tester = new ConnectionTester();

    private static ConnectionProfile profile(Engine engine, String host, int port, int timeoutSeconds) {
        return new ConnectionProfile(engine, host, port, "shop", "alice", TlsMode.PREFER, null, null, timeoutSeconds);
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
    void unknownHostIsReportedAsSuch(Engine engine) {
        ConnectionTestResult result = tester.test(profile(engine, "no-such-db.invalid", 3306, 5), PASSWORD);

        assertThat(result.success()).isFalse();
        assertThat(result.failure()).isEqualTo(FailureKind.UNKNOWN_HOST);
        assertThat(result.message()).contains("no-such-db.invalid:3306/shop", "unknown host").doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
    void closedPortIsConnectionRefused(Engine engine) {
        int port = BlackholeServer.closedPort();

        ConnectionTestResult result = tester.test(profile(engine, "127.0.0.1", port, 5), PASSWORD);

        assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION_REFUSED);
        assertThat(result.message()).contains("127.0.0.1:" + port + "/shop", "connection refused")
                .doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
    void serverThatNeverAnswersTimesOutQuickly(Engine engine) throws Exception {
        try (BlackholeServer silent = new BlackholeServer()) {
            ConnectionTestResult result = tester.test(profile(engine, "127.0.0.1", silent.port(), 1), PASSWORD);

            assertThat(result.failure()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(result.message()).contains("127.0.0.1:" + silent.port() + "/shop", "no answer within 1 s")
                    .doesNotContain(PASSWORD);
            assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
    void cancellingStopsTheWaitAtOnce(Engine engine) throws Exception {
        try (BlackholeServer silent = new BlackholeServer()) {
            long start = System.nanoTime();
            AtomicLong polls = new AtomicLong();
            ProgressListener cancelSoon = new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return polls.incrementAndGet() > 3;
                }
            };

            assertThatThrownBy(() -> tester.test(profile(engine, "127.0.0.1", silent.port(), 30),
                    PASSWORD.toCharArray(), null, cancelSoon)).isInstanceOf(CancelledException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "POSTGRESQL"})
    void incompleteProfileSaysWhatIsMissing(Engine engine) {
        ConnectionTestResult result = tester.test(profile(engine, " ", 3306, 5), PASSWORD);

        assertThat(result.failure()).isEqualTo(FailureKind.OTHER);
        assertThat(result.message()).contains("no host is given");
    }
}
