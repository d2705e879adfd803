package org.dmspilot.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.SshTunnel;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path dir;

    private static Project sample() {
        return Project.newProject("Shop migration")
                .withSource(new ConnectionProfile(Engine.MARIADB, "db.example.com", 3306, "shop", "migrator",
                        TlsMode.VERIFY_FULL, "/etc/ca.pem", new SshTunnel("bastion", 22, "ec2-user",
                                SshTunnel.SshAuth.KEY, "/home/me/.ssh/id_ed25519"), 15))
                .withTarget(ConnectionProfile.of(Engine.AURORA_POSTGRESQL, "aurora.example.com", 5432, "shop",
                        "postgres"));
    }

    @Test
    void savedProjectLoadsBackEqual() {
        Path file = dir.resolve("p" + ProjectFiles.SUFFIX);
        Project project = sample();
        ProjectFiles.save(project, file);
        assertThat(ProjectFiles.load(file)).isEqualTo(project);
    }

    @Test
    void fileCarriesFormatVersionOne() throws Exception {
        Path file = dir.resolve("p" + ProjectFiles.SUFFIX);
        ProjectFiles.save(sample(), file);
        assertThat(ProjectFiles.mapper().readTree(file.toFile()).get("formatVersion").asInt()).isEqualTo(1);
    }

    @Test
    void noPasswordFieldIsEverWritten() throws Exception {
        Path file = dir.resolve("p" + ProjectFiles.SUFFIX);
        ProjectFiles.save(sample(), file);
        assertThat(Files.readString(file).toLowerCase()).doesNotContain("password").doesNotContain("secret");
    }

    @Test
    void corruptFileNamesFileAndLineAndIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("broken" + ProjectFiles.SUFFIX);
        String garbage = "{\n  \"formatVersion\": 1,\n  \"name\": \"x\"\n  \"id\": oops\n";
        Files.writeString(file, garbage);
        assertThatThrownBy(() -> ProjectFiles.load(file))
                .isInstanceOf(DmsPilotException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 4");
        assertThatThrownBy(() -> ProjectFiles.save(sample(), file))
                .isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("Not saving over");
        assertThat(Files.readString(file)).isEqualTo(garbage);
    }

    @Test
    void newerFormatIsRefusedWithClearMessageAndKept() throws Exception {
        Path file = dir.resolve("future" + ProjectFiles.SUFFIX);
        String future = "{\"formatVersion\": 7, \"id\": \"a\", \"name\": \"From the future\"}";
        Files.writeString(file, future);
        assertThatThrownBy(() -> ProjectFiles.load(file))
                .hasMessageContaining("newer DMS Pilot (format 7)")
                .hasMessageContaining("reads format 1");
        assertThatThrownBy(() -> ProjectFiles.save(sample(), file)).isInstanceOf(DmsPilotException.class);
        assertThat(Files.readString(file)).isEqualTo(future);
    }

    @Test
    void fileWithoutFormatVersionIsNotAProject() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"hello\": \"world\"}");
        assertThatThrownBy(() -> ProjectFiles.load(file)).hasMessageContaining("not a DMS Pilot project");
    }

    @Test
    void missingFileIsReportedByName() {
        Path file = dir.resolve("nowhere" + ProjectFiles.SUFFIX);
        assertThatThrownBy(() -> ProjectFiles.load(file)).hasMessageContaining("not found").hasMessageContaining(
                "nowhere");
    }

    @Test
    void saveReplacesAValidProjectAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("p" + ProjectFiles.SUFFIX);
        ProjectFiles.save(sample(), file);
        Project renamed = ProjectFiles.load(file).withName("Renamed");
        ProjectFiles.save(renamed, file);
        assertThat(ProjectFiles.load(file).name()).isEqualTo("Renamed");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("p" + ProjectFiles.SUFFIX);
        }
    }

    @Test
    void bareNamesGetTheProjectSuffix() {
        assertThat(ProjectFiles.withSuffix(Path.of("shop")).toString()).isEqualTo("shop.dmspilot.json");
        assertThat(ProjectFiles.withSuffix(Path.of("shop.json")).toString()).isEqualTo("shop.dmspilot.json");
        assertThat(ProjectFiles.withSuffix(Path.of("shop.dmspilot.json")).toString()).isEqualTo(
                "shop.dmspilot.json");
    }
}
