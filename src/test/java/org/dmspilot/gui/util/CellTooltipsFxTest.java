package org.dmspilot.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cells keep their full text for the tooltip, and make the tooltip (a popup window) only when the mouse enters. */
@ExtendWith(ApplicationExtension.class)
class CellTooltipsFxTest {
    private static final String LONG = "a value much longer than its narrow column, cut with an ellipsis in the cell";
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.getItems().setAll(List.of(LONG, "short", ""));
        TableColumn<String, String> column = new TableColumn<>("value");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        column.setCellFactory(c -> CellTooltips.textCell());
        column.setPrefWidth(120);
        table.getColumns().add(column);
        stage.setScene(new Scene(table, 300, 200));
        stage.show();
    }

    @Test
    void aCellMakesItsTooltipOnlyWhenTheMouseEntersAndShowsAllOfItsText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> cells = List.of(cellAt(robot, 0), cellAt(robot, 1), cellAt(robot, 2));
        // shown: every cell knows its text, none has made a popup window yet
        assertThat(cells).allSatisfy(c -> assertThat(c.getTooltip()).isNull());
        TableCell<?, ?> longCell = cells.stream().filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        TableCell<?, ?> emptyCell = cells.stream().filter(c -> c.getIndex() == 2).findFirst().orElseThrow();
        assertThat(CellTooltips.text(longCell)).isEqualTo(LONG);
        assertThat(CellTooltips.text(emptyCell)).isNull();

        robot.moveTo(longCell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> longCell.getTooltip() != null);
        assertThat(longCell.getTooltip().getText()).isEqualTo(LONG);

        // the row shows another value: the cell showing it (reused or not) has that value as its tooltip
        robot.interact(() -> table.getItems().set(0, "another value"));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> first = cellAt(robot, 0);
        assertThat(CellTooltips.text(first)).isEqualTo("another value");
        robot.moveTo(emptyCell).moveTo(first);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.getTooltip() != null);
        assertThat(first.getTooltip().getText()).isEqualTo("another value");
        // a cell that had a tooltip and now shows an empty value has none
        robot.interact(() -> table.getItems().set(0, ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellAt(robot, 0).getTooltip()).isNull();
        robot.moveTo(emptyCell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(emptyCell.getTooltip()).isNull();
    }

    private static TableCell<?, ?> cellAt(FxRobot robot, int row) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c).filter(c -> c.getIndex() == row).findFirst().orElseThrow();
    }
}
