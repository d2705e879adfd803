package org.dmspilot.core.engine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.testsupport.WriteLoad;

/**
 * A writer on the source while CDC runs ({@link WriteLoad}): small transactions inserting, updating and deleting
 * {@code orders} rows and appending numbered rows to {@code ledger}, a table without a primary key (where a duplicate
 * or a lost row would show in the counts).
 */
final class CdcWriteLoad implements AutoCloseable {
    static final String[] SCHEMA = {
        "CREATE TABLE orders (id bigint unsigned AUTO_INCREMENT PRIMARY KEY, customer int NOT NULL,"
                + " status enum('new','paid','shipped') NOT NULL, total decimal(12,2), note varchar(200),"
                + " doc json, placed datetime(3), paid tinyint(1))",
        "CREATE TABLE ledger (seq bigint NOT NULL, amount decimal(12,2), at timestamp(6) NULL)"};
    private static final String INSERT = "INSERT INTO orders (customer, status, total, note, doc, placed, paid)"
            + " VALUES (?, 'new', ?, ?, ?, NOW(3), 0)";
    private final WriteLoad load;

    /** A writer pausing {@code pauseMicros} after each transaction (its pace, not a wait for anything). */
    CdcWriteLoad(TestDatabase db, long pauseMicros) {
        this.load = new WriteLoad(db, "test-writer", pauseMicros * 1_000, CdcWriteLoad::transaction);
    }

    static void createSchema(TestDatabase db, int initialOrders) throws Exception {
        db.execute(SCHEMA);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (int i = 0; i < initialOrders; i++) {
                ps.setInt(1, i % 97);
                ps.setBigDecimal(2, BigDecimal.valueOf(i, 2));
                ps.setString(3, "initial order " + i);
                ps.setString(4, "{\"n\": " + i + ", \"tags\": [\"a\", \"b\"]}");
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    CdcWriteLoad start() {
        load.start();
        return this;
    }

    long transactions() {
        return load.transactions();
    }

    /** Waits until the writer committed {@code count} more transactions than when called. */
    void awaitTransactions(long count, Duration timeout) {
        long goal = load.transactions() + count;
        Awaitility.await(goal + " committed writer transactions").atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(load::transactions, n -> n >= goal);
    }

    /** One transaction: an order inserted, one updated, sometimes one deleted, and ledger row {@code seq}. */
    private static void transaction(Connection c, long seq) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long top;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(id) FROM orders")) {
            rs.next();
            top = Math.max(1, rs.getLong(1));
        }
        try (PreparedStatement ins = c.prepareStatement(INSERT);
                PreparedStatement upd = c.prepareStatement("UPDATE orders SET status = 'paid', paid = 1,"
                        + " total = total + 1, doc = JSON_SET(doc, '$.paid', TRUE) WHERE id = ?");
                PreparedStatement del = c.prepareStatement("DELETE FROM orders WHERE id = ?");
                PreparedStatement led = c.prepareStatement("INSERT INTO ledger VALUES (?, ?, NOW(6))")) {
            ins.setInt(1, r.nextInt(1000));
            ins.setBigDecimal(2, BigDecimal.valueOf(r.nextInt(100_000), 2));
            ins.setString(3, "note " + r.nextInt() + " ü ✓");
            ins.setString(4, "{\"n\": " + r.nextInt(1000) + "}");
            ins.executeUpdate();
            upd.setLong(1, 1 + r.nextLong(top));
            upd.executeUpdate();
            if (r.nextInt(4) == 0) {
                del.setLong(1, 1 + r.nextLong(top));
                del.executeUpdate();
            }
            led.setLong(1, seq);
            led.setBigDecimal(2, BigDecimal.valueOf(r.nextInt(10_000), 2));
            led.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        load.close();
    }
}
