package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;

/**
 * The two JSON documents of a replication task, in the console's format: table mappings (selection rules plus
 * {@code convert-lowercase} rules, because DMS keeps the source's name case) and task settings.
 */
public final class TaskDocuments {
    private static final List<String> LOWERCASE_TARGETS = List.of("schema", "table", "column");
    private static final List<String> LOG_COMPONENTS = List.of("SOURCE_UNLOAD", "SOURCE_CAPTURE", "TARGET_LOAD",
            "TARGET_APPLY", "TASK_MANAGER");

    private TaskDocuments() {
    }

    /**
     * Table mappings: one selection rule per {@code schema.table} pattern (a bare pattern is a table of
     * {@code sourceDatabase}), the whole source database when there is none, then lowercase rules.
     */
    public static String tableMappings(String sourceDatabase, List<String> tablePatterns) {
        List<Map<String, Object>> rules = new ArrayList<>();
        List<String[]> selections = tablePatterns.isEmpty()
                ? List.<String[]>of(new String[] {requireDatabase(sourceDatabase), "%"})
                : tablePatterns.stream().map(p -> split(p, sourceDatabase)).toList();
        for (String[] s : selections) {
            int id = rules.size() + 1;
            rules.add(rule("selection", id, "include-" + id, locator(s[0], s[1], null), null, "include"));
        }
        for (String target : LOWERCASE_TARGETS) {
            int id = rules.size() + 1;
            rules.add(rule("transformation", id, "lowercase-" + target,
                    locator("%", target.equals("schema") ? null : "%", target.equals("column") ? "%" : null),
                    target, "convert-lowercase"));
        }
        return IamPolicies.json(Map.of("rules", rules));
    }

    /**
     * The reverse task's table mappings: every table of the converted schema on PostgreSQL, written back into the
     * source database (schema renamed). Tables keep their names: the forward mappings only lower-cased them.
     */
    public static String reverseTableMappings(String pgSchema, String sourceDatabase) {
        List<Map<String, Object>> rules = new ArrayList<>();
        rules.add(rule("selection", 1, "include-migrated", locator(pgSchema, "%", null), null, "include"));
        Map<String, Object> rename = rule("transformation", 2, "back-to-source-database", locator(pgSchema, null,
                null), "schema", "rename");
        rename.put("value", requireDatabase(sourceDatabase));
        rules.add(rename);
        return IamPolicies.json(Map.of("rules", rules));
    }

    /**
     * Task settings: {@code TargetTablePrepMode=DO_NOTHING} when the converted schema was applied (DMS creates only
     * tables and primary keys), the LOB mode, validation on and CloudWatch logging on. {@code CloudWatchLogGroup} is
     * left out: DMS rejects it on create.
     */
    public static String taskSettings(boolean schemaPrecreated, DmsOptions.LobMode lobMode, int lobMaxSizeKb) {
        boolean full = lobMode == DmsOptions.LobMode.FULL;
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("SupportLobs", true);
        target.put("FullLobMode", full);
        target.put("LobChunkSize", 64);
        target.put("LimitedSizeLobMode", !full);
        target.put("LobMaxSize", lobMaxSizeKb);
        Map<String, Object> fullLoad = new LinkedHashMap<>();
        fullLoad.put("TargetTablePrepMode", schemaPrecreated ? "DO_NOTHING" : "DROP_AND_CREATE");
        fullLoad.put("MaxFullLoadSubTasks", 8);
        Map<String, Object> logging = new LinkedHashMap<>();
        logging.put("EnableLogging", true);
        logging.put("LogComponents", LOG_COMPONENTS.stream()
                .map(c -> Map.of("Id", c, "Severity", "LOGGER_SEVERITY_DEFAULT")).toList());
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("EnableValidation", true);
        validation.put("ValidationMode", "ROW_LEVEL");
        validation.put("ThreadCount", 5);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("TargetMetadata", target);
        settings.put("FullLoadSettings", fullLoad);
        settings.put("Logging", logging);
        settings.put("ValidationSettings", validation);
        return IamPolicies.json(settings);
    }

