package org.dmspilot.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration task (backend, type, both JSON documents) is saved in the project file and read back. */
class MigrationTaskInProjectTest {
    @TempDir
    Path dir;

    @Test
    void theTaskModelSurvivesSaveAndLoad() {
        MigrationTask task = new MigrationTask(MigrationTask.Backend.LOCAL_ENGINE, "cdc",
                "{\"rules\":[{\"rule-name\":\"a \\\"quoted\\\" name\"}]}", "{\"Logging\":{}}");
        Path file = dir.resolve("p.dmspilot.json");
        ProjectFiles.save(Project.newProject("p").withMigrationTask(task), file);

        assertThat(ProjectFiles.load(file).migrationTask()).isEqualTo(task);
    }

    @Test
    void aProjectWithoutATaskGetsTheDefault() throws Exception {
        Path file = dir.resolve("old.dmspilot.json");
        ProjectFiles.save(Project.newProject("old"), file);
        String json = Files.readString(file).replaceAll(",\\s*\"migrationTask\"\\s*:\\s*\\{[^}]*\\}", "");
        assertThat(json).doesNotContain("migrationTask");
        Files.writeString(file, json);

        assertThat(ProjectFiles.load(file).migrationTask()).isEqualTo(MigrationTask.defaults());
    }
}
