package org.dmspilot.core.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Applying on a real PostgreSQL: all or nothing, and the failing statement named. */
class SchemaApplierTest {
    private static final List<ConvertedStatement> GOOD = List.of(
            new ConvertedStatement(Stage.SCHEMAS, "shop", "CREATE SCHEMA shop"),
            new ConvertedStatement(Stage.TYPES, "shop.status", "CREATE TYPE shop.status AS ENUM ('new', 'paid')"),
            new ConvertedStatement(Stage.TABLES, "shop.orders",
                    "CREATE TABLE shop.orders (id bigint PRIMARY KEY, status shop.status NOT NULL)"),
            new ConvertedStatement(Stage.CONSTRAINTS_AND_INDEXES, "shop.orders",
                    "CREATE INDEX orders_status_idx ON shop.orders (status)"));

    @Test
    void appliesEveryStatementInOneTransaction() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("apply_ok");
        try (Connection c = pg.connect()) {
            assertThat(SchemaApplier.apply(c, GOOD, ProgressListener.NONE)).isEqualTo(4);
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(tables(pg)).isEqualTo(1);
    }

    @Test
    void aFailingStatementLeavesNothingBehindAndIsNamed() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("apply_fail");
        List<ConvertedStatement> bad = new java.util.ArrayList<>(GOOD);
        bad.add(3, new ConvertedStatement(Stage.TABLES, "shop.order_items",
                "CREATE TABLE shop.order_items (order_id bigint REFERENCES shop.nowhere (id))"));
        try (Connection c = pg.connect()) {
            assertThatThrownBy(() -> SchemaApplier.apply(c, bad, ProgressListener.NONE))
                    .isInstanceOf(DmsPilotException.class)
                    .hasMessageContaining("statement 4 of 5")
                    .hasMessageContaining("shop.order_items")
                    .hasMessageContaining("nowhere")
                    .hasMessageContaining("Nothing was applied");
        }
        assertThat(tables(pg)).isZero();
        assertThat(schemaExists(pg)).isFalse();
    }

    @Test
    void eachObjectInItsOwnSavepointARefusedOneBecomesAnItemAndTheRestIsApplied() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("apply_each");
        List<ConvertedStatement> mixed = new java.util.ArrayList<>(GOOD);
        mixed.add(new ConvertedStatement(Stage.VIEWS, "shop.v_bad", "CREATE VIEW shop.v_bad AS SELECT nowhere(id)"
                + " FROM shop.orders"));
        mixed.add(new ConvertedStatement(Stage.VIEWS, "shop.v_good", "CREATE VIEW shop.v_good AS SELECT id FROM"
                + " shop.orders"));
        mixed.add(new ConvertedStatement(Stage.VIEWS, "shop.v_bad", "COMMENT ON VIEW shop.v_bad IS 'skipped'"));
        SchemaApplier.Outcome outcome;
        try (Connection c = pg.connect()) {
            outcome = SchemaApplier.applyEach(c, mixed, ProgressListener.NONE);
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(outcome.applied()).isEqualTo(5);
        assertThat(outcome.failedObjects()).containsExactly("shop.v_bad");
        assertThat(outcome.items()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("APPLY-FAILED");
            assertThat(i.severity()).isEqualTo(org.dmspilot.model.convert.Severity.CRITICAL);
            assertThat(i.object()).isEqualTo("shop.v_bad");
            assertThat(i.message()).contains("function nowhere(bigint) does not exist").contains("42883");
        });
        assertThat(tables(pg)).isEqualTo(2); // the table and the good view
    }

    @Test
    void cancelRollsBackWhatWasDone() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("apply_cancel");
        AtomicInteger calls = new AtomicInteger();
        ProgressListener cancelAfterTwo = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 3;
            }
        };
        try (Connection c = pg.connect()) {
            assertThatThrownBy(() -> SchemaApplier.apply(c, GOOD, cancelAfterTwo))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(schemaExists(pg)).isFalse();
    }

    private static int tables(TestDatabase pg) throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from information_schema.tables where table_schema = 'shop'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean schemaExists(TestDatabase pg) throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from pg_namespace where nspname = 'shop'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
