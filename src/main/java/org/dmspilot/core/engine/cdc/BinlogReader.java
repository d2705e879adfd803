package org.dmspilot.core.engine.cdc;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.GtidSet;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.GtidTaggedEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializationException;
import com.github.shyiko.mysql.binlog.network.SSLMode;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.dmspilot.core.engine.BinlogPosition;

/**
 * Reads the source's binlog as a replica from a position and hands each committed transaction touching the migrated
 * schema (and, to move the position, each other commit) to a consumer, whole: transactions are cut at XID or
 * {@code COMMIT}, DDL statements come alone. Runs in the calling thread until {@link #stop()} or until the
 * connection fails.
 */
final class BinlogReader {
    private final BinlogEndpoint endpoint;
    private final String schema;
    private final Consumer<SourceTransaction> sink;
    private final CdcStats stats;
    private final Map<Long, TableMapEventData> tableMaps = new HashMap<>();
    private volatile BinaryLogClient client;
    private volatile boolean stopped;
    private volatile Exception failure;
    private final int splitRows;
    private String file;
    private List<RawChange> current = new ArrayList<>();
    private long currentBytes; // what the row images of current hold, roughly (RawChange.bytes)
    /** A piece of a large transaction is handed over once its row images hold this much (1 MB rows: 16 rows). */
    static final long SPLIT_BYTES = 16L << 20;
    private BinlogPosition txStart; // where the current transaction's events begin (the last commit's end)
    private long txRowsEmitted; // row changes of the current transaction already handed over (or skipped)
    private long skipRemaining; // row changes to skip after a restart inside a large transaction
    private GtidSet gtids; // MySQL with gtid_mode ON: the set executed up to the last transaction handed over
    private String gtid; // the GTID of the transaction being read
    /** Events that never carry row changes of their own: anything else not handled stops the stream. */
    private static final Set<EventType> WITHOUT_CHANGES = EnumSet.of(EventType.FORMAT_DESCRIPTION,
            EventType.PREVIOUS_GTIDS, EventType.ANONYMOUS_GTID, EventType.ROWS_QUERY, EventType.ANNOTATE_ROWS,
            EventType.BINLOG_CHECKPOINT, EventType.MARIADB_GTID, EventType.MARIADB_GTID_LIST, EventType.STOP,
            EventType.TRANSACTION_CONTEXT, EventType.VIEW_CHANGE, EventType.INTVAR, EventType.RAND,
            EventType.USER_VAR, EventType.IGNORABLE);

    BinlogReader(BinlogEndpoint endpoint, String schema, Consumer<SourceTransaction> sink,
            CdcStats stats, int splitRows) {
        this.splitRows = splitRows;
        this.endpoint = endpoint;
        this.schema = schema;
        this.sink = sink;
        this.stats = stats;
    }

    /**
     * Reads from {@code from} until stopped or disconnected.
     *
     * @throws IOException when the connection cannot be made or breaks (not after {@link #stop()})
     */
    void run(BinlogPosition from, long skip, long heartbeatMillis) throws IOException {
        run(from, skip, heartbeatMillis, null, false);
    }