    /**
     * Checks table mappings as DMS would ({@link org.dmspilot.core.mapping.TableMappingsGrammar}: rule types,
     * actions, targets, members, unique ids) and that at least one {@code include} selection rule exists.
     *
     * @throws DmsPilotException naming the document and where it is wrong (line and column, and the rule)
     */
    public static void validateTableMappings(String json) {
        com.fasterxml.jackson.databind.JsonNode root = org.dmspilot.core.mapping.TableMappingsGrammar.check(json,
                "Table mappings");
        boolean includes = false;
        for (com.fasterxml.jackson.databind.JsonNode rule : root.path("rules")) {
            includes |= rule.path("rule-type").asText().equalsIgnoreCase("selection")
                    && !rule.path("rule-action").asText().equalsIgnoreCase("exclude");
        }
        if (!includes) {
            throw new org.dmspilot.core.BadInputException("Table mappings: no selection rule includes anything, so"
                    + " the task would migrate no table.");
        }
    }

    /**
     * Checks task settings: a JSON object whose LOB flags agree, without {@code Logging.CloudWatchLogGroup} (DMS
     * rejects it on create).
     *
     * @throws DmsPilotException naming the setting (or line and column) that is wrong
     */
    public static void validateTaskSettings(String json) {
        com.fasterxml.jackson.databind.JsonNode root = parse("Task settings", json);
        com.fasterxml.jackson.databind.JsonNode target = root.path("TargetMetadata");
        if (target.path("FullLobMode").asBoolean(false) && target.path("LimitedSizeLobMode").asBoolean(false)) {
            throw new DmsPilotException("Task settings: TargetMetadata.FullLobMode and LimitedSizeLobMode are both "
                    + "true; choose one LOB mode.");
        }
        if (target.has("LobMaxSize") && (!target.path("LobMaxSize").canConvertToInt()
                || target.path("LobMaxSize").asInt() < 0)) {
            throw new DmsPilotException("Task settings: TargetMetadata.LobMaxSize must be a number of KB.");
        }
        if (root.path("Logging").has("CloudWatchLogGroup") || root.path("Logging").has("CloudWatchLogStream")) {
            throw new DmsPilotException("Task settings: remove Logging.CloudWatchLogGroup and CloudWatchLogStream; "
                    + "DMS sets them and rejects them on create.");
        }
    }

    /** Whether two texts are the same JSON document (formatting aside); false when either is not JSON. */
    public static boolean sameJson(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            var mapper = org.dmspilot.core.project.ProjectFiles.mapper();
            return mapper.readTree(a).equals(mapper.readTree(b));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    /** Indented for editing; text that is not JSON (or null: empty) is kept as it is. */
    public static String pretty(String json) {
        if (json == null) {
            return "";
        }
        try {
            var mapper = org.dmspilot.core.project.ProjectFiles.mapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String document, String json) {
        if (json == null || json.isBlank()) {
            throw new DmsPilotException(document + " are empty.");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = org.dmspilot.core.project.ProjectFiles.mapper()
                    .readTree(json);
            if (!root.isObject()) {
                throw new DmsPilotException(document + " must be a JSON object ({ ... }).");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new DmsPilotException(document + ": invalid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> rule(String type, int id, String name, Map<String, Object> locator,
            String ruleTarget, String action) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rule-type", type);
        r.put("rule-id", String.valueOf(id));
        r.put("rule-name", name);
        if (ruleTarget != null) {
            r.put("rule-target", ruleTarget);
        }
        r.put("object-locator", locator);
        r.put("rule-action", action);
        return r;
    }

    private static Map<String, Object> locator(String schema, String table, String column) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("schema-name", schema);
        if (table != null) {
            l.put("table-name", table);
        }
        if (column != null) {
            l.put("column-name", column);
        }
        return l;
    }

    private static String[] split(String pattern, String sourceDatabase) {
        int dot = pattern.indexOf('.');
        return dot < 0 ? new String[] {requireDatabase(sourceDatabase), pattern}
                : new String[] {pattern.substring(0, dot), pattern.substring(dot + 1)};
    }

    private static String requireDatabase(String sourceDatabase) {
        if (sourceDatabase == null || sourceDatabase.isBlank()) {
            throw new DmsPilotException("The source connection names no database: choose one, or select tables as "
                    + "schema.table.");
        }
        return sourceDatabase;
    }
}
