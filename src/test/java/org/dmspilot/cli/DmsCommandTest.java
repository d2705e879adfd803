package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.dms.DmsStateFiles;
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

/** {@code dmspilot dms plan|export|provision|start|status} end to end against the emulator. */
class DmsCommandTest {
    private static final String SOURCE_PASSWORD = "Src-pw-0f1e2d!";
    private static final String TARGET_PASSWORD = "Tgt-pw-9a8b7c!";

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
        ProjectFiles.save(new Project(1, "7c1d2e3f-0000-4000-8000-000000000001", "shop",
                new ConnectionProfile(Engine.MYSQL, "mysql.internal", 3306, "shop", "dms_reader", TlsMode.REQUIRE,
                        null, null, 0),
                new ConnectionProfile(Engine.POSTGRESQL, "pg.internal", 5432, "shop", "dms_writer", TlsMode.REQUIRE,
                        null, null, 0), List.of()), project);
        Files.writeString(dir.resolve("source.pw"), SOURCE_PASSWORD + "\n");
        Files.writeString(dir.resolve("target.pw"), TARGET_PASSWORD + "\n");
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void provisionThenStartThenStatusFromTheCommandLine() throws Exception {
        assertThat(run("provision", "--subnet", "subnet-a1,subnet-b1", "--secrets-manager")).isZero();
        assertThat(out).contains("ReplicationTask\tDONE\tarn:aws:dms:eu-west-1:123456789012:task:dmspilot-7c1d2e3f-task");
        assertThat(err).contains("[1/12] IAM role dms-vpc-role").contains("Done: Replication instance dmspilot-7c1d2e3f-"
                + "instance is available");
        assertThat(Files.readString(DmsStateFiles.stateFile(project))).contains("\"REPLICATION_TASK\"");

        assertThat(run("start")).isZero();
        assertThat(out).contains("Task dmspilot-7c1d2e3f-task: running").contains("shop.orders");

        assertThat(run("status", "--json")).isZero();
        JsonNode status = new ObjectMapper().readTree(out);
        assertThat(status.path("status").asText()).isEqualTo("running");
        assertThat(status.path("tables")).hasSize(2);
        assertThat(status.path("latency").path("targetSeconds").asDouble()).isEqualTo(5.0);
    }

    @Test
    void withSecretsManagerNoPasswordLeavesTheSecretsOrReachesAnyOtherFile() throws Exception {
        assertThat(run("provision", "--subnet", "subnet-a1,subnet-b1", "--secrets-manager")).isZero();
        String logs = out + err;
        assertThat(run("export", "--format", "cloudformation", "--out", dir.resolve("stack.json").toString()))
                .isZero();
        assertThat(run("export", "--format", "yaml", "--out", dir.resolve("stack.yaml").toString())).isZero();
        assertThat(run("export", "--format", "cli", "--out", dir.resolve("create.sh").toString())).isZero();

        List<String> scanned = new ArrayList<>(List.of(logs, Files.readString(project),
                Files.readString(DmsStateFiles.stateFile(project)), Files.readString(dir.resolve("stack.json")),
                Files.readString(dir.resolve("stack.yaml")),
                Files.readString(dir.resolve("create.sh"))));
        aws.requests().stream().filter(r -> !r.operation().equals("CreateSecret")).forEach(r -> scanned.add(
                r.service() + " " + r.operation() + " " + r.body()));
        for (String text : scanned) {
            assertThat(text).doesNotContain(SOURCE_PASSWORD).doesNotContain(TARGET_PASSWORD);
        }
        assertThat(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(dir.resolve("stack.yaml").toFile()))
                .isEqualTo(new ObjectMapper().readTree(dir.resolve("stack.json").toFile()));
        assertThat(aws.bodies("CreateEndpoint")).allSatisfy(b -> assertThat(b.has("Password")).isFalse());
        assertThat(aws.secrets().values().values()).anyMatch(v -> v.contains(SOURCE_PASSWORD));
        Process bash = new ProcessBuilder("bash", "-n", dir.resolve("create.sh").toString()).start();
        assertThat(bash.waitFor()).as(new String(bash.getErrorStream().readAllBytes())).isZero();
    }

