package org.dmspilot.core.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;

/** The formats the report is written in. */
public enum ReportFormat {
    HTML, PDF, CSV;

    /** Parses {@code html,pdf,csv} (any case, any order). */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new DmsPilotException("Unknown report format '" + part.strip() + "': use html, pdf or csv.");
            }
        }
        if (formats.isEmpty()) {
            throw new DmsPilotException("No report format given: use html, pdf or csv.");
        }
        return formats;
    }
}
