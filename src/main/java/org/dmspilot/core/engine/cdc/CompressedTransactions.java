package org.dmspilot.core.engine.cdc;

import com.github.luben.zstd.ZstdInputStream;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;

/**
 * MySQL's {@code TRANSACTION_PAYLOAD} event ({@code binlog_transaction_compression = ON}): a whole transaction's
 * events, zstd-compressed. Unlike the library's own deserializer (which decodes the inner events with its default
 * decoders), the inner events are decoded with the CDC reader's decoders ({@link TextRowDeserializers}), so a
 * compressed transaction reads exactly as an uncompressed one.
 *
 * <p>Header (MySQL {@code Transaction_payload_event}): fields as (type, length, value) packed integers until type 0;
 * 1 = payload size, 2 = compression type (0 zstd, 255 none), 3 = uncompressed size.
 */
final class CompressedTransactions implements EventDataDeserializer<TransactionPayloadEventData> {
    private static final int ZSTD = 0;
    private static final int NONE = 255;

    @Override
    public TransactionPayloadEventData deserialize(ByteArrayInputStream in) throws IOException {
        TransactionPayloadEventData data = new TransactionPayloadEventData();
        while (in.available() > 0) {
            int field = in.readPackedInteger();
            if (field == 0) {
                break;
            }
            int length = in.readPackedInteger();
            switch (field) {
                case 1 -> data.setPayloadSize(in.readPackedInteger());
                case 2 -> data.setCompressionType(in.readPackedInteger());
                case 3 -> data.setUncompressedSize(in.readPackedLong());
                default -> in.skip(length);
            }
        }
        data.setPayload(in.read(data.getPayloadSize()));
        InputStream raw = new java.io.ByteArrayInputStream(data.getPayload());
        InputStream events = switch (data.getCompressionType()) {
            case ZSTD -> new ZstdInputStream(raw);
            case NONE -> raw;
            default -> throw new IOException("TRANSACTION_PAYLOAD with unknown compression type "
                    + data.getCompressionType());
        };
        ArrayList<Event> inner = new ArrayList<>();
        try (events) {
            EventDeserializer deserializer = TextRowDeserializers.inner();
            ByteArrayInputStream stream = new ByteArrayInputStream(events);
            for (Event e = deserializer.nextEvent(stream); e != null; e = deserializer.nextEvent(stream)) {
                inner.add(e);
            }
        }
        data.setUncompressedEvents(inner);
        return data;
    }
}
