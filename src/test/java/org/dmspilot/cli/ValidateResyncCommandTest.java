package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.testsupport.WriteLoad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dmspilot validate --resync} while the local CDC applies a continuous write load: 100 target rows corrupted
 * (updated, deleted, extra rows inserted) and a row of a key-less table lost are repaired without reloading and
 * without racing CDC, and validation then reports identical (the key-less table's count exact).
 */
class ValidateResyncCommandTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void resyncRepairsCorruptedTargetRowsWhileCdcRuns(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "resync", "CREATE TABLE orders (id int unsigned"
                + " AUTO_INCREMENT PRIMARY KEY, status enum('new','paid') NOT NULL, total decimal(12,2), doc json,"
                + " placed datetime(3), paid tinyint(1))",
                "CREATE TABLE ledger (seq bigint NOT NULL, amount decimal(12,2))",
                "INSERT INTO orders (status, total, doc, placed, paid) SELECT 'new', seq / 7, JSON_OBJECT('n', seq),"
                        + " '2026-01-01 10:00:00.123', seq % 2 FROM " + FullLoadTest.numbers(1, 5_000),
                "INSERT INTO ledger SELECT seq, seq / 3 FROM " + FullLoadTest.numbers(1, 300));
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        String s = "\"" + maria.database() + "\".";
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            maria.execute("INSERT INTO ledger VALUES (0, 0)"); // after the load's snapshot: CDC has taken over
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            try (WriteLoad writer = writer(maria).start()) {
                try (Connection c = pg.connect(); Statement st = c.createStatement()) {
                    st.execute("UPDATE " + s + "orders SET total = total + 1000 WHERE id BETWEEN 101 AND 140");
                    st.execute("DELETE FROM " + s + "orders WHERE id BETWEEN 201 AND 230");
                    st.execute("INSERT INTO " + s + "orders (id, status, total, doc, placed, paid) SELECT g, 'paid',"
                            + " 1, '{}', now(), true FROM generate_series(900001, 900030) g");
                    st.execute("DELETE FROM " + s + "ledger WHERE seq = 17");
                }
                Cli.Run before = Cli.run("validate", "--source", maria.jdbcUrlWithCredentials(), "--target",
                        pg.jdbcUrlWithCredentials());
                assertThat(before.exit()).isEqualTo(ExitCodes.FAILED);
                assertThat(before.out()).contains("DIFFERENT  orders").containsPattern("[\\[ ]101[,\\]]").contains("DIFFERENT  ledger");
                Cli.Run r = Cli.run("validate", "--resync", "--yes", "--source", maria.jdbcUrlWithCredentials(),
                        "--target", pg.jdbcUrlWithCredentials(), "--keys-per-chunk", "25");
                // the writer goes on during the resync: its own check afterwards may still see CDC's lag
                assertThat(r.out()).as(before.out() + r.out() + r.err()).contains("resynced   orders: ")
                        .contains("resynced   ledger: ").contains("rows (whole table)");
                assertThat(writer.transactions()).as("the writer kept writing").isPositive();
            }
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            Cli.Run after = Cli.run("validate", "--source", maria.jdbcUrlWithCredentials(), "--target",
                    pg.jdbcUrlWithCredentials());
            assertThat(after.exit()).as(after.out()).isEqualTo(ExitCodes.OK);
            assertThat(after.out()).contains("Identical.");
        }
        ValidationReport report = FullLoadTest.validate(maria, pg);
        assertThat(report.identical()).as(report.toString()).isTrue();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*),"
                + " count(DISTINCT seq) FROM " + s + "ledger")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isEqualTo(count(maria));
        }
    }

    private static long count(TestDatabase maria) throws Exception {
        try (Connection c = maria.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM ledger")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Small transactions on the source: an order updated, one inserted, one deleted, a ledger row appended. */
    private static WriteLoad writer(TestDatabase db) {
        return new WriteLoad(db, "test-writer", 2_000_000, (c, seq) -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE orders SET total = total + 1, status = 'paid' WHERE id = "
                        + (1 + r.nextInt(5_000)));
                st.executeUpdate("INSERT INTO orders (status, total, doc, placed, paid) VALUES ('new', 1.5,"
                        + " '{\"w\": 1}', NOW(3), 0)");
                st.executeUpdate("DELETE FROM orders WHERE id = " + (3_000 + r.nextInt(2_000)));
                st.executeUpdate("INSERT INTO ledger VALUES (" + (1_000 + seq) + ", 1.25)");
            }
        });
    }
}
