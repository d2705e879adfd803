package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.mapping.MappingDocument;
import org.dmspilot.core.mapping.MappingDocument.Kind;
import org.dmspilot.core.mapping.MappingDocument.Rule;
import org.dmspilot.core.mapping.RowFilters;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/**
 * The table-selection and transformation-rules form over the task's table-mappings JSON: the rules as rows, a rule
 * being edited (kind, action, target, schema/table/column picked from the source catalog or typed with {@code %}
 * wildcards, a value, a row filter), add / update / remove / move. The JSON and the rows follow each other: a form
 * command writes the JSON; JSON the user types is parsed, and when it does not parse the rows stay as they were,
 * the error names line and column, and form commands are refused until the JSON is fixed, so the text is never
 * overwritten.
 */
public final class MappingEditorModel {
    /** The actions the form offers per rule kind (other actions typed in the JSON are kept as they are). */
    static final Map<Kind, List<String>> ACTIONS = Map.of(Kind.SELECTION, List.of("include", "exclude"),
            Kind.TRANSFORMATION, List.of("rename", "convert-lowercase", "add-prefix", "remove-column"));
    static final List<String> TARGETS = List.of("schema", "table", "column");
    static final List<String> OPERATORS = List.of("eq", "noteq", "gte", "lte", "between", "notbetween", "null",
            "notnull");

    private final StringProperty json;
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper jsonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private boolean writing;
    private Catalog catalog;

