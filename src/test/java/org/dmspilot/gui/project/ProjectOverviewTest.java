package org.dmspilot.gui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

class ProjectOverviewTest {
    @Test
    void factsSayWhatTheProjectHoldsAndWhatIsMissing() {
        Project empty = Project.newProject("p");
        assertThat(ProjectOverview.facts(empty, null)).extracting(f -> f[0] + ": " + f[1])
                .contains("File: not saved yet (File → Save)", "Source: not configured",
                        "Source catalog: not loaded yet (Source → Load Catalog)");
        Project full = empty.withSource(ConnectionProfile.of(Engine.MARIADB, "db", 3306, "shop", "app"))
                .withCatalog(new Catalog(Engine.MARIADB, "11.4.5-MariaDB", "db:3306", Instant.EPOCH,
                        List.of(SchemaConverterTest.shop())));
        assertThat(ProjectOverview.facts(full, Path.of("/tmp/p.dmspilot.json"))).extracting(f -> f[0] + ": " + f[1])
                .contains("File: /tmp/p.dmspilot.json", "Source: MariaDB · app@db:3306/shop")
                .anyMatch(s -> s.startsWith("Source catalog: 1 schema, 3 tables, 0 views/routines/triggers;"
                        + " 11.4.5-MariaDB"));
    }
}
