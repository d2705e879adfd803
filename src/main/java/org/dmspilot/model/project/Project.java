package org.dmspilot.model.project;

import java.util.List;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ConversionSettings;

/**
 * A migration project, saved as {@code *.dmspilot.json}. Later capabilities (catalog snapshot, conversion, tasks)
 * add fields here; the file keeps {@link #CURRENT_FORMAT_VERSION} until a change is incompatible.
 *
 * @param id stable id, used to key secrets and to tag cloud resources
 * @param source the MySQL/MariaDB side, may be null until configured
 * @param target the PostgreSQL side, may be null until configured
 * @param tasks names of migration tasks (filled by the DMS and engine capabilities)
 * @param catalog the source catalog as last read, so the project works offline; null until read
 * @param conversion conversion options, mapping rules and hand-edited target DDL; never null
 * @param migrationTask the migration task (backend, type, table mappings, task settings); never null
 */
public record Project(int formatVersion, String id, String name, ConnectionProfile source, ConnectionProfile target,
        List<String> tasks, Catalog catalog, ConversionSettings conversion, MigrationTask migrationTask) {

    public static final int CURRENT_FORMAT_VERSION = 1;

    public Project {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        conversion = conversion == null ? ConversionSettings.defaults() : conversion;
        migrationTask = migrationTask == null ? MigrationTask.defaults() : migrationTask;
    }

    /** A project with the default migration task. */
    public Project(int formatVersion, String id, String name, ConnectionProfile source, ConnectionProfile target,
            List<String> tasks, Catalog catalog, ConversionSettings conversion) {
        this(formatVersion, id, name, source, target, tasks, catalog, conversion, null);
    }

    /** A project without a catalog snapshot. */
    public Project(int formatVersion, String id, String name, ConnectionProfile source, ConnectionProfile target,
            List<String> tasks) {
        this(formatVersion, id, name, source, target, tasks, null, null);
    }

    public static Project newProject(String name) {
        return new Project(CURRENT_FORMAT_VERSION, java.util.UUID.randomUUID().toString(), name, null, null, List.of());
    }

    public Project withSource(ConnectionProfile newSource) {
        return new Project(formatVersion, id, name, newSource, target, tasks, catalog, conversion, migrationTask);
    }

    public Project withTarget(ConnectionProfile newTarget) {
        return new Project(formatVersion, id, name, source, newTarget, tasks, catalog, conversion, migrationTask);
    }

    public Project withName(String newName) {
        return new Project(formatVersion, id, newName, source, target, tasks, catalog, conversion, migrationTask);
    }

    /** The same project with these conversion settings. */
    public Project withConversion(ConversionSettings newConversion) {
        return new Project(formatVersion, id, name, source, target, tasks, catalog, newConversion, migrationTask);
    }

    /** The same project with this catalog snapshot (null to forget it). */
    public Project withCatalog(Catalog newCatalog) {
        return new Project(formatVersion, id, name, source, target, tasks, newCatalog, conversion, migrationTask);
    }

    /** The same project with this migration task. */
    public Project withMigrationTask(MigrationTask newTask) {
        return new Project(formatVersion, id, name, source, target, tasks, catalog, conversion, newTask);
    }
}
