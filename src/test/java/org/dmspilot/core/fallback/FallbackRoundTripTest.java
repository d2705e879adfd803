package org.dmspilot.core.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.SequenceReset;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.model.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox shop migrated locally, cut over (source read-only, drain, forward engine stopped, identities reset) and
 * the fallback prepared at the switch; the application then writes on PostgreSQL (inserts with identities, JSON,
 * booleans, enums, SET arrays, timestamps, updates that fire the converted triggers, a delete that cascades), the
 * rollback brings every write to the source (MariaDB and Oracle MySQL), and the forward engine starts again from after the fallback's writes.
 */
class FallbackRoundTripTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void writesOnPostgresAfterTheSwitchAreOnTheSourceAfterTheRollbackWithoutEcho(Engine engine) throws Exception {
        TestDatabase maria = Databases.newSourceDatabase(engine, "fallback_shop");
        try (Connection c = maria.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        String s = "\"" + maria.database() + "\".";
        try {
            try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
                cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
                maria.execute("UPDATE orders SET status = 'shipped' WHERE id IN (1, 2)"); // MySQL trigger → audit_log
                cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
                try (Connection c = maria.connect()) {
                    SourceReadOnly.set(c, true, false);
                }
                cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
                try (Connection c = pg.connect()) {
                    Fallback early = FallbackFixture.fallback(maria, pg);
                    assertThat(early.status().state()).isEqualTo(FallbackStatus.State.NOT_STARTED);
                    assertThatThrownBy(early::prepare).as("the forward engine still runs")
                            .isInstanceOf(DmsPilotException.class).hasMessageContaining("forward engine");
                }
            }
            try (Connection c = pg.connect()) {
                SequenceReset.resetAll(c, maria.database());
            }
            var readiness = FallbackReadiness.check(maria::connect, pg::connect, maria.database(),
                    org.dmspilot.core.engine.TableSelection.ALL);
            assertThat(readiness).filteredOn(r -> r.id().equals("fallback-wal-level")).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.PASS));
            assertThat(readiness).filteredOn(r -> r.id().equals("fallback-fractional-seconds")).singleElement()
                    .satisfies(r -> assertThat(r.status()).as(r.found()).isEqualTo(CheckStatus.FAIL))
                    .satisfies(r -> assertThat(r.found()).contains("customers.updated_at (6 → 0)"));
            assertThat(FallbackReadiness.applyTargetFixes(pg::connect, readiness)).isNotEmpty();
            assertThat(FallbackReadiness.check(maria::connect, pg::connect, maria.database(),
                    org.dmspilot.core.engine.TableSelection.ALL)).allSatisfy(r -> assertThat(r.status())
                    .as(r.toString()).isNotEqualTo(CheckStatus.FAIL));
            long auditBefore = count(maria, "audit_log");
            try (FallbackFixture fb = FallbackFixture.start(maria, pg)) {
                try (Connection c = pg.connect(); Statement st = c.createStatement()) {
                    // MySQL's native JSON keeps a decimal as a double: 2.50 would come back as 2.5 (MariaDB keeps
                    // the text); docs/fallback.md says so
                    String decimal = engine == Engine.MYSQL ? "2.5" : "2.50";
                    st.execute("INSERT INTO " + s + "customers (email, first_name, last_name, country_code, is_vip,"
                            + " preferences, created_at, updated_at) VALUES ('back@example.com', 'Zoë', 'Ørsted',"
                            + " 'DK', true, '{\"lang\": \"da\", \"n\": [1, " + decimal + "]}', '2026-12-01 10:00:00',"
                            + " '2026-12-01 11:30:00.5+01')");
                    st.execute("INSERT INTO " + s + "orders (customer_id, status, ordered_at, shipping_address,"
                            + " gift_wrap) SELECT id, 'pending', '2026-12-01 12:00:00', '{\"city\": \"Aarhus\"}', true"
                            + " FROM " + s + "customers WHERE email = 'back@example.com'");
                    st.execute("INSERT INTO " + s + "order_items (order_id, product_id, quantity, unit_price)"
                            + " SELECT max(o.id), min(p.id), 2, 9.99 FROM " + s + "orders o, " + s + "products p");
                    st.execute("UPDATE " + s + "orders SET status = 'paid', note = 'ünïcode ✓' WHERE id = 3");
                    st.execute("UPDATE " + s + "products SET tags = ARRAY['sale','eco']::text[], is_active = false,"
                            + " attributes = attributes || '{\"colour\": \"grün\"}' WHERE id = 2");
                    st.execute("UPDATE " + s + "customers SET is_vip = NOT is_vip, updated_at = now() WHERE id = 5");
                    st.execute("DELETE FROM " + s + "customers WHERE id = (SELECT customer_id FROM " + s + "orders o"
                            + " WHERE EXISTS (SELECT 1 FROM " + s + "payments p WHERE p.order_id = o.id)"
                            + " ORDER BY id LIMIT 1)");
                }
                fb.awaitApplied(pg, Duration.ofSeconds(60));
                FallbackStatus st = fb.fallback.status();
                assertThat(st.state()).isEqualTo(FallbackStatus.State.RUNNING);
                assertThat(st.appliedChanges()).isGreaterThan(6);
                ValidationReport report = FullLoadTest.validate(maria, pg);
                assertThat(report.tables()).allSatisfy(t -> assertThat(t.identical()).as(t.toString()).isTrue());
                assertThat(count(maria, "audit_log")).as("PostgreSQL's trigger row came back once, MySQL's trigger"
                        + " did not fire again").isEqualTo(auditBefore + 1);

                Rollback.Result result = Rollback.run(fb.fallback, maria.profile(), Duration.ofSeconds(60),
                        ProgressListener.NONE);
                assertThat(result.connectionStrings()).anySatisfy(l -> assertThat(l).contains("jdbc:mysql://")
                        .doesNotContain(Databases.ADMIN_PASSWORD));
                fb.thread.join(15_000);
                assertThat(fb.thread.isAlive()).as("the stream stopped on the rollback's request").isFalse();
            }
            try (Connection c = maria.connect()) {
                assertThat(SourceReadOnly.isReadOnly(c)).isFalse();
                assertThat(scalar(c, "SELECT count(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '"
                        + maria.database() + "'")).as("MySQL triggers back").isEqualTo(2);
            }
            try (Connection c = pg.connect()) {
                assertThat(scalar(c, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '"
                        + FallbackNames.of(maria.database()) + "'")).as("slot dropped").isZero();
                assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM " + s + "products"))
                        .as("PostgreSQL read-only after the rollback").hasMessageContaining("read-only");
            }
            Rollback.reopenTarget(pg::connect);
            ValidationReport afterRollback = FullLoadTest.validate(maria, pg);
            assertThat(afterRollback.identical()).as(afterRollback.toString()).isTrue();

            // the application writes to MySQL again; the forward engine resumes after the fallback's writes
            try (CdcFixture again = CdcFixture.start(maria, pg, LocalMigration.Mode.CDC,
                    CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
                maria.execute("UPDATE orders SET status = 'delivered' WHERE id = 3",
                        "INSERT INTO customers (email, first_name, last_name, country_code) VALUES"
                                + " ('again@example.com', 'A', 'B', 'SE')");
                again.awaitCaughtUp(maria, Duration.ofSeconds(60));
            }
            ValidationReport forwardAgain = FullLoadTest.validate(maria, pg);
            assertThat(forwardAgain.tables()).allSatisfy(t -> assertThat(t.identical()).as(t.toString()).isTrue());
            assertThat(count(maria, "audit_log")).isEqualTo(auditBefore + 2);
        } finally {
            maria.execute("SET GLOBAL read_only = 0");
        }
    }

    static long count(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect()) {
            return scalar(c, "SELECT count(*) FROM " + table);
        }
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
