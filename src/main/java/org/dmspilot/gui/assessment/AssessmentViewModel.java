package org.dmspilot.gui.assessment;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.CodeObjectState;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.ReportWriter;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.verify.ObjectProbes;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/**
 * The assessment view's state: assess the project's catalog with the project's conversion settings and the same core
 * conversion as the conversion view ({@link org.dmspilot.core.conversion.Conversions}), live when the source's
 * password is known, so the numbers are the conversion view's; the state of each code object; action items grouped
 * by code; export in each format.
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
    private final ProjectConnections connections;
    private final Supplier<Project> project;
    private final ProgramConverter programs;
    private final BooleanProperty verifyOnTarget = new SimpleBooleanProperty();
    private final BooleanProperty probeWrites = new SimpleBooleanProperty();
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final ObservableList<CodeGroup> groups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(lang("assessment.notRun"));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private java.util.function.Consumer<String> onOpenObject = name -> { };

    /**
     * @param connections opens the project's source (live facts and readiness, as the conversion view does, when its
     *     password is known; never prompts) and, when verifying, its target
     */
    public AssessmentViewModel(TaskExecutor executor, DialogService dialogs, ProjectConnections connections,
            Supplier<Project> project, ProgramConverter programs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.connections = connections;
        this.project = project;
        this.programs = programs;
    }

    /**
     * Assesses the project's catalog snapshot in the background: against the live source when its password is
     * known (the same conversion as the conversion view's, plus the readiness checks), offline otherwise; with
     * {@link #verifyOnTargetProperty()} the code objects are applied to the target (rolled back) and probed.
     */
    public void assess() {
        Project p = project.get();
        if (p.catalog() == null) {
            dialogs.showError(lang("assessment.failed.title"), lang("assessment.noCatalog"));
            return;
        }
        Optional<char[]> sourcePassword = p.source() == null ? Optional.empty()
                : connections.store().get(SecretKeys.database(p.id(), ConnectionRole.SOURCE));
        Optional<char[]> targetPassword = Optional.empty();
        if (verifyOnTarget.get()) {
            try {
                targetPassword = p.target() == null ? Optional.empty() : connections.password(p, ConnectionRole.TARGET);
            } catch (org.dmspilot.core.DmsPilotException e) {
                dialogs.showError(lang("assessment.failed.title"), e.getMessage());
                return;
            }
        }
        Optional<char[]> verifyWith = targetPassword;
        ObjectProbes.Scope scope = probeWrites.get() ? ObjectProbes.Scope.READS_AND_WRITES : ObjectProbes.Scope.READS;
        busy.set(true);
        status.set(lang("assessment.running"));
        executor.execute(BackgroundTask.of(lang("job.assess"), progress -> {
            if (sourcePassword.isEmpty()) {
                return Assessments.offline(p.catalog(), p.conversion(), programs, progress);
            }
            try (ConnectionHandle source = connections.open(p.source(), sourcePassword.get())) {
                if (verifyWith.isEmpty()) {
                    return Assessments.live(source.connection(), p.catalog(), p.conversion(), programs, progress);
                }
                try (ConnectionHandle target = connections.open(ProjectConnections.profile(p, ConnectionRole.TARGET),
                        verifyWith.get())) {
                    return Assessments.live(source.connection(), p.catalog(), p.conversion(), programs,
                            target.connection(), scope, progress);
                }
            }
        })
                .onSuccess(a -> {
                    groups.setAll(group(a));
                    assessment.set(a);
                    status.set(summary(a));
                })
                .onFailure(e -> {
                    status.set(lang("assessment.failed.title"));
                    dialogs.showError(lang("assessment.failed.title"), e.getMessage());
                })
                .onFinished(() -> busy.set(false)));
    }

    static String summary(Assessment a) {
        return lang("assessment.summary", a.totalObjects(), pct(a.percentObjectsAutomatic()), a.items().size(),
                String.format(java.util.Locale.ROOT, "%.1f", a.effort().hours()))
                + " " + (a.source().live() ? lang("assessment.live") : lang("assessment.offline"))
                + " " + (a.readinessRun() ? lang("assessment.readinessChecked") : lang("assessment.readinessNotChecked"))
                + " " + lang("assessment.codeObjects", a.codeObjects().size(), pct(a.percentVerified()),
                        a.codeObjects(CodeObjectState.VERIFIED_EQUIVALENT),
                        a.codeObjects(CodeObjectState.CONVERTED_NOT_VERIFIED),
                        a.codeObjects(CodeObjectState.NEEDS_WORK));
    }

    private static String pct(double p) {
        return String.format(java.util.Locale.ROOT, "%.1f", p);
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

    /** Whether Assess also applies the code objects to the target (rolled back) and probes them. */
    public BooleanProperty verifyOnTargetProperty() {
        return verifyOnTarget;
    }

    /** Whether the verification also probes procedures and triggers (their DML runs on the source, rolled back). */
    public BooleanProperty probeWritesProperty() {
        return probeWrites;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
