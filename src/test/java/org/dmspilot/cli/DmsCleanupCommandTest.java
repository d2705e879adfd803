package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.Faults.When;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmspilot dms cleanup} against the emulator: confirmation, resume after a fault, final listing. */
class DmsCleanupCommandTest {
    @TempDir
    Path dir;
    private EmulatedDmsCli cli;
    private AwsEmulator aws;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        cli = new EmulatedDmsCli(dir, new Project(1, "7c1d2e3f-0000-4000-8000-0000000c1ea0", "shop",
                new ConnectionProfile(Engine.MYSQL, "mysql.internal", 3306, "shop", "dms_reader", TlsMode.REQUIRE,
                        null, null, 0),
                new ConnectionProfile(Engine.POSTGRESQL, "pg.internal", 5432, "shop", "dms_writer", TlsMode.REQUIRE,
                        null, null, 0), List.of()), "Src-pw-1!", "Tgt-pw-2!");
        aws = cli.aws;
        project = cli.project;
        assertThat(cli.dms("provision", "--subnet", "subnet-a1,subnet-b1", "--secrets-manager")).isZero();
        assertThat(cli.dms("start")).isZero();
    }

    @AfterEach
    void tearDown() {
        cli.close();
    }

    @Test
    void aFailureMidWayIsSavedAndTheRerunFinishesWithNothingTaggedLeft() throws Exception {
        aws.faults().inject("DeleteReplicationSubnetGroup", null, AwsFault.accessDenied(
                "dms:DeleteReplicationSubnetGroup"), When.INSTEAD, 1);

        assertThat(cli.dms("cleanup", "--yes", "--include-secrets-and-roles")).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.last.err()).contains("dms:DeleteReplicationSubnetGroup");
        String state = Files.readString(DmsStateFiles.stateFile(project));
        assertThat(state).contains("\"DELETED\"").contains("Deleting failed");

        assertThat(cli.dms("cleanup", "--yes", "--include-secrets-and-roles")).isZero();

        assertThat(cli.last.out()).contains("  Replication subnet group: dmspilot-7c1d2e3f-subnets").contains("Nothing tagged dmspilot:project="
                + "7c1d2e3f-0000-4000-8000-0000000c1ea0 remains.").doesNotContain("Replication task (wait");
        assertThat(aws.dms().counts()).isEqualTo(Map.of("subnetGroups", 0, "instances", 0, "endpoints", 0,
                "tasks", 0));
        assertThat(aws.bodies("DeleteReplicationTask")).hasSize(1);
        assertThat(aws.iam().roles()).isEmpty();
    }

    @Test
    void withoutTheOptionTheSecretsAndRolesAreListedAsRemaining() {
        assertThat(cli.dms("cleanup", "--yes")).isZero();

        assertThat(cli.last.out()).contains("Still tagged dmspilot:project=").contains("  secret arn:aws:secretsmanager")
                .contains("  IAM role arn:aws:iam::123456789012:role/dms-vpc-role");
        assertThat(aws.secrets().values()).hasSize(2);
    }

    @Test
    void answeringNoDeletesNothing() {
        assertThat(cli.dmsAnswering("n\n", "cleanup")).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.last.out()).contains("To delete, in this order:").contains("Delete these resources? [y/N]")
                .contains("Nothing deleted.");
        assertThat(aws.bodies("DeleteReplicationTask")).isEmpty();
    }
}
