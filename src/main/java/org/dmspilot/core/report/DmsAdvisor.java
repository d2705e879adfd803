package org.dmspilot.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.report.DmsConsiderations.LobColumn;
import org.dmspilot.core.report.DmsConsiderations.TypeIssue;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;

/** DMS considerations from the catalog and the conversion: LOBs, missing keys, types, instance size. */
final class DmsAdvisor {
    static final long LIMITED_LOB_BYTES = 64 * 1024;
    private static final long GIB = 1024L * 1024 * 1024;
    /** Largest value of each LOB type; JSON is bounded by max_allowed_packet (1 GiB). */
    static final Map<String, Long> LOB_MAX_BYTES = Map.ofEntries(
            Map.entry("tinytext", 255L), Map.entry("tinyblob", 255L),
            Map.entry("text", 65_535L), Map.entry("blob", 65_535L),
            Map.entry("mediumtext", 16_777_215L), Map.entry("mediumblob", 16_777_215L),
            Map.entry("longtext", 4_294_967_295L), Map.entry("longblob", 4_294_967_295L),
            Map.entry("long", 16_777_215L), Map.entry("json", GIB));
    private static final Set<String> SPATIAL = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection", "geomcollection");

    private DmsAdvisor() {
    }

    static DmsConsiderations advise(Catalog catalog, ConversionResult conversion, Long dataBytes) {
        List<LobColumn> lobs = new ArrayList<>();
        List<String> noPk = new ArrayList<>();
        List<TypeIssue> types = new ArrayList<>();
        for (Schema s : catalog.schemas()) {
            for (Table t : s.tables()) {
                String table = s.name() + "." + t.name();
                if (t.primaryKey().isEmpty()) {
                    noPk.add(table);
                }
                for (Column c : t.columns()) {
                    String name = table + "." + c.name();
                    String type = c.dataType() == null ? "" : c.dataType().toLowerCase(java.util.Locale.ROOT);
                    Long max = LOB_MAX_BYTES.get(type);
                    if (max != null) {
                        lobs.add(new LobColumn(name, c.columnType(), max, max <= LIMITED_LOB_BYTES
                                ? "limited LOB mode (LobMaxSize 64 KB)"
                                : "full LOB mode, or limited with LobMaxSize >= MAX(LENGTH(" + c.name() + "))"));
                    }
                    if (SPATIAL.contains(type)) {
                        types.add(new TypeIssue(name, c.columnType(), "spatial: needs PostGIS on the target; "
                                + "check that DMS moves the values as WKB for your engine version"));
                    } else if (type.equals("set")) {
                        types.add(new TypeIssue(name, c.columnType(), "SET: DMS writes a comma-separated string; "
                                + "the target column is text[], so load it through a staging text column"));
                    }
                }
            }
        }
        for (ActionItem i : conversion.actionItems()) {
            if (i.code().equals("TYPE-UNKNOWN")) {
                types.add(new TypeIssue(i.object(), "", i.message()));
            }
        }
        String lobMode = lobs.isEmpty() ? "No LOB columns: the LOB settings do not matter."
                : lobs.stream().allMatch(l -> l.maxBytes() <= LIMITED_LOB_BYTES)
                ? "Limited LOB mode with LobMaxSize = 64 KB covers every LOB column."
                : "Full LOB mode (slower), or limited LOB mode with LobMaxSize set to the largest value actually "
                        + "stored; values larger than LobMaxSize are truncated. JSON columns are LOBs too.";
        String[] instance = instanceClass(dataBytes, lobs.stream().anyMatch(l -> l.maxBytes() > LIMITED_LOB_BYTES));
        return new DmsConsiderations(lobs, lobMode, noPk, types, instance[0], instance[1]);
    }

    /** The suggested class and why. */
    static String[] instanceClass(Long dataBytes, boolean bigLobs) {
        if (dataBytes == null) {
            return new String[] {"dms.c5.large", "Data size unknown (no server statistics): start with dms.c5.large "
                    + "and resize after a test load."};
        }
        double gib = dataBytes / (double) GIB;
        String size = String.format(java.util.Locale.ROOT, "%.1f GiB of data", gib);
        String family = bigLobs ? "r5" : "c5";
        String why = bigLobs ? " Large LOBs need memory: memory-optimised class." : "";
        if (gib < 10) {
            return new String[] {"dms.t3.medium", size + ": a burstable instance is enough." };
        } else if (gib < 100) {
            return new String[] {"dms." + family + ".large", size + "." + why};
        } else if (gib < 500) {
            return new String[] {"dms." + family + ".xlarge", size + "." + why};
        } else if (gib < 2000) {
            return new String[] {"dms." + family + ".2xlarge", size + "." + why};
        }
        return new String[] {"dms." + family + ".4xlarge", size + ": consider several tasks in parallel." + why};
    }
}