    final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.SELECTION);
    final StringProperty action = new SimpleStringProperty("include");
    final StringProperty target = new SimpleStringProperty("table");
    final StringProperty schema = new SimpleStringProperty("%");
    final StringProperty table = new SimpleStringProperty("%");
    final StringProperty column = new SimpleStringProperty("");
    final StringProperty value = new SimpleStringProperty("");
    final StringProperty filterColumn = new SimpleStringProperty("");
    final StringProperty filterOperator = new SimpleStringProperty("eq");
    final StringProperty filterValue = new SimpleStringProperty("");
    final StringProperty filterEnd = new SimpleStringProperty("");
    final ObservableList<String> schemas = FXCollections.observableArrayList("%");
    final ObservableList<String> tables = FXCollections.observableArrayList("%");
    final ObservableList<String> columns = FXCollections.observableArrayList("%");

    /** An editor of the document in {@code json} (the task's table mappings). */
    public MappingEditorModel(StringProperty json) {
        this.json = json;
        json.addListener((obs, old, text) -> {
            if (!writing) {
                read(text);
            }
        });
        kind.addListener((obs, old, k) -> {
            if (k != null && ACTIONS.containsKey(k) && !ACTIONS.get(k).contains(action.get())) {
                action.set(ACTIONS.get(k).get(0));
            }
        });
        schema.addListener((obs, old, s) -> refreshPickers());
        table.addListener((obs, old, t) -> refreshPickers());
        read(json.get());
    }

    /** The source catalog the pickers offer names from (null: only typed names and {@code %}). */
    public void setCatalog(Catalog catalog) {
        this.catalog = catalog;
        refreshPickers();
    }

    private void refreshPickers() {
        List<Schema> all = catalog == null ? List.of() : catalog.schemas();
        setIfChanged(schemas, names(all.stream().map(Schema::name).toList()));
        List<Table> matching = all.stream().filter(s -> like(schema.get(), s.name())).flatMap(s -> s.tables()
                .stream()).toList();
        setIfChanged(tables, names(matching.stream().map(Table::name).distinct().toList()));
        setIfChanged(columns, names(matching.stream().filter(t -> like(table.get(), t.name()))
                .flatMap(t -> t.columns().stream()).map(c -> c.name()).distinct().toList()));
    }

    private static void setIfChanged(ObservableList<String> list, List<String> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private static List<String> names(List<String> names) {
        List<String> all = new ArrayList<>();
        all.add("%");
        all.addAll(names);
        return all;
    }

    private static boolean like(String pattern, String name) {
        return pattern == null || pattern.isBlank() || new org.dmspilot.model.convert.MappingRule(
                org.dmspilot.model.convert.MappingRule.Action.EXCLUDE,
                org.dmspilot.model.convert.MappingRule.Target.SCHEMA, pattern, null, null, null).matches(name, null,
                null);
    }

    private void read(String text) {
        try {
            rules.setAll(MappingDocument.parse(text, lang("mappings.source")));
            jsonError.set("");
        } catch (DmsPilotException e) {
            jsonError.set(e.getMessage());
        }
    }

    /** Adds the rule the form describes at the end. */
    public void add() {
        edit(() -> {
            List<Rule> next = new ArrayList<>(rules);
            next.add(formRule());
            return next;
        });
    }

    /** Replaces rule {@code index} with the form's rule (its id and the members the form does not show kept). */
    public void update(int index) {
        edit(() -> {
            List<Rule> next = new ArrayList<>(rules);
            next.set(index, rules.get(index).replacedBy(formRule()));
            return next;
        });
    }

    /** Removes rule {@code index}. */
    public void remove(int index) {
        edit(() -> {
            List<Rule> next = new ArrayList<>(rules);
            next.remove(index);
            return next;
        });
    }

    /** Moves rule {@code index} one place up ({@code -1}) or down ({@code 1}); later rules win in DMS. */
    public void move(int index, int by) {
        int to = index + by;
        if (index < 0 || to < 0 || to >= rules.size()) {
            return;
        }
        edit(() -> {
            List<Rule> next = new ArrayList<>(rules);
            next.add(to, next.remove(index));
            return next;
        });
    }

    /** Loads rule {@code index} into the form. */
    public void select(int index) {
        if (index < 0 || index >= rules.size()) {
            return;
        }
        Rule r = rules.get(index);
        kind.set(r.kind());
        action.set(r.action());
        target.set(r.target() == null ? "table" : r.target());
        schema.set(r.schema());
        table.set(r.table() == null ? "%" : r.table());
        column.set(r.column() == null ? "" : r.column());
        value.set(r.value() == null ? "" : r.value());
        RowFilters.Condition c = r.filters().isEmpty() || r.filters().get(0).conditions().isEmpty() ? null
                : r.filters().get(0).conditions().get(0);
        filterColumn.set(c == null ? "" : r.filters().get(0).column());
        filterOperator.set(c == null ? "eq" : c.operator());
        filterValue.set(c == null ? "" : c.value() != null ? c.value() : c.start() == null ? "" : c.start());
        filterEnd.set(c == null || c.end() == null ? "" : c.end());
        formError.set("");
    }

    private interface Edit {
        List<Rule> apply();
    }

    /** Applies a form edit when the JSON is valid and the result passes DMS's grammar; otherwise says why. */
    private void edit(Edit change) {
        if (!jsonError.get().isEmpty()) {
            formError.set(lang("mappings.fixJsonFirst"));
            return;
        }
        try {
            List<Rule> next = change.apply();
            String text = MappingDocument.json(next);
            List<Rule> parsed = MappingDocument.parse(text, lang("mappings.source"));
            writing = true;
            try {
                json.set(text);
            } finally {
                writing = false;
            }
            rules.setAll(parsed);
            formError.set("");
        } catch (DmsPilotException | IllegalArgumentException e) {
            formError.set(e.getMessage());
        }
    }

    private Rule formRule() {
        String s = required(schema.get(), lang("mappings.field.schema"));
        if (kind.get() == Kind.SELECTION) {
            String t = required(table.get(), lang("mappings.field.table"));
            return Rule.selection(action.get(), s, t, filter());
        }
        String tg = target.get();
        if (tg == null || !TARGETS.contains(tg)) {
            throw new IllegalArgumentException(lang("mappings.error.target"));
        }
        if (action.get().equals("remove-column") && !tg.equals("column")) {
            throw new IllegalArgumentException(lang("mappings.error.removeColumn"));
        }
        if ((action.get().equals("rename") || action.get().equals("add-prefix")) && value.get().isBlank()) {
            throw new IllegalArgumentException(lang("mappings.error.value", action.get()));
        }
        String t = tg.equals("schema") ? null : required(table.get(), lang("mappings.field.table"));
        String c = tg.equals("column") ? required(column.get(), lang("mappings.field.column")) : null;
        boolean takesValue = action.get().equals("rename") || action.get().equals("add-prefix");
        return Rule.transformation(action.get(), tg, s, t, c, takesValue ? value.get() : null);
    }

    private List<RowFilters.ColumnFilter> filter() {
        if (filterColumn.get() == null || filterColumn.get().isBlank()) {
            return List.of();
        }
        if (!action.get().equals("include")) {
            throw new IllegalArgumentException(lang("mappings.error.filterInclude"));
        }
        String op = filterOperator.get();
        RowFilters.Condition c = switch (op) {
            case "between", "notbetween" -> new RowFilters.Condition(op, null, filterValue.get(), filterEnd.get());
            case "null", "notnull" -> new RowFilters.Condition(op, null, null, null);
            default -> RowFilters.Condition.of(op, filterValue.get());
        };
        return List.of(new RowFilters.ColumnFilter(filterColumn.get().strip(), List.of(c)));
    }

    private static String required(String v, String field) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(lang("mappings.error.required", field));
        }
        return v.strip();
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public ReadOnlyStringProperty jsonErrorProperty() {
        return jsonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public StringProperty tableProperty() {
        return table;
    }

    public StringProperty columnProperty() {
        return column;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty filterColumnProperty() {
        return filterColumn;
    }

    public StringProperty filterOperatorProperty() {
        return filterOperator;
    }

    public StringProperty filterValueProperty() {
        return filterValue;
    }

    public StringProperty filterEndProperty() {
        return filterEnd;
    }
}
