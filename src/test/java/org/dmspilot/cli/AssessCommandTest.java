package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmspilot assess} on shopwave: live, from a dump and from a saved project, all three formats. */
class AssessCommandTest {
    static final String[] FILES = {"assessment-report.html", "assessment-report.pdf", "assessment-action-items.csv",
        "assessment-action-items-summary.csv", "assessment-summary-by-category.csv", "assessment-code-objects.csv"};
    static TestDatabase maria;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShopwave() throws Exception {
        maria = Databases.newMariaDbDatabase("assess_cli");
        try (Connection c = maria.connect()) {
            Shopwave.load(c);
        }
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void liveSourceGivesAllThreeFormatsWithReadiness() throws Exception {
        Path out = Path.of("target", "assess-cli", "live"); // kept for a look at the live report
        Cli.Run r = run("assess", "--source", maria.jdbcUrlWithCredentials(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("readiness checked").doesNotContain(Databases.ADMIN_PASSWORD);
        for (String f : FILES) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        String html = Files.readString(out.resolve("assessment-report.html"));
        assertThat(html).contains("Source readiness").doesNotContain("Not checked:", Databases.ADMIN_PASSWORD);
    }

    @Test
    void dumpFileIsAssessedOfflineInEveryFormat() throws Exception {
        Path dump = MariaDbDump.dump(maria, dir.resolve("shopwave.sql"), false);
        Path out = dir.resolve("dump");
        Cli.Run r = run("assess", "--source", dump.toString(), "--out", out.toString(), "--format", "html,pdf,csv");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("offline (no readiness checks)", "Wrote 6 file(s)");
        for (String f : FILES) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void savedProjectIsAssessedWithoutAServer() throws Exception {
        Path dump = MariaDbDump.dump(maria, dir.resolve("shopwave.sql"), false);
        var catalog = SourceArgument.load(dump.toString(), java.util.List.of(),
                org.dmspilot.core.progress.ProgressListener.NONE).catalog();
        Path project = dir.resolve("shop" + ProjectFiles.SUFFIX);
        ProjectFiles.save(Project.newProject("shop").withCatalog(catalog), project);
        Path out = dir.resolve("project");
        Cli.Run r = run("assess", "--source", project.toString(), "--out", out.toString(), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(out.resolve("assessment-summary-by-category.csv")).isNotEmptyFile();
        assertThat(out.resolve("assessment-report.html")).doesNotExist();
    }

    @Test
    void unknownFormatIsAnError() {
        Cli.Run r = run("assess", "--source", "x.sql", "--out", dir.toString(), "--format", "docx");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("docx");
    }
}
