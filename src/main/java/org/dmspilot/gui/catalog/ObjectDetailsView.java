package org.dmspilot.gui.catalog;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** Shows one catalog object: properties, columns (tables), and the source DDL. */
public final class ObjectDetailsView {
    private final SplitPane root = new SplitPane();

    public ObjectDetailsView(ObjectDetailsViewModel vm) {
        root.setOrientation(Orientation.VERTICAL);
        root.getStyleClass().add("object-details");
        TableView<ObjectDetailsViewModel.Property> props = new TableView<>(
                FXCollections.observableArrayList(vm.properties()));
        props.setId("propertiesTable");
        props.getColumns().add(column(lang("details.property"), ObjectDetailsViewModel.Property::name, 180));
        props.getColumns().add(column(lang("details.value"), ObjectDetailsViewModel.Property::value, 420));
        props.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        root.getItems().add(props);
        if (!vm.columns().isEmpty()) {
            TableView<ObjectDetailsViewModel.ColumnRow> cols = new TableView<>(
                    FXCollections.observableArrayList(vm.columns()));
            cols.setId("columnsTable");
            cols.getColumns().add(column(lang("details.column"), ObjectDetailsViewModel.ColumnRow::name, 160));
            cols.getColumns().add(column(lang("details.type"), ObjectDetailsViewModel.ColumnRow::type, 180));
            cols.getColumns().add(column(lang("details.nullable"), ObjectDetailsViewModel.ColumnRow::nullable, 70));
            cols.getColumns().add(column(lang("details.default"), ObjectDetailsViewModel.ColumnRow::defaultValue,
                    160));
            cols.getColumns().add(column(lang("details.extra"), ObjectDetailsViewModel.ColumnRow::extra, 220));
            cols.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            root.getItems().add(cols);
        }
        TextArea ddl = new TextArea(vm.ddl());
        ddl.setId("sourceDdl");
        ddl.setEditable(false);
        ddl.getStyleClass().add("ddl");
        root.getItems().add(ddl);
        root.setDividerPositions(vm.columns().isEmpty() ? new double[] {0.35} : new double[] {0.25, 0.6});
    }

    public Node root() {
        return root;
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // a value longer than its column is cut with an ellipsis: the tooltip shows all of it
        c.setCellFactory(col -> org.dmspilot.gui.util.CellTooltips.textCell());
        c.setPrefWidth(width);
        return c;
    }
}
