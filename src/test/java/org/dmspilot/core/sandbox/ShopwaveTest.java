package org.dmspilot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** shopwave on a real MariaDB 11.4 (binlog on): loaded once; tests that change data roll back. */
class ShopwaveTest {
    private static TestDatabase db;
    private Connection c;

    @BeforeAll
    static void loadShopwave() throws SQLException {
        db = Databases.newMariaDbDatabase("shopwave");
        try (Connection connection = db.connect()) {
            Shopwave.load(connection);
        }
    }

    @BeforeEach
    void openTransaction() throws SQLException {
        c = db.connect();
        c.setAutoCommit(false);
        update("SET time_zone = '+00:00'");
    }

    @AfterEach
    void rollBack() throws SQLException {
        c.rollback();
        c.close();
    }

    @Test
    void loadsTheAgreedRowCounts() throws SQLException {
        assertThat(Shopwave.ROW_COUNTS).containsExactly(Map.entry("customers", 10), Map.entry("products", 10),
                Map.entry("orders", 10), Map.entry("order_items", 12), Map.entry("payments", 10));
        for (Map.Entry<String, Integer> table : Shopwave.ROW_COUNTS.entrySet()) {
            assertThat(queryLong("SELECT COUNT(*) FROM " + table.getKey())).as(table.getKey())
                    .isEqualTo(table.getValue().longValue());
        }
        assertThat(queryLong("SELECT COUNT(*) FROM audit_log")).isEqualTo(4);
    }

    @Test
    void hasTheViewsRoutinesAndTriggers() throws SQLException {
        assertThat(strings("SELECT table_name FROM information_schema.views WHERE table_schema = DATABASE()"
                + " ORDER BY 1")).containsExactly("v_order_summary", "v_product_sales");
        assertThat(strings("SELECT CONCAT(routine_type, ' ', routine_name) FROM information_schema.routines"
                + " WHERE routine_schema = DATABASE() ORDER BY 1")).containsExactly("FUNCTION fn_order_total",
                "FUNCTION fn_price_with_vat", "PROCEDURE sp_add_order_item", "PROCEDURE sp_recalculate_order_totals");
        assertThat(strings("SELECT CONCAT(event_object_table, ' ', action_timing, ' ', event_manipulation, ' ',"
                + " trigger_name) FROM information_schema.triggers WHERE trigger_schema = DATABASE()"))
                .containsExactlyInAnyOrder("order_items AFTER INSERT trg_order_items_reserve_stock",
                        "orders AFTER UPDATE trg_orders_audit_status");
        assertThat(strings("SELECT routine_definition FROM information_schema.routines"
                + " WHERE routine_name = 'sp_recalculate_order_totals' AND routine_schema = DATABASE()").get(0))
                .contains("CURSOR FOR", "CONTINUE HANDLER FOR NOT FOUND");
    }

    @Test
    void hasTheFeaturesAConverterMustFace() throws SQLException {
        String columns = "SELECT CONCAT(table_name, '.', column_name, ' ', column_type) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND ";
        assertThat(strings(columns + "data_type = 'enum'")).contains(
                "products.category enum('apparel','home','kitchen','outdoor','books')");
        assertThat(strings(columns + "data_type = 'set'")).containsExactly(
                "products.tags set('new','sale','eco','bestseller','limited')");
        assertThat(strings(columns + "column_type LIKE '%unsigned'")).contains("customers.id int(10) unsigned",
                "order_items.id bigint(20) unsigned", "products.weight_grams mediumint(8) unsigned");
        assertThat(strings(columns + "column_type = 'tinyint(1)'")).hasSize(5);
        assertThat(strings(columns + "column_type LIKE 'decimal%'")).contains("products.price decimal(10,2)");
        assertThat(strings(columns + "extra LIKE '%on update%'")).containsExactlyInAnyOrder(
                "customers.updated_at timestamp", "products.updated_at timestamp", "orders.updated_at datetime");
        assertThat(strings(columns + "extra = 'auto_increment'")).hasSize(5);
        assertThat(strings(columns + "extra IN ('STORED GENERATED', 'VIRTUAL GENERATED')"))
                .containsExactlyInAnyOrder("order_items.line_total decimal(12,2)", "customers.email_domain varchar(190)");
        assertThat(strings("SELECT CONCAT(table_name, ' ', index_name) FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND index_type = 'FULLTEXT' GROUP BY 1"))
                .containsExactly("products ft_products_search");
        assertThat(strings("SELECT CONCAT(index_name, ' ', column_name, ' ', sub_part) FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND sub_part IS NOT NULL ORDER BY 1")).containsExactly(
                "idx_customers_email_prefix email 20", "idx_customers_name first_name 10",
                "idx_customers_name last_name 10");
        assertThat(strings("SELECT CONCAT(table_name, ' ', delete_rule) FROM information_schema.referential_constraints"
                + " WHERE constraint_schema = DATABASE()")).containsExactlyInAnyOrder("order_items CASCADE",
                "order_items RESTRICT", "orders CASCADE", "payments CASCADE");
        assertThat(strings("SELECT constraint_name FROM information_schema.check_constraints"
                + " WHERE constraint_schema = DATABASE()")).contains("chk_products_price", "chk_order_items_quantity");
        assertThat(strings("SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k"
                + " WHERE k.table_schema = t.table_schema AND k.table_name = t.table_name"
                + " AND k.constraint_type = 'PRIMARY KEY')")).containsExactly("audit_log");
    }