    @Test
    void planListsEveryStepWithItsSettingsAndNoPassword() {
        assertThat(run("plan", "--subnet", "subnet-a1,subnet-b1")).isZero();
        assertThat(out).contains("1. IAM role dms-vpc-role").contains("PubliclyAccessible = false")
                .contains("EngineName = postgres").contains("Password = (from DMSPILOT_TARGET_PASSWORD")
                .contains("TargetTablePrepMode").doesNotContain(TARGET_PASSWORD);
    }

    @Test
    void planWithAVerifyModeImportsTheCaAndFollowsTheProjectsMigrationType() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        ProjectFiles.save(ProjectFiles.load(project).withMigrationTask(new org.dmspilot.model.MigrationTask(null,
                "cdc", null, null)), project);
        assertThat(run("plan", "--subnet", "subnet-a1,subnet-b1", "--target-ssl-mode", "verify-full", "--target-ca",
                ca.toString())).isZero();
        assertThat(out).contains("SslMode = verify-full").contains("dms:ImportCertificate dmspilot-")
                .contains("CertificateArn = <imported target CA certificate>").contains("MigrationType = cdc");
    }

    @Test
    void accountShowsIdentityRolesAndNetworkAndCreatesTheRolesOnRequest() throws Exception {
        assertThat(run("account")).isEqualTo(ExitCodes.FAILED);
        assertThat(out).contains("Account 123456789012").contains("Role dms-vpc-role: missing")
                .contains("VPC vpc-emulated 10.0.0.0/16 shop-vpc").contains("subnet subnet-b1  eu-west-1b")
                .contains("security group sg-dms");
        assertThat(run("account", "--create-roles", "--json")).isZero();
        JsonNode result = new ObjectMapper().readTree(out);
        assertThat(result.path("roles")).hasSize(2).allMatch(r -> r.path("missingPolicies").isEmpty());
        assertThat(result.path("network").path("subnets")).hasSize(4);
        assertThat(aws.iam().roles()).containsKeys("dms-vpc-role", "dms-cloudwatch-logs-role");
    }

    @Test
    void planWithOneSubnetFailsWithAUserMessage() {
        assertThat(run("plan", "--subnet", "subnet-a1")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("at least two subnets");
    }

    @Test
    void exportNeverWritesOverAProjectFile() throws Exception {
        // Issue 20 item 10: dms export --out x.dmspilot.json overwrote the project file.
        String before = Files.readString(project);
        assertThat(run("export", "--format", "cli", "--out", project.toString())).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("project file").contains("--out");
        Path copy = Files.writeString(dir.resolve("backup.json"), before);
        assertThat(run("export", "--format", "yaml", "--out", copy.toString())).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(project)).isEqualTo(before);
        assertThat(Files.readString(copy)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Path script = dir.resolve("create.sh");
        Files.writeString(script, "old");
        assertThat(run("export", "--format", "cli", "--out", script.toString(), "--subnet", "subnet-a1,subnet-b1"))
                .as(err).isZero();
        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash");
    }

    @Test
    void startBeforeProvisionSaysSo() {
        assertThat(run("start")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("Error:");
    }

    private int run(String verb, String... args) {
        List<String> argv = new ArrayList<>(List.of("dms", verb, "--project", project.toString()));
        if (!verb.equals("plan") && !verb.equals("export")) {
            argv.addAll(List.of("--endpoint-url", aws.endpoint().toString(), "--poll-interval-ms", "1",
                    "--source-password-file", dir.resolve("source.pw").toString(),
                    "--target-password-file", dir.resolve("target.pw").toString()));
        }
        argv.addAll(List.of("--region", "eu-west-1"));
        argv.addAll(List.of(args));
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
