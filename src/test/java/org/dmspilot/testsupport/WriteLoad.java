package org.dmspilot.testsupport;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The application writing in the background while a test replicates: one connection, the same small transaction
 * again and again (numbered from 1, committed, then a short pause), counted; a failure is rethrown by {@link #close}.
 */
public final class WriteLoad implements AutoCloseable {
    /** One transaction's statements; the load commits it. */
    @FunctionalInterface
    public interface Transaction {
        void write(Connection c, long seq) throws Exception;
    }

    private final TestDatabase db;
    private final Transaction body;
    private final long pauseNanos;
    private final Thread thread;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stop;

    public WriteLoad(TestDatabase db, String name, long pauseNanos, Transaction body) {
        this.db = db;
        this.body = body;
        this.pauseNanos = pauseNanos;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    public WriteLoad start() {
        thread.start();
        return this;
    }

    /** Transactions committed so far. */
    public long transactions() {
        return transactions.get();
    }

    private void run() {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long seq = 0;
            while (!stop) {
                body.write(c, ++seq);
                c.commit();
                transactions.incrementAndGet();
                LockSupport.parkNanos(pauseNanos);
            }
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    /** Stops after the transaction in progress; fails the test when a write failed. */
    @Override
    public void close() throws Exception {
        stop = true;
        thread.join(10_000);
        if (failure.get() != null) {
            throw new AssertionError(thread.getName() + " failed", failure.get());
        }
    }
}
