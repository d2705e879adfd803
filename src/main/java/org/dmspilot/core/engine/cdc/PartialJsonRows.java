package org.dmspilot.core.engine.cdc;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.AbstractRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * MySQL's {@code PARTIAL_UPDATE_ROWS_EVENT} ({@code binlog_row_value_options = PARTIAL_JSON}): an update whose after
 * image carries, for JSON columns changed by {@code JSON_SET/JSON_REPLACE/JSON_REMOVE}, only the changes
 * ({@link JsonDiffs}) instead of the document. The before image is whole (CDC requires {@code binlog_row_image =
 * FULL}), so each diff is applied to the before document here and the event becomes an ordinary update with whole
 * rows: the applier needs no second path.
 *
 * <p>Format (MySQL {@code rpl_record.cc}, WL#2955): each row is the before image as usual, then the after image
 * preceded by {@code value_options} (packed integer); when its {@code PARTIAL_JSON} bit is set, a bitmap follows
 * with one bit per JSON column of the table, set for the columns whose after value is a list of diffs.
 */
final class PartialJsonRows extends AbstractRowsEventDataDeserializer<UpdateRowsEventData> {
    private static final long PARTIAL_JSON = 1;
    private final Map<Long, TableMapEventData> tableMaps;
    /** For the after image being read: whether each non-null JSON cell, in order, is a list of diffs. */
    private Deque<Boolean> partialCells;

    PartialJsonRows(Map<Long, TableMapEventData> tableMaps) {
        super(tableMaps);
        this.tableMaps = tableMaps;
    }

    @Override
    public UpdateRowsEventData deserialize(ByteArrayInputStream in) throws IOException {
        UpdateRowsEventData data = new UpdateRowsEventData();
        data.setTableId(in.readLong(6));
        in.skip(2); // flags
        int extraInfo = in.readInteger(2);
        in.skip(extraInfo - 2);
        int columns = in.readPackedInteger();
        data.setIncludedColumnsBeforeUpdate(in.readBitSet(columns, true));
        data.setIncludedColumns(in.readBitSet(columns, true));
        TableMapEventData table = tableMaps.get(data.getTableId());
        if (table == null) {
            throw new IOException("PARTIAL_UPDATE_ROWS event for table id " + data.getTableId()
                    + " without its TABLE_MAP event");
        }
        List<Map.Entry<Serializable[], Serializable[]>> rows = new ArrayList<>();
        while (in.available() > 0) {
            Serializable[] before = deserializeRow(data.getTableId(), data.getIncludedColumnsBeforeUpdate(), in);
            Serializable[] after = afterImage(table, data.getIncludedColumns(), in);
            rows.add(new AbstractMap.SimpleEntry<>(before, merged(before, after)));
        }
        data.setRows(rows);
        return data;
    }

    private Serializable[] afterImage(TableMapEventData table, BitSet included, ByteArrayInputStream in)
            throws IOException {
        long options = in.readPackedLong();
        if ((options & PARTIAL_JSON) == 0) {
            return deserializeRow(table.getTableId(), included, in);
        }
        byte[] types = table.getColumnTypes();
        int jsonColumns = 0;
        for (byte t : types) {
            jsonColumns += (t & 0xFF) == ColumnType.JSON.getCode() ? 1 : 0;
        }
        BitSet partial = BitSet.valueOf(in.read((jsonColumns + 7) / 8));
        int cells = included.cardinality();
        byte[] nullBitmap = in.read((cells + 7) / 8);
        BitSet nulls = new ByteArrayInputStream(nullBitmap).readBitSet(cells, true);
        partialCells = new ArrayDeque<>();
        for (int i = 0, cell = 0, json = 0; i < types.length; i++) {
            if (!included.get(i)) {
                continue;
            }
            if ((types[i] & 0xFF) == ColumnType.JSON.getCode()) {
                if (!nulls.get(cell)) {
                    partialCells.add(partial.get(json));
                }
                json++;
            }
            cell++;
        }
        try {
            // the library reads the null bitmap itself: give it back in front of the rest of the row
            ByteArrayInputStream replay = new ByteArrayInputStream(new SequenceInputStream(
                    new java.io.ByteArrayInputStream(nullBitmap), in));
            return deserializeRow(table.getTableId(), included, replay);
        } finally {
            partialCells = null;
        }
    }

    @Override
    protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
            throws IOException {
        if (type == ColumnType.JSON && partialCells != null && Boolean.TRUE.equals(partialCells.poll())) {
            return JsonDiffs.read(in.read(in.readInteger(meta)));
        }
        return BinlogText.cellOr(type, meta, in, () -> super.deserializeCell(type, meta, length, in));
    }

    private static Serializable[] merged(Serializable[] before, Serializable[] after) {
        for (int i = 0; i < after.length; i++) {
            if (after[i] instanceof JsonDiffs diffs) {
                if (!(before[i] instanceof String document)) {
                    throw new IllegalStateException("A partial JSON update of column " + (i + 1)
                            + " has no whole document in the before image (binlog_row_image must be FULL)");
                }
                after[i] = diffs.applyTo(document);
            }
        }
        return after;
    }
}
