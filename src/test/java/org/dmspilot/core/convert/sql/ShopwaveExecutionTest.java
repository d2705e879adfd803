package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.LiveFacts;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The Done-when proof of schema conversion: shopwave loaded on MariaDB, read live, converted with the defaults and
 * live facts, applied to PostgreSQL in one transaction, the rows copied, then every view, function, procedure and
 * trigger run on both engines with the same data and compared: same rows, return values, effects and errors.
 */
class ShopwaveExecutionTest {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    private TwoEngines db;
    private ConversionResult result;

    @BeforeEach
    void convertApplyAndCopy() throws Exception {
        db = new TwoEngines("shopwave_proof");
        Shopwave.load(db.mariadb);
        Catalog catalog = new LiveCatalogReader(db.mariadb, "test").read(List.of(db.schema), QUIET);
        result = new Converter(ConversionOptions.defaults(), new SqlExpressions("test"), new SqlPrograms(),
                MappingRules.none()).convert(catalog, s -> LiveFacts.read(db.mariadb, s, QUIET), QUIET);
        SchemaApplier.apply(db.postgres, result.statements(), QUIET);
        RowCopier.copy(db.mariadb, db.postgres, db.schema);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static String describe(List<ActionItem> items) {
        return items.stream().map(i -> i.severity() + " " + i.code() + " " + i.object() + " " + i.line() + ":"
                + i.column() + " " + i.message()).collect(Collectors.joining("\n"));
    }

    private void sameRowsInAnyOrder(String query) throws SQLException {
        List<List<String>> maria = sorted(db.mariadbRows(query));
        List<List<String>> pg = sorted(db.postgresRows(query));
        assertThat(pg).as(query).isEqualTo(maria);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(List::toString));
        return out;
    }

    @Test
    void shopwaveConvertsWithoutCriticalItemsAndTheDataArrive() throws Exception {
        List<ActionItem> critical = result.actionItems().stream().filter(i -> i.severity() == Severity.CRITICAL)
                .toList();
        assertThat(critical).as(describe(result.actionItems())).isEmpty();
        for (String table : Shopwave.ROW_COUNTS.keySet()) {
            sameRowsInAnyOrder("SELECT count(*) FROM " + table);
        }
        sameRowsInAnyOrder("SELECT count(*) FROM audit_log");
        sameRowsInAnyOrder("SELECT id, email_domain, country_code, is_vip, loyalty_points FROM customers");
        sameRowsInAnyOrder("SELECT id, line_total FROM order_items");
    }

    @Test
    void everyViewReturnsTheSameRows() throws Exception {
        sameRowsInAnyOrder("SELECT * FROM v_order_summary");
        sameRowsInAnyOrder("SELECT * FROM v_product_sales");
    }

