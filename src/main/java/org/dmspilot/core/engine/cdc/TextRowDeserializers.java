package org.dmspilot.core.engine.cdc;

import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.event.deserialization.DeleteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventHeaderV4Deserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.FormatDescriptionEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.GtidEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.GtidTaggedEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.MariadbGtidEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.NullEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.QueryEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.RotateEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.TableMapEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.UpdateRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.WriteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.XidEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The event deserializer of the CDC reader: only the events the engine uses are decoded (everything else is
 * skipped unread; the reader stops on any of those that could carry changes), MySQL's partial JSON updates
 * ({@link PartialJsonRows}) and compressed transactions ({@link CompressedTransactions}) included; strings and binaries as bytes (decoded later with the column's charset), temporal values and
 * JSON as MySQL's own text ({@link BinlogText}).
 */
final class TextRowDeserializers {
    private TextRowDeserializers() {
    }

    /** The reader's deserializer: the events below, compressed transactions included. */
    static EventDeserializer create() {
        return create(true);
    }

    /** The deserializer of the events inside a compressed transaction (no checksums, no nested payloads). */
    static EventDeserializer inner() {
        return create(false);
    }

    private static EventDeserializer create(boolean outer) {
        Map<Long, TableMapEventData> tableMaps = new HashMap<>();
        Map<EventType, EventDataDeserializer> map = new IdentityHashMap<>();
        map.put(EventType.FORMAT_DESCRIPTION, new FormatDescriptionEventDataDeserializer());
        map.put(EventType.ROTATE, new RotateEventDataDeserializer());
        map.put(EventType.QUERY, new QueryEventDataDeserializer());
        map.put(EventType.TABLE_MAP, new TableMapEventDataDeserializer());
        map.put(EventType.XID, new XidEventDataDeserializer());
        map.put(EventType.MARIADB_GTID, new MariadbGtidEventDataDeserializer());
        map.put(EventType.GTID, new GtidEventDataDeserializer());
        map.put(EventType.GTID_TAGGED, new GtidTaggedEventDataDeserializer());
        map.put(EventType.PARTIAL_UPDATE_ROWS_EVENT, new PartialJsonRows(tableMaps));
        if (outer) {
            map.put(EventType.TRANSACTION_PAYLOAD, new CompressedTransactions());
        }
        map.put(EventType.WRITE_ROWS, new Write(tableMaps));
        map.put(EventType.UPDATE_ROWS, new Update(tableMaps));
        map.put(EventType.DELETE_ROWS, new Delete(tableMaps));
        map.put(EventType.EXT_WRITE_ROWS, new Write(tableMaps).setMayContainExtraInformation(true));
        map.put(EventType.EXT_UPDATE_ROWS, new Update(tableMaps).setMayContainExtraInformation(true));
        map.put(EventType.EXT_DELETE_ROWS, new Delete(tableMaps).setMayContainExtraInformation(true));
        EventDeserializer d = new EventDeserializer(new EventHeaderV4Deserializer(), new NullEventDataDeserializer(),
                map, tableMaps);
        d.setCompatibilityMode(EventDeserializer.CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY);
        return d;
    }

    private static final class Write extends WriteRowsEventDataDeserializer {
        Write(Map<Long, TableMapEventData> tableMaps) {
            super(tableMaps);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return BinlogText.cellOr(type, meta, in, () -> super.deserializeCell(type, meta, length, in));
        }
    }

    private static final class Update extends UpdateRowsEventDataDeserializer {
        Update(Map<Long, TableMapEventData> tableMaps) {
            super(tableMaps);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return BinlogText.cellOr(type, meta, in, () -> super.deserializeCell(type, meta, length, in));
        }
    }

    private static final class Delete extends DeleteRowsEventDataDeserializer {
        Delete(Map<Long, TableMapEventData> tableMaps) {
            super(tableMaps);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return BinlogText.cellOr(type, meta, in, () -> super.deserializeCell(type, meta, length, in));
        }
    }
}
