package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dmspilot.testsupport.Poll;
import org.dmspilot.testsupport.TestDatabase;

/**
 * A writer on the source while CDC runs: small transactions inserting, updating and deleting {@code orders} rows and
 * appending numbered rows to {@code ledger}, a table without a primary key (where a duplicate or a lost row would
 * show in the counts).
 */
final class CdcWriteLoad implements AutoCloseable {
    static final String[] SCHEMA = {
        "CREATE TABLE orders (id bigint unsigned AUTO_INCREMENT PRIMARY KEY, customer int NOT NULL,"
                + " status enum('new','paid','shipped') NOT NULL, total decimal(12,2), note varchar(200),"
                + " doc json, placed datetime(3), paid tinyint(1))",
        "CREATE TABLE ledger (seq bigint NOT NULL, amount decimal(12,2), at timestamp(6) NULL)"};
    private final TestDatabase db;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong transactions = new AtomicLong();
    private volatile boolean stop;
    private final long pauseMicros;

    CdcWriteLoad(TestDatabase db, long pauseMicros) {
        this.db = db;
        this.pauseMicros = pauseMicros;
        this.thread = new Thread(this::write, "test-writer");
        thread.setDaemon(true);
    }

    static void createSchema(TestDatabase db, int initialOrders) throws Exception {
        db.execute(SCHEMA);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO orders (customer,"
                + " status, total, note, doc, placed, paid) VALUES (?, 'new', ?, ?, ?, NOW(3), 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < initialOrders; i++) {
                ps.setInt(1, i % 97);
                ps.setBigDecimal(2, java.math.BigDecimal.valueOf(i, 2));
                ps.setString(3, "initial order " + i);
                ps.setString(4, "{\"n\": " + i + ", \"tags\": [\"a\", \"b\"]}");
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    CdcWriteLoad start() {
        thread.start();
        return this;
    }

    long transactions() {
        return transactions.get();
    }

    /** Waits until the writer committed {@code count} more transactions than when called. */
    void awaitTransactions(long count, java.time.Duration timeout) throws Exception {
        long goal = transactions.get() + count;
        Poll.until(goal + " committed writer transactions", timeout, () -> transactions.get() + " committed", () -> {
            if (failure.get() != null) {
                throw new AssertionError("the writer failed", failure.get());
            }
            return transactions.get() >= goal;
        });
    }

    private void write() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long seq = 0;
        try (Connection c = db.connect();
                PreparedStatement ins = c.prepareStatement("INSERT INTO orders (customer, status, total, note, doc,"
                        + " placed, paid) VALUES (?, 'new', ?, ?, ?, NOW(3), 0)");
                PreparedStatement upd = c.prepareStatement("UPDATE orders SET status = 'paid', paid = 1,"
                        + " total = total + 1, doc = JSON_SET(doc, '$.paid', TRUE) WHERE id = ?");
                PreparedStatement del = c.prepareStatement("DELETE FROM orders WHERE id = ?");
                PreparedStatement led = c.prepareStatement("INSERT INTO ledger VALUES (?, ?, NOW(6))");
                var max = c.prepareStatement("SELECT MAX(id) FROM orders")) {
            c.setAutoCommit(false);
            while (!stop) {
                long top;
                try (var rs = max.executeQuery()) {
                    rs.next();
                    top = Math.max(1, rs.getLong(1));
                }
                ins.setInt(1, r.nextInt(1000));
                ins.setBigDecimal(2, java.math.BigDecimal.valueOf(r.nextInt(100_000), 2));
                ins.setString(3, "note " + r.nextInt() + " ü ✓");
                ins.setString(4, "{\"n\": " + r.nextInt(1000) + "}");
                ins.executeUpdate();
                upd.setLong(1, 1 + r.nextLong(top));
                upd.executeUpdate();
                if (r.nextInt(4) == 0) {
                    del.setLong(1, 1 + r.nextLong(top));
                    del.executeUpdate();
                }
                led.setLong(1, ++seq);
                led.setBigDecimal(2, java.math.BigDecimal.valueOf(r.nextInt(10_000), 2));
                led.executeUpdate();
                c.commit();
                transactions.incrementAndGet();
                if (pauseMicros > 0) { // pacing: the writer's rate, not a wait for anything
                    java.util.concurrent.locks.LockSupport.parkNanos(pauseMicros * 1000);
                }
            }
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    @Override
    public void close() throws Exception {
        stop = true;
        thread.join(10_000);
        if (failure.get() != null) {
            throw new AssertionError("the writer failed", failure.get());
        }
    }
}
