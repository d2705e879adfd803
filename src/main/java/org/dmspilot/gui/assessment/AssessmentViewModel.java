package org.dmspilot.gui.assessment;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.ReportWriter;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/**
 * The assessment view's state: assess the project's catalog (offline, with the project's conversion settings, so
 * the numbers are the conversion view's), action items grouped by code, and export in each format.
 */
public final class AssessmentViewModel {
    /** One action-item code with its items, for the grouped list. */
    public record CodeGroup(String code, Severity severity, List<ActionItem> items) {
        public CodeGroup {
            items = List.copyOf(items);
        }
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Project> project;
    private final ProgramConverter programs;
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final ObservableList<CodeGroup> groups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(lang("assessment.notRun"));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private java.util.function.Consumer<String> onOpenObject = name -> { };

    public AssessmentViewModel(TaskExecutor executor, DialogService dialogs, Supplier<Project> project,
            ProgramConverter programs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.project = project;
        this.programs = programs;
    }

    /** Assesses the project's catalog snapshot in the background. */
    public void assess() {
        Project p = project.get();
        if (p.catalog() == null) {
            dialogs.showError(lang("assessment.failed.title"), lang("assessment.noCatalog"));
            return;
        }
        busy.set(true);
        status.set(lang("assessment.running"));
        executor.execute(BackgroundTask.of(lang("job.assess"),
                progress -> Assessments.offline(p.catalog(), p.conversion(), programs, progress))
                .onSuccess(a -> {
                    groups.setAll(group(a));
                    assessment.set(a);
                    status.set(lang("assessment.summary", a.totalObjects(),
                            String.format(java.util.Locale.ROOT, "%.1f", a.percentObjectsAutomatic()),
                            a.items().size(), String.format(java.util.Locale.ROOT, "%.1f", a.effort().hours())));
                })
                .onFailure(e -> {
                    status.set(lang("assessment.failed.title"));
                    dialogs.showError(lang("assessment.failed.title"), e.getMessage());
                })
                .onFinished(() -> busy.set(false)));
    }

    static List<CodeGroup> group(Assessment a) {
        Map<String, List<ActionItem>> byCode = new LinkedHashMap<>();
        a.codes().forEach(c -> byCode.put(c.code(), new ArrayList<>()));
        a.items().forEach(i -> byCode.get(i.item().code()).add(i.item()));
        return a.codes().stream().map(c -> new CodeGroup(c.code(), c.severity(), byCode.get(c.code()))).toList();
    }

    /** Writes the report in these formats into {@code dir}, in the background. */
    public void export(Path dir, Set<ReportFormat> formats) {
        Assessment a = assessment.get();
        if (a == null) {
            dialogs.showError(lang("assessment.exportFailed.title"), lang("assessment.notRun"));
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(lang("job.exportReport"),
                progress -> ReportWriter.write(a, dir, formats, progress))
                .onSuccess(files -> status.set(lang("assessment.exported", files.size(), dir)))
                .onFailure(e -> dialogs.showError(lang("assessment.exportFailed.title"), e.getMessage()))
                .onFinished(() -> busy.set(false)));
    }

    /** Where "open" on an action item goes: the shell shows the object in the conversion view. */
    public void setOnOpenObject(java.util.function.Consumer<String> callback) {
        this.onOpenObject = java.util.Objects.requireNonNull(callback);
    }

    /** Opens the object an action item is about (its qualified name as the item gives it). */
    public void openObject(String object) {
        if (object != null && !object.isBlank()) {
            onOpenObject.accept(object);
        }
    }

    public ObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ObservableList<CodeGroup> groups() {
        return groups;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