    /**
     * Reads from {@code from} (or, with {@code byGtid}, from the first transaction not in {@code executedGtids})
     * until stopped or disconnected; with {@code executedGtids} (MySQL, gtid_mode ON) each transaction handed over
     * carries the GTID set executed once it is applied.
     */
    void run(BinlogPosition from, long skip, long heartbeatMillis, String executedGtids, boolean byGtid)
            throws IOException {
        txStart = from;
        skipRemaining = skip;
        txRowsEmitted = 0;
        gtids = executedGtids == null ? null : new GtidSet(executedGtids);
        BinaryLogClient c = new BinaryLogClient(endpoint.host(), endpoint.port(), endpoint.user(),
                new String(endpoint.password()));
        c.setServerId(ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE));
        if (byGtid) {
            c.setGtidSet(executedGtids);
        } else {
            c.setBinlogFilename(from.file());
            c.setBinlogPosition(from.position());
        }
        c.setBlocking(true);
        c.setKeepAlive(false);
        c.setHeartbeatInterval(heartbeatMillis);
        c.setConnectTimeout(10_000);
        c.setSSLMode(sslMode());
        c.setEventDeserializer(TextRowDeserializers.create());
        c.registerEventListener(this::onEvent);
        c.registerLifecycleListener(new BinaryLogClient.AbstractLifecycleListener() {
            @Override
            public void onCommunicationFailure(BinaryLogClient client, Exception ex) {
                failure = ex;
            }

            @Override
            public void onEventDeserializationFailure(BinaryLogClient client, Exception ex) {
                String event = ex instanceof EventDataDeserializationException d
                        ? d.getEventHeader().getEventType() + " event at " + file + ":"
                        + ((EventHeaderV4) d.getEventHeader()).getPosition() : "event after " + file + ":" + txStart;
                Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                failure = new BinlogStreamException("CDC could not decode the " + event + ": "
                        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                        + ". CDC stops here (the checkpoint stays before it).", ex);
                disconnectQuietly();
            }
        });
        file = from.file();
        client = c;
        if (stopped) {
            return;
        }
        c.connect();
        Exception f = failure;
        if (f instanceof RuntimeException r) {
            throw r; // a decoding or consistency failure: not a network problem
        }
        if (!stopped) {
            throw f instanceof IOException io ? io : new IOException("the binlog connection to " + endpoint
                    + " ended" + (f == null ? "" : ": " + f.getMessage()), f);
        }
    }

    /** True while the replication connection is up. */
    boolean connected() {
        BinaryLogClient c = client;
        return c != null && c.isConnected();
    }

    /** Stops reading; {@link #run} returns. */
    void stop() {
        stopped = true;
        disconnectQuietly();
    }

    private void disconnectQuietly() {
        BinaryLogClient c = client;
        if (c != null) {
            try {
                c.disconnect();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private SSLMode sslMode() {
        if (endpoint.tls() == null) {
            return SSLMode.PREFERRED;
        }
        return switch (endpoint.tls()) {
            case DISABLE -> SSLMode.DISABLED;
            case PREFER -> SSLMode.PREFERRED;
            case REQUIRE -> SSLMode.REQUIRED;
            case VERIFY_CA -> SSLMode.VERIFY_CA;
            case VERIFY_FULL -> SSLMode.VERIFY_IDENTITY;
        };
    }

    private void onEvent(Event event) {
        if (failure != null) {
            return; // the library logs and skips listener errors: after one, nothing more may be consumed
        }
        try {
            handle(event);
        } catch (RuntimeException e) {
            failure = e;
            disconnectQuietly();
        }
    }

    private void handle(Event event) {
        EventHeaderV4 header = event.getHeader();
        if (header.getEventType() == EventType.TRANSACTION_PAYLOAD) {
            // a compressed transaction: its events have no positions of their own; the payload's end is theirs
            for (Event inner : ((TransactionPayloadEventData) event.getData()).getUncompressedEvents()) {
                handle(inner, header);
            }
        } else {
            handle(event, header);
        }
    }

    /** One event; {@code at} gives its position and time (the enclosing payload's for a compressed one). */
    private void handle(Event event, EventHeaderV4 at) {
        EventType type = event.getHeader().getEventType();
        switch (type) {
            case ROTATE -> file = ((RotateEventData) event.getData()).getBinlogFilename();
            case HEARTBEAT -> stats.heartbeat();
            case TABLE_MAP -> {
                TableMapEventData tm = event.getData();
                tableMaps.put(tm.getTableId(), tm);
            }
            case GTID -> gtid = ((GtidEventData) event.getData()).getMySqlGtid().toString();
            case GTID_TAGGED -> gtid = ((GtidTaggedEventData) event.getData()).getMySqlGtid().toString();
            case WRITE_ROWS, EXT_WRITE_ROWS -> {
                WriteRowsEventData d = event.getData();
                String table = mapped(d.getTableId(), d.getIncludedColumns());
                if (table != null) {
                    for (Serializable[] row : d.getRows()) {
                        add(new RawChange(table, Op.INSERT, null, row), at);
                    }
                }
            }
            case UPDATE_ROWS, EXT_UPDATE_ROWS, PARTIAL_UPDATE_ROWS_EVENT -> {
                UpdateRowsEventData d = event.getData();
                String table = mapped(d.getTableId(), d.getIncludedColumnsBeforeUpdate());
                if (table != null) {
                    mapped(d.getTableId(), d.getIncludedColumns());
                    for (Map.Entry<Serializable[], Serializable[]> row : d.getRows()) {
                        add(new RawChange(table, Op.UPDATE, row.getKey(), row.getValue()), at);
                    }
                }
            }
            case DELETE_ROWS, EXT_DELETE_ROWS -> {
                DeleteRowsEventData d = event.getData();
                String table = mapped(d.getTableId(), d.getIncludedColumns());
                if (table != null) {
                    for (Serializable[] row : d.getRows()) {
                        add(new RawChange(table, Op.DELETE, row, null), at);
                    }
                }
            }
            case XID -> commit(at);
            case QUERY -> {
                QueryEventData q = event.getData();
                String sql = q.getSql().strip();
                if (sql.equalsIgnoreCase("BEGIN")) {
                    current = new ArrayList<>();
                    currentBytes = 0;
                } else if (sql.equalsIgnoreCase("COMMIT")) {
                    commit(at);
                } else {
                    current = new ArrayList<>();
                    currentBytes = 0;
                    endOfTransaction();
                    stats.read(at.getTimestamp(), 0);
                    sink.accept(new SourceTransaction(List.of(), sql, q.getDatabase(), position(at), 0,
                            at.getTimestamp(), executedGtids()));
                    txStart = position(at);
                }
            }
            default -> {
                if (!WITHOUT_CHANGES.contains(type)) {
                    throw new BinlogStreamException("The binlog has a " + type + " event at " + file + ":"
                            + at.getPosition() + " that CDC does not understand; it may carry changes, so CDC stops"
                            + " here instead of skipping it (the checkpoint stays before it).");
                }
            }
        }
    }

    /** The GTID set executed once the current transaction is applied (the last GTID event added); null untracked. */
    private String executedGtids() {
        if (gtids != null && gtid != null) {
            gtids.add(gtid);
        }
        gtid = null;
        return gtids == null ? null : gtids.toString();
    }

    private BinlogPosition position(EventHeaderV4 header) {
        return new BinlogPosition(file, header.getNextPosition());
    }

    private void commit(EventHeaderV4 header) {
        List<RawChange> changes = current;
        current = new ArrayList<>();
        currentBytes = 0;
        endOfTransaction();
        stats.read(header.getTimestamp(), changes.size());
        sink.accept(new SourceTransaction(changes, null, null, position(header), 0, header.getTimestamp(),
                executedGtids()));
        txStart = position(header);
    }

    /**
     * A row change of the current transaction. A transaction larger than {@code splitRows} (or whose row images
     * hold more than {@link #SPLIT_BYTES}) is handed over in pieces
     * (memory stays bounded); each piece resumes at the transaction's start, skipping what was applied.
     */
    private void add(RawChange change, EventHeaderV4 header) {
        if (skipRemaining > 0) {
            skipRemaining--;
            txRowsEmitted++;
            return;
        }
        current.add(change);
        currentBytes += change.bytes();
        if (current.size() >= splitRows || currentBytes >= SPLIT_BYTES) {
            List<RawChange> piece = current;
            current = new ArrayList<>();
            currentBytes = 0;
            txRowsEmitted += piece.size();
            stats.read(header.getTimestamp(), piece.size());
            sink.accept(new SourceTransaction(piece, null, null, txStart, txRowsEmitted, header.getTimestamp(),
                    gtids == null ? null : gtids.toString()));
        }
    }

    private void endOfTransaction() {
        if (skipRemaining > 0) {
            throw new IllegalStateException("The checkpoint says " + skipRemaining + " more row changes of the"
                    + " transaction at " + txStart + " were applied, but the transaction ended: the binlog does not"
                    + " match the checkpoint.");
        }
        txRowsEmitted = 0;
    }

    /**
     * The table of the migrated schema a rows event is for, or null; fails when the binlog has partial row images.
     * Every table of the schema is handed over (the applier skips those it does not migrate): a table renamed or
     * created during CDC is known to the applier only once it applied the DDL, after the reader read on.
     */
    private String mapped(long tableId, BitSet included) {
        TableMapEventData tm = tableMaps.get(tableId);
        if (tm == null || !schema.equals(tm.getDatabase())) {
            return null;
        }
        if (included.cardinality() != tm.getColumnTypes().length) {
            throw new IllegalStateException("The binlog has partial row images for " + schema + "."
                    + tm.getTable() + " (binlog_row_image is not FULL): CDC needs full rows. Set"
                    + " binlog_row_image = FULL on the source (see the readiness checks).");
        }
        return tm.getTable();
    }
}
