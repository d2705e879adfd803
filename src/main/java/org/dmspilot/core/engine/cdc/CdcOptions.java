package org.dmspilot.core.engine.cdc;

/**
 * How CDC runs.
 *
 * @param batchRows row changes applied per target transaction at most (whole source transactions are never split)
 * @param maxPendingRows row changes read ahead of the applier before the reader waits
 * @param heartbeatMillis the source's heartbeat period while idle (keeps the latency honest)
 * @param maxBackoffMillis the longest wait between reconnection attempts
 */
public record CdcOptions(int batchRows, int maxPendingRows, long heartbeatMillis, long maxBackoffMillis) {
    public CdcOptions {
        if (batchRows < 1 || maxPendingRows < batchRows || heartbeatMillis < 100 || maxBackoffMillis < 100) {
            throw new IllegalArgumentException("invalid CDC options");
        }
    }

    /** 10,000-row batches, 200,000 rows read ahead, 1 s heartbeat, reconnect backoff up to 30 s. */
    public static CdcOptions defaults() {
        return new CdcOptions(10_000, 200_000, 1_000, 30_000);
    }

    public CdcOptions withMaxBackoffMillis(long millis) {
        return new CdcOptions(batchRows, maxPendingRows, heartbeatMillis, millis);
    }
}
