package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dmspilot dms logs|reload|stop|resume|restart} against the emulator. */
class DmsOperationsCommandTest {
    @TempDir
    Path dir;
    private AwsEmulator aws;
    private Path project;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        aws = new AwsEmulator();
        project = dir.resolve("shop.dmspilot.json");
        ProjectFiles.save(new Project(1, "8d9e0f1a-0000-4000-8000-000000000002", "shop",
                new ConnectionProfile(Engine.MYSQL, "mysql.internal", 3306, "shop", "dms_reader", TlsMode.REQUIRE,
                        null, null, 0),
                new ConnectionProfile(Engine.POSTGRESQL, "pg.internal", 5432, "shop", "dms_writer", TlsMode.REQUIRE,
                        null, null, 0), List.of()), project);
        Files.writeString(dir.resolve("source.pw"), "Src-pw-1!\n");
        Files.writeString(dir.resolve("target.pw"), "Tgt-pw-2!\n");
        assertThat(run("provision", "--subnet", "subnet-a1,subnet-b1")).isZero();
        assertThat(run("start")).isZero();
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void logsPrintTheTaskStreamFilteredBySeverityAndTable() {
        aws.dms().failTable("shop", "orders", "ERROR: duplicate key value violates unique constraint");
        assertThat(run("logs")).isZero();
        assertThat(err).contains("CloudWatch Logs dms-tasks-dmspilot-8d9e0f1a-instance / dms-task-dmspilot-8d9e0f1a-"
                + "task");
        assertThat(out).contains("]I:  Task 'dmspilot-8d9e0f1a-task' running").contains("duplicate key value");
        assertThat(out.indexOf("running full-load")).as("oldest first").isLessThan(out.indexOf("duplicate key"));

        assertThat(run("logs", "--level", "warn")).isZero();
        assertThat(out.lines()).hasSize(1).allMatch(l -> l.contains("]E:") && l.contains("'shop'.'orders'"));
        assertThat(run("logs", "--table", "shop.customers")).isZero();
        assertThat(out).contains("'shop'.'customers'").doesNotContain("'shop'.'orders'");
        assertThat(run("logs", "--level", "loud")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void logsFollowEndsOnceTheTaskIsStopped() {
        assertThat(run("stop")).isZero();
        assertThat(run("logs", "--follow", "--interval", "0.01")).isZero();
        assertThat(err).contains("The task is stopped: no longer following.");
        assertThat(out).contains("stopping the task");
    }

    @Test
    void reloadTablesThenStopResumeAndRestart() {
        aws.dms().failTable("shop", "orders", "ERROR: value too long");
        assertThat(run("status")).isZero();
        assertThat(out).containsPattern("shop\\.orders .* Table error");
        assertThat(run("reload", "--table", "shop.orders")).isZero();
        assertThat(out).contains("Reloading: shop.orders");
        assertThat(aws.bodies("ReloadTables")).singleElement().satisfies(b -> {
            assertThat(b.path("ReloadOption").asText()).isEqualTo("data-reload");
            assertThat(b.path("TablesToReload").get(0).path("SchemaName").asText()).isEqualTo("shop");
            assertThat(b.path("TablesToReload").get(0).path("TableName").asText()).isEqualTo("orders");
        });
        assertThat(run("status")).isZero();
        assertThat(run("status")).isZero();
        assertThat(out).containsPattern("shop\\.orders .* Table completed");
        assertThat(run("reload", "--table", "orders")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("Name the table as schema.table");
        assertThat(run("reload", "--table", "shop.nope", "--validate-only")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("shop.nope is not part of the task");

        assertThat(run("resume")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("is running: only a stopped or failed one can be resumed");
        assertThat(run("stop")).isZero();
        assertThat(out).contains(": stopped");
        assertThat(run("resume")).isZero();
        assertThat(out).contains(": running");
        assertThat(run("stop")).isZero();
        assertThat(run("restart")).isZero();
        assertThat(aws.bodies("StartReplicationTask")).extracting(b -> b.path("StartReplicationTaskType").asText())
                .containsExactly("start-replication", "resume-processing", "reload-target");
    }

    @Test
    void laterCommandsReachAwsThroughTheEndpointTheTaskWasProvisionedThrough() throws Exception {
        assertThat(ProjectFiles.mapper().readTree(org.dmspilot.core.dms.DmsStateFiles.stateFile(project).toFile())
                .path("endpointOverride").asText()).isEqualTo(aws.endpoint().toString());
        int stopsBefore = aws.bodies("StopReplicationTask").size();

        assertThat(runWith(List.of("dms", "stop", "--project", project.toString(), "--poll-interval-ms", "1")))
                .as(err).isZero();
        assertThat(aws.bodies("StopReplicationTask")).hasSize(stopsBefore + 1);
    }

    private int run(String verb, String... args) {
        List<String> argv = new ArrayList<>(List.of("dms", verb, "--project", project.toString(), "--endpoint-url",
                aws.endpoint().toString(), "--poll-interval-ms", "1", "--source-password-file",
                dir.resolve("source.pw").toString(), "--target-password-file", dir.resolve("target.pw").toString(),
                "--region", "eu-west-1"));
        argv.addAll(List.of(args));
        return runWith(argv);
    }

    private int runWith(List<String> argv) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = DmsPilotCommand.commandLine(r -> {
        });
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(argv.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }
}
