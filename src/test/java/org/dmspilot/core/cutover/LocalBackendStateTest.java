package org.dmspilot.core.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The local engine's state as the monitor, the task node and the cutover read it, on real servers. */
class LocalBackendStateTest {

    @Test
    void cdcThatHasNotAppliedAChangeYetIsRunningAndAStoppedEngineIsStopped() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("local_state");
        source.execute("CREATE TABLE t (id int PRIMARY KEY, v varchar(10))", "INSERT INTO t VALUES (1, 'a')");
        TestDatabase target = FullLoadTest.convertedTarget(source);
        LocalCutoverBackend backend = new LocalCutoverBackend(source::connect, target::connect, source.database(),
                Duration.ofSeconds(60), TableSelection.ALL);
        CdcFixture engine = CdcFixture.start(source, target);
        try {
            // the full load is done and CDC runs, but no change arrived: the checkpoint still says full-load/loaded
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    backend.state().phase() == CutoverBackend.ReplicationState.Phase.RUNNING);
            assertThat(backend.state().detail()).contains("CDC");
        } finally {
            engine.close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                backend.state().phase() == CutoverBackend.ReplicationState.Phase.STOPPED);
    }
}
