package org.dmspilot.core.engine;

/**
 * How the full load runs.
 *
 * @param workers parallel workers (each with one source and one target connection)
 * @param chunkRows tables with more (estimated) rows than this and a single integer primary key are split into
 *     primary-key ranges of about this many rows
 * @param fetchSize rows per streamed fetch from the source
 */
public record LoadOptions(int workers, long chunkRows, int fetchSize) {
    public LoadOptions {
        if (workers < 1 || chunkRows < 1 || fetchSize < 1) {
            throw new IllegalArgumentException("workers, chunkRows and fetchSize must be positive");
        }
    }

    /** 4 workers, 250,000-row chunks, 10,000-row fetches. */
    public static LoadOptions defaults() {
        return new LoadOptions(4, 250_000, 10_000);
    }

    public LoadOptions withWorkers(int n) {
        return new LoadOptions(n, chunkRows, fetchSize);
    }

    public LoadOptions withChunkRows(long n) {
        return new LoadOptions(workers, n, fetchSize);
    }
}
