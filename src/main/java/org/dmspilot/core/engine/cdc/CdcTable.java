package org.dmspilot.core.engine.cdc;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.Unstorable;

/**
 * A migrated table as the CDC applier sees it: the source/target pair, and for each binlog column (source ordinal
 * order, generated columns included) the decoder of the target column it feeds, or none.
 */
final class CdcTable {
    private final TablePair pair;
    private final List<SourceColumn> sourceColumns;
    private final ValueDecoder[] decoders; // by binlog column index, null = not migrated
    private final int[] targetIndex; // by binlog column index, index in pair.columns() or -1
    private final int[] keyIndex; // primary-key columns' indexes in pair.columns()
    private String pausedReason;

    CdcTable(TablePair pair, List<SourceColumn> sourceColumns) {
        this.pair = pair;
        this.sourceColumns = List.copyOf(sourceColumns);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < pair.columns().size(); i++) {
            byName.put(pair.columns().get(i).source(), i);
        }
        decoders = new ValueDecoder[sourceColumns.size()];
        targetIndex = new int[sourceColumns.size()];
        for (int i = 0; i < sourceColumns.size(); i++) {
            Integer t = byName.get(sourceColumns.get(i).name());
            targetIndex[i] = t == null ? -1 : t;
            decoders[i] = t == null ? null : new ValueDecoder(pair.columns().get(t), sourceColumns.get(i));
        }
        keyIndex = new int[pair.primaryKey().size()];
        for (int k = 0; k < keyIndex.length; k++) {
            keyIndex[k] = byName.get(pair.primaryKey().get(k).source());
        }
    }

    TablePair pair() {
        return pair;
    }

    /** The same table under a new source name and target table name (a rename followed on the target). */
    CdcTable renamed(String source, String target) {
        return new CdcTable(new TablePair(source, target, pair.targetSchema(), pair.columns(), pair.primaryKey(),
                pair.rowEstimate()), sourceColumns);
    }

    List<ColumnPair> columns() {
        return pair.columns();
    }

    boolean hasKey() {
        return keyIndex.length > 0;
    }

    int[] keyIndex() {
        return keyIndex;
    }

    String pausedReason() {
        return pausedReason;
    }

    void pause(String reason) {
        pausedReason = reason;
    }

    /**
     * The target values of a binlog row (aligned with {@link #columns()}).
     *
     * @throws TableShapeException when the row does not have the columns the metadata says (the table changed)
     */
    String[] decode(Serializable[] row) {
        if (row.length != decoders.length) {
            throw new TableShapeException("the binlog row of " + pair.source() + " has " + row.length
                    + " columns, the table had " + decoders.length + " when CDC read its definition");
        }
        String[] out = new String[pair.columns().size()];
        for (int i = 0; i < row.length; i++) {
            if (decoders[i] != null) {
                out[targetIndex[i]] = decoders[i].decode(row[i]);
            }
        }
        for (int i = 0; i < out.length; i++) {
            String why = out[i] == null ? null : Unstorable.why(pair.columns().get(i), out[i]);
            if (why != null) {
                throw new TableShapeException("column " + pair.columns().get(i).source() + " of the row of "
                        + pair.source() + " with " + describeKey(out) + " " + why);
            }
        }
        return out;
    }

    private String describeKey(String[] row) {
        if (keyIndex.length == 0) {
            return "no primary key";
        }
        List<String> names = new ArrayList<>();
        for (ColumnPair k : pair.primaryKey()) {
            names.add(k.source());
        }
        List<String> values = key(row);
        return "key (" + String.join(", ", names) + ") = (" + String.join(", ", values.stream()
                .map(v -> v == null ? "NULL" : v.length() > 100 ? v.substring(0, 100) + "..." : v).toList()) + ")";
    }

    /** The key values of a decoded row. */
    List<String> key(String[] row) {
        List<String> key = new ArrayList<>(keyIndex.length);
        for (int k : keyIndex) {
            key.add(row[k]);
        }
        return key;
    }

    List<SourceColumn> sourceColumns() {
        return sourceColumns;
    }

    /**
     * A binlog row the table cannot take: its shape differs from the table's known definition, or it holds a value
     * PostgreSQL cannot store in the converted column; its table is paused with this message.
     */
    static final class TableShapeException extends RuntimeException {
        TableShapeException(String message) {
            super(message);
        }
    }
}
