package org.dmspilot.gui.conversion;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dmspilot.core.catalog.SourceDdl;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.conversion.Conversions;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.core.convert.EditedStatements;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.core.edit.Job;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.edit.JobManager;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.model.convert.Severity;
import org.dmspilot.model.convert.Stage;

/**
 * The conversion view's state: convert the project's catalog, browse an object's source and target DDL, edit the
 * target DDL (undoable, kept in the project), filter action items, save as SQL, apply to the target.
 */
public final class ConversionViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProjectConnections connections;
    private final Supplier<Project> project;
    private final Consumer<Project> updateProject;
    private final ProgramConverter programs;
    private final JobManager jobs = new JobManager(100);

    private final ObjectProperty<ConversionResult> result = new SimpleObjectProperty<>();
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final FilteredList<ActionItem> shownItems = new FilteredList<>(items);
    private final ObjectProperty<Severity> minimumSeverity = new SimpleObjectProperty<>(Severity.INFO);
    private final StringProperty selectedObject = new SimpleStringProperty();
    private final StringProperty sourceDdl = new SimpleStringProperty("");
    private final StringProperty targetDdl = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(lang("conversion.notRun"));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty();
    private final ObservableList<MappingRule> rules = FXCollections.observableArrayList();

    public ConversionViewModel(TaskExecutor executor, DialogService dialogs, ProjectConnections connections,
            Supplier<Project> project, Consumer<Project> updateProject, ProgramConverter programs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.connections = connections;
        this.project = project;
        this.updateProject = updateProject;
        this.programs = programs;
        minimumSeverity.addListener((o, a, s) -> shownItems.setPredicate(i -> i.severity().ordinal() <= s.ordinal()));
        selectedObject.addListener((o, a, name) -> showObject(name));
        jobs.addListener(() -> canUndo.set(jobs.canUndo()));
        rules.setAll(project.get().conversion().rules());
    }

    /** Converts the project's catalog in the background. */
    public void convert() {
        Project p = project.get();
        if (p.catalog() == null) {
            dialogs.showError(lang("conversion.failed.title"), lang("conversion.noCatalog"));
            return;
        }
        ConversionSettings settings = p.conversion();
        // the data decides tinyint(1) -> boolean and unsigned bigint widening: ask the source when its password is
        // already known (never prompt for it here); otherwise convert as from a dump
        Optional<char[]> password = p.source() == null ? Optional.empty()
                : connections.store().get(SecretKeys.database(p.id(), ConnectionRole.SOURCE));
        busy.set(true);
        status.set(lang("conversion.running"));
        executor.execute(BackgroundTask.of(lang("job.convert"), progress -> {
            if (password.isEmpty()) {
                return Conversions.convert(p.catalog(), settings, programs, null, progress);
            }
            try (ConnectionHandle handle = connections.open(p.source(), password.get())) {
                return Conversions.convert(p.catalog(), settings, programs, handle.connection(), progress);
            } catch (org.dmspilot.core.connect.ConnectionFailedException e) {
                return Conversions.convert(p.catalog(), settings, programs, null, progress);
            }
        })
                .onSuccess(r -> {
                    result.set(r);
                    items.setAll(r.actionItems());
                    status.set(summary(r));
                    showObject(selectedObject.get());
                })
                .onFailure(e -> {
                    status.set(lang("conversion.failed.title"));
                    dialogs.showError(lang("conversion.failed.title"), e.getMessage());
                })
                .onFinished(() -> busy.set(false)));
    }

    static String summary(ConversionResult r) {
        long critical = r.actionItems().stream().filter(i -> i.severity() == Severity.CRITICAL).count();
        return lang("conversion.summary", r.statements().size(), r.actionItems().size(), critical);
    }

    /** The statements to save or apply: the converter's, with the project's hand edits. */
    public List<ConvertedStatement> statements() {
        ConversionResult r = result.get();
        return r == null ? List.of() : EditedStatements.apply(r.statements(), project.get().conversion().editedDdl());
    }

    /** Objects of the target, in script order (for the target tree). */
    public List<String> targetObjects() {
        return statements().stream().map(ConvertedStatement::object).distinct().toList();
    }

    private void showObject(String name) {
        if (name == null) {
            sourceDdl.set("");
            targetDdl.set("");
            return;
        }
        sourceDdl.set(sourceDdlOf(name).orElse(""));
        targetDdl.set(ObjectDdl.render(statements().stream().filter(s -> s.object().equals(name)).toList()));
    }

    private Optional<String> sourceDdlOf(String qualified) {
        var catalog = project.get().catalog();
        if (catalog == null) {
            return Optional.empty();
        }
        for (Schema s : catalog.schemas()) {
            String prefix = s.name() + ".";
            if (!qualified.startsWith(prefix)) {
                continue;
            }
            String name = qualified.substring(prefix.length());
            var table = s.tables().stream().filter(t -> t.name().equals(name)).findFirst();
            if (table.isPresent()) {
                return Optional.of(SourceDdl.table(table.get()));
            }
            var view = s.views().stream().filter(v -> v.name().equals(name)).findFirst();
            if (view.isPresent()) {
                return Optional.of(SourceDdl.view(view.get()));
            }
            var routine = s.routines().stream().filter(r -> r.name().equals(name)).findFirst();
            if (routine.isPresent()) {
                return Optional.of(SourceDdl.routine(routine.get()));
            }
            var trigger = s.triggers().stream().filter(t -> t.name().equals(name)).findFirst();
            if (trigger.isPresent()) {
                return Optional.of(SourceDdl.trigger(trigger.get()));
            }
        }
        return Optional.empty();
    }

    /** Keeps an edit of the selected object's target DDL in the project (undoable). */
    public void editTargetDdl(String text) {
        String object = selectedObject.get();
        if (object == null || text.equals(targetDdl.get())) {
            return;
        }
        Stage first = statements().stream().filter(s -> s.object().equals(object)).map(ConvertedStatement::stage)
                .findFirst().orElse(Stage.TABLES);
        Map<Stage, String> sections = ObjectDdl.parse(text, first);
        Map<String, String> before = project.get().conversion().editedDdl();
        Map<String, String> after = new HashMap<>(before);
        for (Stage stage : Stage.values()) {
            String key = ConversionSettings.ddlKey(stage, object);
            if (sections.containsKey(stage)) {
                after.put(key, sections.get(stage));
            } else if (statements().stream().anyMatch(s -> s.object().equals(object) && s.stage() == stage)) {
                after.put(key, "");
            }
        }
        jobs.execute(editJob(object, before, after));
    }

    private Job editJob(String object, Map<String, String> before, Map<String, String> after) {
        return new Job() {
            @Override
            public void execute() {
                setEdits(after);
            }

            @Override
            public void undo() {
                setEdits(before);
            }

            @Override
            public String description() {
                return lang("conversion.editDdl", object);
            }
        };
    }

    private void setEdits(Map<String, String> edits) {
        Project p = project.get();
        updateProject.accept(p.withConversion(p.conversion().withEditedDdl(edits)));
        showObject(selectedObject.get());
    }

    public void undo() {
        if (jobs.canUndo()) {
            jobs.undo();
        }
    }

    /** The project's mapping rules, in the order they apply (the last match wins). */
    public ObservableList<MappingRule> rules() {
        return rules;
    }

    /** Adds a mapping rule to the project (undoable); takes effect at the next Convert. */
    public void addRule(MappingRule rule) {
        List<MappingRule> before = List.copyOf(rules);
        List<MappingRule> after = new java.util.ArrayList<>(before);
        after.add(rule);
        jobs.execute(rulesJob(lang("conversion.rules.added", rule.describe()), before, after));
    }

    /** Removes a mapping rule from the project (undoable). */
    public void removeRule(MappingRule rule) {
        List<MappingRule> before = List.copyOf(rules);
        List<MappingRule> after = new java.util.ArrayList<>(before);
        after.remove(rule);
        jobs.execute(rulesJob(lang("conversion.rules.removed", rule.describe()), before, after));
    }

    private Job rulesJob(String description, List<MappingRule> before, List<MappingRule> after) {
        return new Job() {
            @Override
            public void execute() {
                setRules(after);
            }

            @Override
            public void undo() {
                setRules(before);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    private void setRules(List<MappingRule> newRules) {
        Project p = project.get();
        updateProject.accept(p.withConversion(p.conversion().withRules(newRules)));
        rules.setAll(newRules);
        status.set(lang("conversion.rules.changed"));
    }

    /** Writes the script(s) into {@code dir}. */
    public void saveAsSql(Path dir, SqlScriptWriter.Layout layout) {
        List<ConvertedStatement> statements = statements();
        executor.execute(BackgroundTask.of(lang("job.saveSql"), p -> SqlScriptWriter.write(statements, dir, layout,
                "DMS Pilot conversion of " + project.get().name()))
                .onSuccess(files -> status.set(lang("conversion.saved", files.size(), dir)))
                .onFailure(e -> dialogs.showError(lang("conversion.saveFailed.title"), e.getMessage())));
    }

    /** Applies the converted schema to the target: a preview first, then object by object or all or nothing. */
    public void applyToTarget() {
        Project p = project.get();
        List<ConvertedStatement> statements = statements();
        if (statements.isEmpty()) {
            return;
        }
        Optional<char[]> password;
        try {
            password = connections.password(p, ConnectionRole.TARGET);
        } catch (org.dmspilot.core.DmsPilotException e) {
            dialogs.showError(lang("conversion.applyFailed.title"), e.getMessage());
            return;
        }
        if (password.isEmpty()) {
            return;
        }
        var profile = ProjectConnections.profile(p, ConnectionRole.TARGET);
        busy.set(true);
        executor.execute(BackgroundTask.of(lang("job.applyPreview"), progress -> {
            try (ConnectionHandle handle = connections.open(profile, password.get())) {
                return SchemaApplier.preview(handle.connection(), statements, progress);
            }
        }).onSuccess(preview -> {
            busy.set(false);
            chooseAndApply(preview, statements, profile, password.get());
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(lang("conversion.applyFailed.title"), e.getMessage());
        }).onCancelled(() -> {
            busy.set(false);
            status.set(lang("status.cancelled"));
        }));
    }

    /**
     * Shows what the apply would do and asks; objects already present offer skip or drop and recreate. By default
     * each object is applied in its own savepoint (objects PostgreSQL refuses become critical APPLY-FAILED items and
     * the rest is applied); with {@link #allOrNothingProperty()} one refused statement rolls everything back.
     */
    private void chooseAndApply(SchemaApplier.Preview preview, List<ConvertedStatement> statements,
            org.dmspilot.model.ConnectionProfile profile, char[] password) {
        boolean whole = allOrNothing.get();
        SchemaApplier.Mode mode;
        if (preview.alreadyPresent().isEmpty()) {
            if (whole && preview.failure().isPresent()) {
                dialogs.showError(lang("conversion.applyFailed.title"), preview.failure().get());
                return;
            }
            String question = whole ? lang("conversion.apply.confirm.message", preview.statements(),
                    profile.describe()) : lang("conversion.apply.confirm.each", preview.statements(),
                            profile.describe()) + refusedNote(preview);
            if (!dialogs.confirm(lang("conversion.apply.confirm.title"), question)) {
                return;
            }
            mode = SchemaApplier.Mode.ALL;
        } else {
            List<String> present = preview.alreadyPresent().stream().map(s -> s.stage().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + " " + s.object()).distinct().toList();
            int choice = dialogs.choose(lang("conversion.apply.existing.title"), lang(
                    "conversion.apply.existing.message", preview.statements(), profile.describe(),
                    preview.alreadyPresent().size(), shortList(present)) + (whole ? "" : refusedNote(preview)),
                    List.of(lang("conversion.apply.skip"), lang("conversion.apply.recreate")));
            if (choice < 0) {
                return;
            }
            mode = choice == 0 ? SchemaApplier.Mode.SKIP_EXISTING : SchemaApplier.Mode.DROP_AND_RECREATE;
        }
        busy.set(true);
        if (whole) {
            executor.execute(BackgroundTask.of(lang("job.apply"), progress -> {
                try (ConnectionHandle handle = connections.open(profile, password)) {
                    return SchemaApplier.apply(handle.connection(), statements, mode, progress);
                }
            }).onSuccess(r -> status.set(r.skipped().isEmpty() ? lang("conversion.applied", r.applied(),
                    profile.describe()) : lang("conversion.appliedSkipping", r.applied(), profile.describe(),
                            r.skipped().size())))
                    .onFailure(e -> dialogs.showError(lang("conversion.applyFailed.title"), e.getMessage()))
                    .onCancelled(() -> status.set(lang("status.cancelled")))
                    .onFinished(() -> busy.set(false)));
            return;
        }
        executor.execute(BackgroundTask.of(lang("job.apply"), progress -> {
            try (ConnectionHandle handle = connections.open(profile, password)) {
                return SchemaApplier.applyEach(handle.connection(), statements, mode, progress);
            }
        }).onSuccess(o -> {
            items.removeIf(i -> i.code().equals(ActionCode.APPLY_FAILED.code()));
            items.addAll(o.items());
            status.set(lang("conversion.appliedEach", o.applied(), o.total(), profile.describe(), o.skipped().size(),
                    o.failedObjects().size()) + (o.complete() ? "" : " " + lang("conversion.appliedEach.refused",
                            shortList(List.copyOf(o.failedObjects())))));
        })
                .onFailure(e -> dialogs.showError(lang("conversion.applyFailed.title"), e.getMessage()))
                .onCancelled(() -> status.set(lang("status.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    /** What the preview found PostgreSQL would refuse, for the question; empty when nothing. */
    private static String refusedNote(SchemaApplier.Preview preview) {
        if (preview.refused().isEmpty()) {
            return "";
        }
        return "\n\n" + lang("conversion.apply.refusedNote", preview.refused().size(), shortList(preview.refused()
                .stream().map(ActionItem::object).distinct().toList()));
    }

    private static String shortList(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(12, names.size())))
                + (names.size() > 12 ? lang("conversion.apply.more", names.size() - 12) : "");
    }

    /** Whether Apply runs in one transaction that any refused statement rolls back (default: object by object). */
    public BooleanProperty allOrNothingProperty() {
        return allOrNothing;
    }

    public ObjectProperty<ConversionResult> resultProperty() {
        return result;
    }

    public ObservableList<ActionItem> shownItems() {
        return shownItems;
    }

    public ObjectProperty<Severity> minimumSeverityProperty() {
        return minimumSeverity;
    }

    public StringProperty selectedObjectProperty() {
        return selectedObject;
    }

    public StringProperty sourceDdlProperty() {
        return sourceDdl;
    }

    public StringProperty targetDdlProperty() {
        return targetDdl;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }
}
