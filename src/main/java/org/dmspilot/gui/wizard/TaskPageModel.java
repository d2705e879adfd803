package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsOptions.LobMode;
import org.dmspilot.core.dms.DmsOptions.MigrationType;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.LobAdvisor;
import org.dmspilot.core.dms.TaskDocuments;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.MigrationTask.Backend;
import org.dmspilot.model.project.Project;

/**
 * The task model both backends share: backend, migration type, LOB mode (proposed from the catalog) and the two
 * JSON documents in DMS's format, editable, importable and exportable. A document equal to the generated one is
 * saved as "derived" (null), so it keeps following the project's catalog and mapping rules.
 */
public final class TaskPageModel {
    /** The two documents of a task. */
    public enum Document { TABLE_MAPPINGS, TASK_SETTINGS }

    private final TaskExecutor executor;
    final ObjectProperty<Backend> backend = new SimpleObjectProperty<>(Backend.AWS_DMS);
    final ObjectProperty<MigrationType> migrationType = new SimpleObjectProperty<>(MigrationType.FULL_LOAD_AND_CDC);
    final ObjectProperty<LobMode> lobMode = new SimpleObjectProperty<>(LobMode.FULL);
    final IntegerProperty lobMaxSizeKb = new SimpleIntegerProperty(64);
    final ObjectProperty<LobAdvisor.LobChoice> lobAdvice = new SimpleObjectProperty<>();
    final StringProperty tableMappings = new SimpleStringProperty("");
    final StringProperty taskSettings = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    private String generatedMappings = "";
    private String generatedSettings = "";

    private final MappingEditorModel mappingEditor = new MappingEditorModel(tableMappings);

    TaskPageModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The rules form over {@link #tableMappingsProperty()}. */
    public MappingEditorModel mappingEditor() {
        return mappingEditor;
    }

    /** Reads the project's task; the LOB mode is proposed from the catalog. */
    void load(Project project, DmsOptions options) {
        MigrationTask task = project.migrationTask();
        backend.set(task.backend());
        migrationType.set(MigrationType.of(task.migrationType()));
        LobAdvisor.LobChoice advice = LobAdvisor.choose(project.catalog());
        lobAdvice.set(advice);
        mappingEditor.setCatalog(project.catalog());
        lobMode.set(advice.mode());
        lobMaxSizeKb.set(advice.maxSizeKb());
        Project derived = project.withMigrationTask(new MigrationTask(task.backend(), task.migrationType(), null,
                null));
        generatedMappings = pretty(safely(() -> DmsPlanner.tableMappings(derived, options)));
        generatedSettings = pretty(TaskDocuments.taskSettings(true, lobMode.get(), lobMaxSizeKb.get()));
        tableMappings.set(task.tableMappings() != null ? pretty(task.tableMappings()) : generatedMappings);
        taskSettings.set(task.taskSettings() != null ? pretty(task.taskSettings()) : generatedSettings);
    }

    /** Regenerates the task settings from the LOB choice (after the user changed it). */
    void regenerateSettings() {
        generatedSettings = pretty(TaskDocuments.taskSettings(true, lobMode.get(), lobMaxSizeKb.get()));
        taskSettings.set(generatedSettings);
    }

    /** Back to the documents derived from the project. */
    void resetDocuments() {
        tableMappings.set(generatedMappings);
        regenerateSettings();
    }

    /** The task to save: a document equal to the generated one is saved as derived (null). */
    MigrationTask task() {
        return new MigrationTask(backend.get(), migrationType.get().apiValue(),
                sameJson(tableMappings.get(), generatedMappings) ? null : tableMappings.get(),
                sameJson(taskSettings.get(), generatedSettings) ? null : taskSettings.get());
    }

    /**
     * Checks both documents.
     *
     * @throws DmsPilotException naming the document and the place that is wrong
     */
    void validate() {
        TaskDocuments.validateTableMappings(tableMappings.get());
        if (backend.get() == Backend.AWS_DMS) {
            TaskDocuments.validateTaskSettings(taskSettings.get());
        }
    }

    /** Reads a document from a file (in the console's JSON format), in the background; refused when invalid. */
    void importDocument(Document which, Path file) {
        executor.execute(BackgroundTask.of(lang("wizard.job.import"), p -> {
            String text = Files.readString(file);
            if (which == Document.TABLE_MAPPINGS) {
                TaskDocuments.validateTableMappings(text);
            } else {
                TaskDocuments.validateTaskSettings(text);
            }
            return pretty(text);
        }).onSuccess(text -> {
            (which == Document.TABLE_MAPPINGS ? tableMappings : taskSettings).set(text);
            message.set(lang("wizard.task.imported", file.getFileName()));
        }).onFailure(e -> message.set(lang("wizard.task.importFailed", file, describe(e)))));
    }

    /** Writes a document to a file, in the background. */
    void exportDocument(Document which, Path file) {
        String text = (which == Document.TABLE_MAPPINGS ? tableMappings : taskSettings).get();
        executor.execute(BackgroundTask.of(lang("wizard.job.export"), p -> {
            Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
            return file;
        }).onSuccess(f -> message.set(lang("wizard.task.exported", f)))
                .onFailure(e -> message.set(lang("wizard.task.exportFailed", file, describe(e)))));
    }

    static String describe(Throwable e) {
        return e instanceof DmsPilotException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String safely(java.util.function.Supplier<String> json) {
        try {
            return json.get();
        } catch (DmsPilotException e) {
            return "{\"rules\": []}";
        }
    }

    private static boolean sameJson(String a, String b) {
        return TaskDocuments.sameJson(a, b);
    }

    /** Indented for editing; text that is not JSON is kept as it is (validation names the error). */
    static String pretty(String json) {
        return TaskDocuments.pretty(json);
    }

    public ObjectProperty<Backend> backendProperty() {
        return backend;
    }

    public ObjectProperty<MigrationType> migrationTypeProperty() {
        return migrationType;
    }

    public ObjectProperty<LobMode> lobModeProperty() {
        return lobMode;
    }

    public IntegerProperty lobMaxSizeKbProperty() {
        return lobMaxSizeKb;
    }

    public ObjectProperty<LobAdvisor.LobChoice> lobAdviceProperty() {
        return lobAdvice;
    }

    public StringProperty tableMappingsProperty() {
        return tableMappings;
    }

    public StringProperty taskSettingsProperty() {
        return taskSettings;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
