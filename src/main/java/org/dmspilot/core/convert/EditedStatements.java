package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.convert.ConvertedStatement;

/** Applies hand-edited target DDL to a conversion's statements: an edit replaces its object's statements of a stage. */
public final class EditedStatements {
    private EditedStatements() {
    }

    public static List<ConvertedStatement> apply(List<ConvertedStatement> statements, Map<String, String> edits) {
        if (edits.isEmpty()) {
            return statements;
        }
        List<ConvertedStatement> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (ConvertedStatement s : statements) {
            String key = ConversionSettings.ddlKey(s.stage(), s.object());
            String edited = edits.get(key);
            if (edited == null) {
                out.add(s);
            } else if (done.add(key) && !edited.isBlank()) {
                out.add(new ConvertedStatement(s.stage(), s.object(), edited.strip().replaceAll(";\\s*$", "")));
            }
        }
        return out;
    }
}
