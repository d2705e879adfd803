package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox's shop migrated locally, full load + CDC, while the shop keeps working: procedures, triggers writing
 * to a key-less table, generated columns, and deletes cascading through foreign keys (which the binlog does not
 * carry) — and validation reports identical, on MariaDB and on MySQL.
 */
class SandboxCdcTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void shopwaveWrittenDuringCdcValidatesIdentical(Engine engine) throws Exception {
        TestDatabase maria = Databases.newSourceDatabase(engine, "cdc_shopwave");
        try (Connection c = maria.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            try (Connection c = maria.connect(); var s = c.createStatement()) {
                s.execute("INSERT INTO customers (email, first_name, last_name, country_code, is_vip, preferences)"
                        + " VALUES ('neu@example.de', 'Jörg', 'Müller', 'DE', 1, '{\"lang\": \"de\"}')");
                s.execute("INSERT INTO orders (customer_id, status, ordered_at, shipping_address)"
                        + " SELECT id, 'pending', '2026-11-24 10:00:00', '{\"city\": \"Köln\"}' FROM customers"
                        + " WHERE email = 'neu@example.de'");
                // a plain CALL: Connector/J numbers a CallableStatement's OUT parameters by the procedure's
                // parameter list, so expressions before the '?' shift them (MariaDB's driver counts the '?' marks)
                s.execute("CALL sp_add_order_item((SELECT MAX(id) FROM orders),"
                        + " (SELECT MIN(id) FROM products WHERE is_active = 1 AND stock > 5), 2, @item)");
                s.execute("UPDATE orders SET status = 'paid' WHERE status = 'pending' LIMIT 3");
                s.execute("UPDATE customers SET email = CONCAT('x.', email), loyalty_points = loyalty_points + 1"
                        + " WHERE id % 3 = 0");
                s.execute("UPDATE order_items SET quantity = quantity + 1 WHERE id % 4 = 0");
                // cascades: the customer's orders, their items and payments go too, without row events
                s.execute("DELETE FROM customers WHERE id = (SELECT customer_id FROM orders o WHERE EXISTS"
                        + " (SELECT 1 FROM payments p WHERE p.order_id = o.id) ORDER BY id LIMIT 1)");
            }
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            ValidationReport report = FullLoadTest.validate(maria, pg);
            assertThat(report.tables()).allSatisfy(t -> assertThat(t.identical()).as(t.toString()).isTrue());
        }
    }
}
