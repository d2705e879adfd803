package org.dmspilot.model;

/**
 * The migration task of a project, the same for both backends: where it runs, its migration type and its two JSON
 * documents in AWS DMS's format. Saved in the project file.
 *
 * @param backend AWS DMS or the local engine
 * @param migrationType {@code full-load}, {@code cdc} or {@code full-load-and-cdc} (the DMS API values)
 * @param tableMappings table mappings as edited or imported (DMS JSON); null means derived from the project's
 *     catalog selection and mapping rules
 * @param taskSettings task settings as edited or imported (DMS JSON); null means derived from the choices
 */
public record MigrationTask(Backend backend, String migrationType, String tableMappings, String taskSettings) {

    /** Where the task runs. */
    public enum Backend { AWS_DMS, LOCAL_ENGINE }

    public MigrationTask {
        backend = backend == null ? Backend.AWS_DMS : backend;
        migrationType = migrationType == null || migrationType.isBlank() ? "full-load-and-cdc" : migrationType;
    }

    /** AWS DMS, full load and CDC, documents derived from the project. */
    public static MigrationTask defaults() {
        return new MigrationTask(Backend.AWS_DMS, null, null, null);
    }
}
