package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;
import static org.dmspilot.gui.wizard.AwsPages.button;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dmspilot.core.dms.DmsOptions.LobMode;
import org.dmspilot.core.dms.DmsOptions.MigrationType;
import org.dmspilot.core.dms.LobAdvisor;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.gui.wizard.DmsWizardViewModel.Export;
import org.dmspilot.gui.wizard.TaskPageModel.Document;
import org.dmspilot.model.MigrationTask.Backend;

/** The pages both backends share (backend, task, review) and the run pages (provision, statistics, local start). */
final class TaskPages {
    private final DmsWizardViewModel vm;
    private final TaskPageModel task;

    TaskPages(DmsWizardViewModel vm) {
        this.vm = vm;
        this.task = vm.task();
    }

    Node backend() {
        ToggleGroup group = new ToggleGroup();
        RadioButton aws = radio("awsBackend", lang("wizard.backend.aws"), group, Backend.AWS_DMS);
        RadioButton local = radio("localBackend", lang("wizard.backend.local"), group, Backend.LOCAL_ENGINE);
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                task.backend.set((Backend) t.getUserData());
            }
        });
        task.backend.addListener((obs, old, b) -> group.selectToggle(b == Backend.AWS_DMS ? aws : local));
        group.selectToggle(task.backend.get() == Backend.AWS_DMS ? aws : local);
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.backend")))
                .row("", new VBox(4, aws, Form.hint(lang("wizard.backend.aws.hint")), compute()), null)
                .row("", new VBox(4, local, Form.hint(lang("wizard.backend.local.hint"))), "backend");
        return f.node();
    }

    /** Replication instance or DMS Serverless, under AWS DMS: decides which of the two pages follows. */
    private Node compute() {
        ToggleGroup group = new ToggleGroup();
        RadioButton instance = new RadioButton(lang("wizard.compute.instance"));
        instance.setId("instanceCompute");
        RadioButton serverless = new RadioButton(lang("wizard.compute.serverless"));
        serverless.setId("serverlessCompute");
        instance.setToggleGroup(group);
        serverless.setToggleGroup(group);
        var chosen = vm.choices().serverlessProperty();
        group.selectToggle(chosen.get() ? serverless : instance);
        group.selectedToggleProperty().addListener((obs, old, t) -> chosen.set(t == serverless));
        chosen.addListener((obs, old, on) -> group.selectToggle(on ? serverless : instance));
        VBox box = new VBox(4, instance, serverless, Form.hint(lang("wizard.compute.hint")));
        box.setPadding(new javafx.geometry.Insets(4, 0, 0, 24));
        box.disableProperty().bind(task.backend.isNotEqualTo(Backend.AWS_DMS));
        return box;
    }

    Node task() {
        ComboBox<MigrationType> type = new ComboBox<>();
        type.setId("migrationTypeBox");
        type.getItems().setAll(MigrationType.values());
        type.setConverter(AwsPages.converter(MigrationType::apiValue));
        type.valueProperty().bindBidirectional(task.migrationType);
        ComboBox<LobMode> lob = new ComboBox<>();
        lob.setId("lobModeBox");
        lob.getItems().setAll(LobMode.values());
        lob.valueProperty().bindBidirectional(task.lobMode);
        Spinner<Integer> lobSize = new Spinner<>(1, 1_048_576, task.lobMaxSizeKb.get(), 32);
        lobSize.setId("lobSizeSpinner");
        lobSize.setEditable(true);
        lobSize.valueProperty().addListener((obs, old, v) -> task.lobMaxSizeKb.set(v == null ? 0 : v));
        lobSize.disableProperty().bind(task.lobMode.isEqualTo(LobMode.FULL));
        Runnable regenerate = task::regenerateSettings;
        task.lobMode.addListener((obs, old, v) -> regenerate.run());
        task.lobMaxSizeKb.addListener((obs, old, v) -> regenerate.run());
        Label advice = Form.hint(lobAdvice(task.lobAdvice.get()));
        advice.setId("lobAdviceLabel");
        Tab rules = new Tab(lang("mappings.tab.rules"), MappingEditorView.create(task.mappingEditor()));
        rules.setId("mappingRulesTab");
        TabPane documents = new TabPane(rules, document(Document.TABLE_MAPPINGS, lang("wizard.task.mappings"),
                "tableMappings"), document(Document.TASK_SETTINGS, lang("wizard.task.settings"), "taskSettings"));
        documents.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        documents.setPrefHeight(430);
        Label message = Form.hint("");
        message.textProperty().bind(task.message);
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.task")))
                .row(lang("wizard.task.type"), type, null)
                .row(lang("wizard.task.lob"), new HBox(8, lob, new Label(lang("wizard.task.lobMax")), lobSize), null)
                .wide(advice).wide(documents)
                .wide(new HBox(8, button("resetDocumentsButton", lang("wizard.task.reset"), task::resetDocuments),
                        message));
        return f.node();
    }

    private Tab document(Document which, String title, String field) {
        TextArea text = new TextArea();
        text.setId(field + "Area");
        text.getStyleClass().add("code");
        text.textProperty().bindBidirectional(which == Document.TABLE_MAPPINGS ? task.tableMappings
                : task.taskSettings);
        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setId(field + "Error");
        error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(vm.fieldErrors(), field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox buttons = new HBox(8, button(field + "Import", lang("wizard.task.import"), () -> choose(text, false,
                f -> task.importDocument(which, f.toPath()))), button(field + "Export", lang("wizard.task.export"),
                () -> choose(text, true, f -> task.exportDocument(which, f.toPath()))));
        VBox box = new VBox(6, text, error, buttons);
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        return new Tab(title, box);
    }

    Node review() {
        TextArea plan = new TextArea();
        plan.setId("planArea");
        plan.setEditable(false);
        plan.getStyleClass().add("code");
        plan.setPrefRowCount(24);
        plan.setText(String.join("\n", vm.planLines()));
        vm.planLines().addListener((ListChangeListener<String>) c -> plan.setText(String.join("\n", vm.planLines())));
        HBox exports = new HBox(8, exportButton("exportJsonButton", lang("wizard.export.json"),
                Export.CLOUDFORMATION_JSON, "stack.json"), exportButton("exportYamlButton", lang("wizard.export.yaml"),
                Export.CLOUDFORMATION_YAML, "stack.yaml"), exportButton("exportCliButton", lang("wizard.export.cli"),
                Export.CLI_SCRIPT, "create-dms.sh"));
        exports.visibleProperty().bind(task.backend.isEqualTo(Backend.AWS_DMS));
        return AwsPages.page(Form.title(lang("wizard.page.review")), Form.hint(lang("wizard.review.hint")), plan,
                exports);
    }

    private javafx.scene.control.Button exportButton(String id, String text, Export format, String name) {
        javafx.scene.control.Button b = button(id, text, () -> { });
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(name);
            File file = chooser.showSaveDialog(b.getScene().getWindow());
            if (file != null) {
                vm.exportTo(format, file.toPath());
            }
        });
        return b;
    }

    Node provision() {
        ListView<StepState> steps = new ListView<>(vm.steps());
        steps.setId("stepsList");
        steps.setPrefHeight(330);
        steps.setCellFactory(l -> AwsPages.cell(s -> lang("wizard.step", status(s.status()), s.step().title(),
                s.message() == null ? "" : "\u2014 " + s.message())));
        javafx.scene.control.Button run = button("provisionButton", lang("wizard.provision"), vm::provision);
        run.disableProperty().bind(vm.busyProperty());
        javafx.scene.control.Button cancel = button("cancelButton", lang("wizard.cancel"), vm::cancel);
        cancel.disableProperty().bind(vm.busyProperty().not());
        return AwsPages.page(Form.title(lang("wizard.page.provision")), Form.hint(lang("wizard.provision.hint")),
                steps, new HBox(8, run, cancel));
    }

    Node stats() {
        TableView<TaskStatus.TableStats> tables = new TableView<>();
        tables.setId("tablesTable");
        tables.getColumns().add(column(lang("wizard.column.table"), t -> t.schema() + "." + t.table(), 200));
        tables.getColumns().add(column(lang("wizard.column.loaded"), t -> String.valueOf(t.fullLoadRows()), 110));
        tables.getColumns().add(column(lang("wizard.column.changes"), t -> t.inserts() + " / " + t.updates() + " / "
                + t.deletes(), 210));
        tables.getColumns().add(column(lang("wizard.column.state"), t -> t.tableState() + " / "
                + t.validationState(), 200));
        Label summary = new Label();
        summary.setId("taskSummaryLabel");
        vm.taskStatusProperty().addListener((obs, old, s) -> {
            tables.getItems().setAll(s == null ? java.util.List.of() : s.tables());
            summary.setText(s == null ? "" : summary(s));
        });
        javafx.scene.control.Button start = button("startButton", lang("wizard.start"), vm::startTask);
        start.disableProperty().bind(vm.busyProperty());
        CheckBox auto = new CheckBox(lang("wizard.stats.auto"));
        auto.setId("autoRefreshBox");
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        return AwsPages.page(Form.title(lang("wizard.page.stats")), new HBox(10, start,
                button("refreshButton", lang("wizard.refresh"), vm::refresh), auto), summary, tables);
    }

    /** One line: identifier, status, full load, latency; a serverless replication also its capacity. */
    private static String summary(TaskStatus s) {
        String load = s.fullLoadPercent() == null ? "\u2014" : s.fullLoadPercent() + " %";
        String latency = s.latency() == null || s.latency().targetSeconds() == null ? "\u2014"
                : s.latency().targetSeconds() + " s";
        return s.capacity() == null ? lang("wizard.stats.summary", s.identifier(), s.status(), load, latency)
                : lang("wizard.stats.summary.serverless", s.identifier(), s.status(), load, latency)
                        + lang("wizard.stats.capacity", s.capacity());
    }

    Node localStart() {
        TextArea command = new TextArea();
        command.setId("localCommandArea");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(3);
        command.getStyleClass().add("code");
        command.textProperty().bind(vm.localCommandProperty());
        TableView<TableStatistics> tables = new TableView<>(vm.localStats());
        tables.setId("localTablesTable");
        tables.setPrefHeight(260);
        tables.getColumns().add(column(lang("wizard.column.table"), TableStatistics::qualifiedName, 200));
        tables.getColumns().add(column(lang("wizard.column.loaded"), t -> String.valueOf(t.fullLoadRows()), 110));
        tables.getColumns().add(column(lang("wizard.column.changes"), t -> t.inserts() + " / " + t.updates() + " / "
                + t.deletes(), 210));
        javafx.scene.control.Button start = button("localStartButton", lang("wizard.local.start"), vm::startLocal);
        start.disableProperty().bind(vm.busyProperty());
        javafx.scene.control.Button stop = button("localStopButton", lang("wizard.local.stop"), vm::cancel);
        stop.disableProperty().bind(vm.busyProperty().not());
        return AwsPages.page(Form.title(lang("wizard.page.localStart")), Form.hint(lang("wizard.local.hint")),
                new HBox(8, start, stop), tables, Form.hint(lang("wizard.local.cli")), command);
    }

    private static String lobAdvice(LobAdvisor.LobChoice c) {
        if (c == null || c.columns().isEmpty()) {
            return c == null ? "" : lang("wizard.lob.none");
        }
        if (c.mode() == LobMode.FULL) {
            return c.forcingFull().isEmpty() ? lang("wizard.lob.noCatalog") : lang("wizard.lob.full",
                    c.columns().size(), String.join(", ", c.forcingFull().stream().limit(5)
                            .map(l -> l.qualifiedName() + " (" + l.dataType() + ")").toList()));
        }
        return lang("wizard.lob.limited", c.columns().size(), c.maxSizeKb());
    }

    private static String status(StepState.Status s) {
        return switch (s) {
            case PENDING -> lang("wizard.status.pending");
            case RUNNING -> lang("wizard.status.running");
            case DONE -> lang("wizard.status.done");
            case FAILED -> lang("wizard.status.failed");
            case DELETED -> lang("wizard.status.deleted");
        };
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, Backend backend) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(backend);
        return r;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
            double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static void choose(Node owner, boolean save, Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("wizard.task.filter"), "*.json"));
        File file = save ? chooser.showSaveDialog(owner.getScene().getWindow())
                : chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            then.accept(file);
        }
    }
}