    @Test
    void orderTotalIsTheSameForEveryOrderAMissingOneAndNull() throws Exception {
        for (String id : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "0", "NULL")) {
            sameRowsInAnyOrder("SELECT fn_order_total(" + id + ")");
        }
    }

    @Test
    void priceWithVatIsTheSameForEveryCountryAndPrice() throws Exception {
        for (String price : List.of("0", "0.01", "9.99", "24.90", "119.00", "1234.55", "NULL")) {
            for (String country : List.of("'DE'", "'ES'", "'FR'", "'IE'", "'PL'", "'SE'", "'GB'", "NULL")) {
                sameRowsInAnyOrder("SELECT fn_price_with_vat(" + price + ", " + country + ")");
            }
        }
    }

    @Test
    void lowerCaseCountryCodesDifferAsTheCaseSensitivityItemWarns() throws Exception {
        String query = "SELECT fn_price_with_vat(10.00, 'de')";
        assertThat(db.mariadbRows(query)).containsExactly(List.of("11.9"));
        assertThat(db.postgresRows(query)).containsExactly(List.of("10"));
        assertThat(result.actionItems()).anySatisfy(i -> assertThat(i.code()).isEqualTo("COLLATION-CASE-SENSITIVE"));
    }

    private static final String ORDERS = "SELECT id, customer_id, status, ordered_at, total_amount, currency,"
            + " gift_wrap, note FROM orders";

    @Test
    void recalculatingTotalsRepairsTheSameOrdersAndReportsTheSameCount() throws Exception {
        db.both("UPDATE orders SET total_amount = 1.00 WHERE id IN (2, 5)", "UPDATE orders SET total_amount = 3.50"
                + " WHERE id = 9");
        assertThat(call(db.postgres, "sp_recalculate_order_totals", Types.INTEGER))
                .isEqualTo(call(db.mariadb, "sp_recalculate_order_totals", Types.INTEGER)).isEqualTo("3");
        sameRowsInAnyOrder(ORDERS);
        assertThat(call(db.postgres, "sp_recalculate_order_totals", Types.INTEGER))
                .isEqualTo(call(db.mariadb, "sp_recalculate_order_totals", Types.INTEGER)).isEqualTo("0");
    }

    /**
     * Calls a procedure whose last parameter is OUT and returns the OUT value normalised: through JDBC's call escape
     * on MariaDB, as a plain CALL with NULL for the OUT parameter on PostgreSQL (which returns it as a row).
     */
    private static String call(Connection c, String procedure, int outType, Object... in) throws SQLException {
        if (c instanceof org.postgresql.PGConnection) {
            String args = String.join(", ", java.util.Collections.nCopies(in.length + 1, "?"));
            try (var ps = c.prepareStatement("CALL " + procedure + "(" + args + ")")) {
                for (int i = 0; i < in.length; i++) {
                    ps.setObject(i + 1, in[i]);
                }
                ps.setNull(in.length + 1, outType);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return TwoEngines.normalize(rs.getObject(1));
                }
            }
        }
        String args = String.join(", ", java.util.Collections.nCopies(in.length + 1, "?"));
        try (CallableStatement cs = c.prepareCall("{call " + procedure + "(" + args + ")}")) {
            for (int i = 0; i < in.length; i++) {
                cs.setObject(i + 1, in[i]);
            }
            cs.registerOutParameter(in.length + 1, outType);
            cs.execute();
            return TwoEngines.normalize(cs.getObject(in.length + 1));
        }
    }

    private String addItem(Connection c, int order, int product, int quantity) throws SQLException {
        return call(c, "sp_add_order_item", Types.BIGINT, order, product, quantity);
    }

    @Test
    void addingAnItemGivesTheSameIdRowStockAndTotal() throws Exception {
        assertThat(addItem(db.postgres, 9, 3, 2)).isEqualTo(addItem(db.mariadb, 9, 3, 2)).isEqualTo("13");
        sameRowsInAnyOrder("SELECT id, order_id, product_id, quantity, unit_price, discount_pct, line_total"
                + " FROM order_items");
        sameRowsInAnyOrder("SELECT id, stock FROM products");
        sameRowsInAnyOrder(ORDERS);
        sameRowsInAnyOrder("SELECT * FROM v_order_summary");
        sameRowsInAnyOrder("SELECT * FROM v_product_sales");
    }

    @Test
    void aStockThatReachesZeroShowsAsSoldOutInBothViews() throws Exception {
        db.both("UPDATE products SET stock = 2 WHERE id = 7");
        assertThat(addItem(db.postgres, 9, 7, 2)).isEqualTo(addItem(db.mariadb, 9, 7, 2));
        sameRowsInAnyOrder("SELECT * FROM v_product_sales");
        assertThat(db.postgresRows("SELECT sold_out FROM v_product_sales WHERE product_id = 7"))
                .containsExactly(List.of("1"));
    }

    @Test
    void updatedAtMovesOnARealChangeOnlyOnBothEngines() throws Exception {
        String stamps = "SELECT id, updated_at > '2024-06-01' FROM orders";
        db.both("UPDATE orders SET status = status WHERE id = 4", "UPDATE orders SET note = 'call first' WHERE id = 8");
        sameRowsInAnyOrder(stamps);
        assertThat(db.postgresRows("SELECT id FROM orders WHERE updated_at > '2024-06-01'"))
                .containsExactly(List.of("8"));
    }

    private record Failure(String sqlState, String message) {
    }

    private static Failure failure(Connection c, ThrowingCall call) {
        try {
            call.run();
        } catch (PSQLException e) {
            return new Failure(e.getSQLState(), e.getServerErrorMessage().getMessage());
        } catch (SQLException e) {
            return new Failure(e.getSQLState(), e.getMessage().replaceFirst("^\\(conn=\\d+\\) ", ""));
        }
        return null;
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws SQLException;
    }

    private void sameFailure(int order, int product, int quantity, String sqlState, String message) throws Exception {
        Failure maria = failure(db.mariadb, () -> addItem(db.mariadb, order, product, quantity));
        Failure pg = failure(db.postgres, () -> addItem(db.postgres, order, product, quantity));
        assertThat(maria).isEqualTo(new Failure(sqlState, message));
        assertThat(pg).isEqualTo(maria);
    }

    @Test
    void everyRefusalOfAddOrderItemRaisesTheSameStateAndMessage() throws Exception {
        sameFailure(999, 1, 1, "45000", "Order 999 does not exist");
        sameFailure(1, 1, 1, "45000", "Order 1 is delivered; only pending orders take new items");
        sameFailure(9, 10, 1, "45000", "Product 10 is not on sale");
        sameFailure(9, 99, 1, "45000", "Product 99 is not on sale");
        sameFailure(9, 9, 1, "45001", "Insufficient stock for SW-LANT-09: 0 left, 1 requested");
        sameFailure(9, 7, 20, "45001", "Insufficient stock for SW-DUVET-07: 12 left, 20 requested");
        sameRowsInAnyOrder("SELECT id, stock FROM products");
        sameRowsInAnyOrder("SELECT count(*) FROM order_items");
    }

    @Test
    void constraintsRefuseTheSameBadItemsOnBothEnginesAndNothingMoves() throws Exception {
        assertThat(addItem(db.postgres, 9, 8, 1)).isEqualTo(addItem(db.mariadb, 9, 8, 1));
        for (int[] bad : new int[][] {{9, 1, 0}, {9, 8, 1}}) {
            Failure maria = failure(db.mariadb, () -> addItem(db.mariadb, bad[0], bad[1], bad[2]));
            Failure pg = failure(db.postgres, () -> addItem(db.postgres, bad[0], bad[1], bad[2]));
            String call = "sp_add_order_item(" + bad[0] + ", " + bad[1] + ", " + bad[2] + ")";
            assertThat(maria).as("MariaDB refuses " + call).isNotNull();
            assertThat(pg).as("PostgreSQL refuses " + call).isNotNull();
            assertThat(pg.sqlState().substring(0, 2)).as(call + ": integrity violation class")
                    .isEqualTo(maria.sqlState().substring(0, 2)).isEqualTo("23");
            String constraint = bad[2] == 0 ? "chk_order_items_quantity" : "uq_order_items_order_product";
            assertThat(maria.message()).contains(constraint);
            assertThat(pg.message()).contains(constraint);
        }
        sameRowsInAnyOrder("SELECT id, stock FROM products");
        sameRowsInAnyOrder("SELECT id, order_id, product_id, quantity FROM order_items");
        sameRowsInAnyOrder(ORDERS);
    }

    @Test
    void insertingAnOrderItemTakesTheSameStock() throws Exception {
        db.both("INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (9, 4, 3, 42.00)");
        sameRowsInAnyOrder("SELECT id, stock FROM products");
    }

    private static final String AUDIT = "SELECT table_name, row_id, action, old_value, new_value FROM audit_log";

    @Test
    void changingAnOrderStatusWritesTheSameAuditRowsAndOtherUpdatesWriteNone() throws Exception {
        db.both("UPDATE orders SET status = 'paid' WHERE id = 9", "UPDATE orders SET note = 'ring twice' WHERE id = 4",
                "UPDATE orders SET status = 'shipped' WHERE id IN (4, 8)");
        sameRowsInAnyOrder(AUDIT);
        assertThat(db.postgresRows(AUDIT)).hasSize(7);
        String recent = "SELECT DISTINCT changed_by FROM audit_log WHERE changed_at > '2024-06-01'";
        assertThat(db.postgresRows(recent)).containsExactly(db.postgresRows("SELECT current_user").get(0));
        assertThat(db.mariadbRows(recent)).containsExactly(db.mariadbRows("SELECT SUBSTRING_INDEX(USER(), '@', 1)")
                .get(0));
    }
}
