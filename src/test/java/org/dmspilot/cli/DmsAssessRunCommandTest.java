package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmspilot dms assess-run} against the emulator: each individual assessment printed with its status and S3
 * result, exit 1 when one failed, {@code --bucket} for an existing bucket, the bucket and role recorded in the state
 * and deleted by {@code dms cleanup}.
 */
class DmsAssessRunCommandTest {
    private static final String BUCKET = "dmspilot-5e6f7a8b-assessments-123456789012-eu-west-1";
    @TempDir
    Path dir;
    private EmulatedDmsCli cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new EmulatedDmsCli(dir, new Project(1, "5e6f7a8b-0000-4000-8000-00000000a55e", "shop",
                new ConnectionProfile(Engine.MYSQL, "mysql.internal", 3306, "shop", "dms_reader", TlsMode.REQUIRE,
                        null, null, 0),
                new ConnectionProfile(Engine.POSTGRESQL, "pg.internal", 5432, "shop", "dms_writer", TlsMode.REQUIRE,
                        null, null, 0), List.of()), "Src-pw-1!", "Tgt-pw-2!");
        assertThat(cli.dms("provision", "--subnet", "subnet-a1,subnet-b1")).isZero();
    }

    @AfterEach
    void tearDown() {
        cli.close();
    }

    @Test
    void aFailedAssessmentIsPrintedAndExitsOneThenCleanupDeletesTheBucketAndTheRole() throws Exception {
        cli.aws.dms().assessmentOutcome("mysql-check-binlog-image", "failed");

        assertThat(cli.dms("assess-run")).isEqualTo(ExitCodes.FAILED);

        String out = cli.last.out();
        assertThat(out).containsPattern("Assessment run dmspilot-\\S+: failed")
                .containsPattern("failed +mysql-check-binlog-image +s3://" + BUCKET + "/dms-assessments/\\S+/"
                        + "mysql-check-binlog-image.json")
                .containsPattern("passed +unsupported-data-types-in-source")
                .contains("Results: s3://" + BUCKET + "/dms-assessments/");
        assertThat(cli.last.err()).contains("S3 bucket " + BUCKET + " created").contains("(7 of 7 done)");
        String state = Files.readString(dir.resolve("shop.dms-state.json"));
        assertThat(state).contains("arn:aws:s3:::" + BUCKET).contains("dmspilot-5e6f7a8b-dms-assessment");

        cli.aws.dms().assessmentOutcome("mysql-check-binlog-image", "passed");
        assertThat(cli.dms("assess-run")).isZero();
        assertThat(cli.last.out()).containsPattern("Assessment run dmspilot-\\S+: passed");

        assertThat(cli.dms("cleanup", "--yes")).isZero();
        String cleanup = cli.last.out();
        assertThat(cleanup.substring(0, cleanup.indexOf("Deleted "))).contains("arn:aws:s3:::" + BUCKET)
                .contains("role/dmspilot-5e6f7a8b-dms-assessment");
        assertThat(cleanup.substring(cleanup.indexOf("Deleted "))).as("what remains: the shared DMS roles only")
                .doesNotContain(BUCKET).doesNotContain("dms-assessment");
        assertThat(cli.aws.s3().buckets()).isEmpty();
        assertThat(cli.aws.iam().roles()).doesNotContainKey("dmspilot-5e6f7a8b-dms-assessment");
    }

    @Test
    void anExistingBucketIsUsedAndAMissingOneIsAClearError() {
        cli.aws.s3().existingBucket("dba-results", "eu-west-1");
        assertThat(cli.dms("assess-run", "--bucket", "dba-results")).isZero();
        assertThat(cli.last.out()).contains("Results: s3://dba-results/dms-assessments/");
        assertThat(cli.aws.bodies("CreateBucket")).isEmpty();

        assertThat(cli.dms("assess-run", "--bucket", "nowhere-bucket")).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.last.err()).contains("The S3 bucket nowhere-bucket does not exist.");
    }
}
