package org.dmspilot.model.convert;

import java.util.List;
import java.util.Map;

/**
 * The DBA's conversion decisions, stored with the project: options, mapping rules, and target DDL edited by hand.
 *
 * @param editedDdl hand-edited target DDL by {@link #ddlKey(Stage, String)}; it replaces the converter's
 *     statements for that object and stage
 */
public record ConversionSettings(ConversionOptions options, List<MappingRule> rules, Map<String, String> editedDdl) {
    public ConversionSettings {
        options = options == null ? ConversionOptions.defaults() : options;
        rules = rules == null ? List.of() : List.copyOf(rules);
        editedDdl = editedDdl == null ? Map.of() : Map.copyOf(editedDdl);
    }

    public static ConversionSettings defaults() {
        return new ConversionSettings(ConversionOptions.defaults(), List.of(), Map.of());
    }

    /** The key of an object's statements in one stage. */
    public static String ddlKey(Stage stage, String object) {
        return stage.name() + " " + object;
    }

    public ConversionSettings withRules(List<MappingRule> newRules) {
        return new ConversionSettings(options, newRules, editedDdl);
    }

    public ConversionSettings withOptions(ConversionOptions newOptions) {
        return new ConversionSettings(newOptions, rules, editedDdl);
    }

    public ConversionSettings withEditedDdl(Map<String, String> newEdits) {
        return new ConversionSettings(options, rules, newEdits);
    }
}
