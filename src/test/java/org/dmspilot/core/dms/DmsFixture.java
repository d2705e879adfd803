package org.dmspilot.core.dms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;

/** A project, options, passwords and an emulated AWS account wired together for DMS tests. */
final class DmsFixture implements AutoCloseable {
    static final String SOURCE_PASSWORD = "S3cret-source-pw!";
    static final String TARGET_PASSWORD = "S3cret-target-pw!";
    static final PasswordSource PASSWORDS = role -> Optional.of(Map.of(ConnectionRole.SOURCE, SOURCE_PASSWORD,
            ConnectionRole.TARGET, TARGET_PASSWORD).get(role));

    static {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
    }

    final AwsEmulator aws;
    final AwsClients clients;
    final Project project;
    final List<String> log = new ArrayList<>();
    DmsState state;

    DmsFixture() throws IOException {
        aws = new AwsEmulator();
        aws.dms().describesPerTransition(2);
        clients = new AwsClients(new AwsSettings("eu-west-1", null, aws.endpoint()), Timing.fast());
        project = project();
        state = DmsState.empty(project.id(), "eu-west-1");
    }

    static Project project() {
        return new Project(1, "3f2a9c1e-7b4d-4e2a-9f00-1c2d3e4f5a6b", "shop", new ConnectionProfile(Engine.MARIADB,
                "mysql.internal", 3306, "shop", "dms_reader", TlsMode.REQUIRE, null, null, 0),
                new ConnectionProfile(Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop", "dms_writer",
                        TlsMode.REQUIRE, null, null, 0), List.of());
    }

    static DmsOptions options() {
        return DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1"));
    }

    DmsPlan plan(DmsOptions options) {
        return DmsPlanner.plan(project, options);
    }

    /** Provisions, keeping the state of every transition (also when a step fails). */
    DmsState provision(DmsPlan plan) {
        return new DmsProvisioner(clients, PASSWORDS, Timing.fast()).provision(plan, state, listener(),
                s -> state = s);
    }

    ProgressListener listener() {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                synchronized (log) {
                    log.add(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Override
    public void close() {
        clients.close();
        aws.close();
    }
}
