package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/**
 * Chooses the DMS LOB mode from the catalog. DMS treats JSON, TEXT and BLOB columns as LOBs; limited LOB mode is
 * much faster but truncates values above {@code LobMaxSize}. So limited mode is chosen only when every LOB column's
 * largest possible value is known and small (TINYTEXT/TEXT/TINYBLOB/BLOB: at most 64 KB); JSON and the MEDIUM/LONG
 * types (up to 16 MB / 4 GB) need full LOB mode, or their values could be cut.
 */
public final class LobAdvisor {
    /** Largest LOB size (KB) for which limited mode is proposed. */
    static final int LIMITED_CEILING_KB = 1024;
    private static final Map<String, Long> MAX_BYTES = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "longtext", 4_294_967_295L, "tinyblob", 255L, "blob", 65_535L,
            "mediumblob", 16_777_215L, "longblob", 4_294_967_295L);

    private LobAdvisor() {
    }

    /** A LOB column and its largest possible value in bytes (null: unbounded or unknown, as JSON). */
    public record LobColumn(String schema, String table, String column, String dataType, Long maxBytes) {
        public String qualifiedName() {
            return schema + "." + table + "." + column;
        }
    }

    /**
     * The advice.
     *
     * @param maxSizeKb {@code LobMaxSize} for limited mode (the largest LOB rounded up), 64 when there is no LOB
     * @param columns every LOB column found
     * @param forcingFull the columns that rule out limited mode
     */
    public record LobChoice(DmsOptions.LobMode mode, int maxSizeKb, List<LobColumn> columns,
            List<LobColumn> forcingFull) {
    }

    /** The LOB mode for a catalog (null catalog: full mode, nothing known). */
    public static LobChoice choose(Catalog catalog) {
        List<LobColumn> lobs = new ArrayList<>();
        if (catalog != null) {
            for (Schema schema : catalog.schemas()) {
                for (Table table : schema.tables()) {
                    for (Column c : table.columns()) {
                        String type = c.dataType() == null ? "" : c.dataType().toLowerCase(Locale.ROOT);
                        if (type.equals("json") || MAX_BYTES.containsKey(type)) {
                            lobs.add(new LobColumn(schema.name(), table.name(), c.name(), type, maxBytes(type)));
                        }
                    }
                }
            }
        }
        if (catalog == null) {
            return new LobChoice(DmsOptions.LobMode.FULL, 64, List.of(), List.of());
        }
        List<LobColumn> large = lobs.stream().filter(l -> l.maxBytes() == null
                || l.maxBytes() > LIMITED_CEILING_KB * 1024L).toList();
        if (!large.isEmpty()) {
            return new LobChoice(DmsOptions.LobMode.FULL, 64, lobs, large);
        }
        long largest = lobs.stream().mapToLong(LobColumn::maxBytes).max().orElse(0);
        int kb = largest == 0 ? 64 : (int) Math.max(1, (largest + 1023) / 1024);
        return new LobChoice(DmsOptions.LobMode.LIMITED, kb, lobs, List.of());
    }

    /** Bytes: TEXT and BLOB limits are in bytes whatever the charset; JSON is unbounded (null). */
    private static Long maxBytes(String type) {
        return MAX_BYTES.get(type);
    }
}
