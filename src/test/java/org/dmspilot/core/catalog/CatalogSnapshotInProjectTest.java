package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.GeneratedColumn;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Partitioning;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSnapshotInProjectTest {
    @TempDir
    Path dir;

    static Catalog sampleCatalog() {
        Column id = new Column("id", 1, "int(10) unsigned", "int", null, 10L, 0L, null, true, false, null, null,
                false, null, null, false, null, true, "");
        Column name = new Column("name", 2, "varchar(80)", "varchar", 80L, null, null, null, false, false, "utf8mb4",
                "utf8mb4_general_ci", true, DefaultValue.string("it's"), null, false, null, false, "who");
        Column at = new Column("at", 3, "timestamp", "timestamp", null, null, null, 0L, false, false, null, null,
                false, DefaultValue.expression("current_timestamp()"), null, false, "current_timestamp()", false, "");
        Column upper = new Column("up", 4, "varchar(80)", "varchar", 80L, null, null, null, false, false, "utf8mb4",
                "utf8mb4_general_ci", true, null, new GeneratedColumn("ucase(`name`)", true), true, null, false, "");
        Table t = new Table("t", "InnoDB", "utf8mb4_general_ci", 10L, 16384L, 11L,
                new Partitioning("HASH", "`id`", null, null, List.of(new Partitioning.Partition("p0", null))), "c",
                List.of(id, name, at, upper),
                List.of(new Index("PRIMARY", true, true, "BTREE", List.of(IndexPart.of("id")), "", true),
                        new Index("k", false, false, "BTREE", List.of(new IndexPart("name", 5, null, true)), "",
                                true)),
                List.of(new ForeignKey("fk", List.of("id"), "s", "u", List.of("id"), "CASCADE", "NO ACTION")),
                List.of(new CheckConstraint("chk", "`id` > 0")));
        Routine r = new Routine("f", Routine.Type.FUNCTION, List.of(new Routine.Parameter("p", Routine.Mode.IN,
                "int(11)")), "int(11)", "RETURN p", true, "NO SQL", "DEFINER", "STRICT_TRANS_TABLES", "", "a@%");
        Schema s = new Schema("s", "utf8mb4", "utf8mb4_general_ci", List.of(t),
                List.of(new View("v", "select 1", "MERGE", "DEFINER", "NONE", "a@%")), List.of(r),
                List.of(new Trigger("tr", "t", Trigger.Timing.BEFORE, Trigger.RowEvent.INSERT, 1, "SET NEW.id = 1",
                        "", "a@%")),
                List.of(new Event("e", true, null, "1", "DAY", "2030-01-01 00:00:00", null, "ENABLED", false,
                        "DELETE FROM t", "", "", "a@%")));
        return new Catalog(Engine.MARIADB, "11.4.5-MariaDB", "db:3306", Instant.parse("2026-01-02T03:04:05Z"),
                List.of(s));
    }

    @Test
    void catalogSnapshotIsSavedWithTheProjectAndLoadsBackEqual() {
        Project project = Project.newProject("offline").withCatalog(sampleCatalog());
        Path file = dir.resolve("p" + ProjectFiles.SUFFIX);
        ProjectFiles.save(project, file);
        Project loaded = ProjectFiles.load(file);
        assertThat(loaded).isEqualTo(project);
        assertThat(loaded.withName("renamed").catalog()).isEqualTo(sampleCatalog());
    }

    @Test
    void projectWithoutCatalogStillLoads() {
        Project project = Project.newProject("no catalog");
        Path file = dir.resolve("q" + ProjectFiles.SUFFIX);
        ProjectFiles.save(project, file);
        assertThat(ProjectFiles.load(file).catalog()).isNull();
    }
}