    @Test
    void stockTriggerFiredForEverySeededOrderLine() throws SQLException {
        assertThat(strings("SELECT CONCAT(sku, '=', stock) FROM products ORDER BY id")).containsExactly(
                "SW-BEANIE-01=120", "SW-TEE-02=240", "SW-SOCK-03=85", "SW-POUR-04=30", "SW-SKIL-05=45",
                "SW-BOARD-06=60", "SW-DUVET-07=12", "SW-BOTL-08=150", "SW-LANT-09=0", "SW-BOOK-10=25");
        assertThat(strings("SELECT sku FROM v_product_sales WHERE sold_out")).containsExactly("SW-LANT-09");
    }

    @Test
    void generatedColumnComputesLineTotalsThatAddUpToOrdersAndPayments() throws SQLException {
        assertThat(queryDecimal("SELECT line_total FROM order_items WHERE id = 7")).isEqualByComparingTo("19.04");
        assertThat(queryDecimal("SELECT SUM(line_total) FROM order_items")).isEqualByComparingTo("553.33");
        assertThat(queryLong("SELECT COUNT(*) FROM orders WHERE total_amount <> fn_order_total(id)")).isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM orders o WHERE o.status <> 'cancelled' AND o.total_amount <>"
                + " (SELECT IFNULL(SUM(amount), 0) FROM payments p WHERE p.order_id = o.id AND p.captured)")).isZero();
        assertThat(queryDecimal("SELECT fn_price_with_vat(price, 'DE') FROM products WHERE id = 1"))
                .isEqualByComparingTo("29.63");
        assertThat(strings("SELECT email_domain FROM customers WHERE id = 10")).containsExactly("example.co.uk");

        update("UPDATE order_items SET quantity = 3, discount_pct = 50 WHERE id = 3");
        assertThat(queryDecimal("SELECT line_total FROM order_items WHERE id = 3")).isEqualByComparingTo("178.50");
    }

    @Test
    void cursorProcedureRepairsDriftedTotals() throws SQLException {
        assertThat(callRecalculate()).isZero();
        update("UPDATE orders SET total_amount = 1.00 WHERE id IN (2, 5)");

        assertThat(callRecalculate()).isEqualTo(2);
        assertThat(strings("SELECT CONCAT(id, '=', total_amount) FROM orders WHERE id IN (2, 5) ORDER BY id"))
                .containsExactly("2=107.10", "5=135.79");
    }

    @Test
    void addOrderItemSignalsItsSqlStates() {
        assertThatThrownBy(() -> callAddItem(9, 9, 1)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("45001");
            assertThat(e.getMessage()).contains("Insufficient stock for SW-LANT-09: 0 left, 1 requested");
        });
        assertThatThrownBy(() -> callAddItem(1, 4, 1)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("45000");
            assertThat(e.getMessage()).contains("Order 1 is delivered; only pending orders take new items");
        });
        assertThatThrownBy(() -> callAddItem(9, 10, 1)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getMessage()).contains("Product 10 is not on sale"));
    }

    @Test
    void addOrderItemAddsALineAtTheCurrentPrice() throws SQLException {
        long itemId = callAddItem(9, 4, 2);

        assertThat(itemId).isGreaterThan(12).isEqualTo(queryLong("SELECT MAX(id) FROM order_items"));

        assertThat(queryDecimal("SELECT total_amount FROM orders WHERE id = 9")).isEqualByComparingTo("84.00");
        assertThat(queryLong("SELECT stock FROM products WHERE id = 4")).isEqualTo(28);
        assertThat(strings("SELECT CONCAT(item_count, ' ', products) FROM v_order_summary WHERE order_id = 9"))
                .containsExactly("1 Ceramic Pour-Over Coffee Set");
    }

    @Test
    void statusTriggerWritesToTheTableWithoutPrimaryKey() throws SQLException {
        update("UPDATE orders SET note = 'ring twice' WHERE id = 4");
        assertThat(queryLong("SELECT COUNT(*) FROM audit_log")).isEqualTo(4);

        update("UPDATE orders SET status = 'shipped' WHERE id = 4");
        assertThat(strings("SELECT CONCAT(table_name, ' ', row_id, ' ', action, ' ', old_value, '->', new_value)"
                + " FROM audit_log WHERE row_id = 4")).containsExactly("orders 4 update paid->shipped");
    }

    @Test
    void onUpdateCurrentTimestampMovesOnlyWhenTheRowChanges() throws SQLException {
        update("UPDATE customers SET loyalty_points = loyalty_points WHERE id = 1");
        assertThat(strings("SELECT updated_at FROM customers WHERE id = 1")).containsExactly("2024-05-02 18:40:05");

        update("UPDATE customers SET loyalty_points = loyalty_points + 10 WHERE id = 1");
        update("UPDATE orders SET gift_wrap = 1 WHERE id = 3");
        assertThat(queryLong("SELECT COUNT(*) FROM customers WHERE id = 1"
                + " AND updated_at >= NOW() - INTERVAL 5 MINUTE")).isEqualTo(1);
        assertThat(queryLong("SELECT COUNT(*) FROM orders WHERE id = 3"
                + " AND updated_at >= NOW() - INTERVAL 5 MINUTE")).isEqualTo(1);
    }

    @Test
    void deletingACustomerCascadesToOrdersLinesAndPayments() throws SQLException {
        update("DELETE FROM customers WHERE id = 1");

        assertThat(queryLong("SELECT COUNT(*) FROM orders")).isEqualTo(8);
        assertThat(queryLong("SELECT COUNT(*) FROM order_items")).isEqualTo(9);
        assertThat(queryLong("SELECT COUNT(*) FROM payments")).isEqualTo(8);
    }

    @Test
    void checkConstraintsAndForeignKeysRejectBadRows() {
        assertThatThrownBy(() -> update("UPDATE products SET price = -1 WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("chk_products_price");
        assertThatThrownBy(() -> update("DELETE FROM products WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("fk_order_items_product");
    }

    @Test
    void fulltextIndexAnswersNaturalLanguageSearch() throws SQLException {
        assertThat(strings("SELECT sku FROM products WHERE MATCH (name, description) AGAINST ('merino') ORDER BY sku"))
                .containsExactly("SW-BEANIE-01", "SW-SOCK-03");
    }

    @Test
    void orderSummaryViewGroupsLines() throws SQLException {
        assertThat(strings("SELECT CONCAT(order_month, ' ', customer_name, ' ', item_count, ' ', units, ' ', products)"
                + " FROM v_order_summary WHERE order_id = 5"))
                .containsExactly("2024-04 Chloé Dubois 3 6 Bamboo Cutting Board, Cast Iron Skillet 26 cm,"
                        + " Organic Cotton T-Shirt");
        assertThat(queryLong("SELECT item_count FROM v_order_summary WHERE order_id = 9")).isZero();
        assertThat(strings("SELECT CONCAT(sku, ' ', units_sold) FROM v_product_sales WHERE product_id IN (2, 10)"
                + " ORDER BY product_id")).containsExactly("SW-TEE-02 6", "SW-BOOK-10 0");
    }

    private long callRecalculate() throws SQLException {
        try (CallableStatement call = c.prepareCall("{call sp_recalculate_order_totals(?)}")) {
            call.registerOutParameter(1, Types.INTEGER);
            call.execute();
            return call.getInt(1);
        }
    }

    private long callAddItem(int orderId, int productId, int quantity) throws SQLException {
        try (CallableStatement call = c.prepareCall("{call sp_add_order_item(?, ?, ?, ?)}")) {
            call.setInt(1, orderId);
            call.setInt(2, productId);
            call.setInt(3, quantity);
            call.registerOutParameter(4, Types.BIGINT);
            call.execute();
            return call.getLong(4);
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long queryLong(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private BigDecimal queryDecimal(String sql) throws SQLException {
        return new BigDecimal(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
