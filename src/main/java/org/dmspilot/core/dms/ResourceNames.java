package org.dmspilot.core.dms;

import java.util.Locale;

/**
 * Deterministic AWS names derived from the project id, so a re-run finds what an earlier run created. DMS
 * identifiers: letters, digits and single hyphens, starting with a letter.
 */
final class ResourceNames {
    private final String projectId;
    private final String prefix;

    ResourceNames(String projectId) {
        this.projectId = projectId;
        String compact = projectId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        this.prefix = "dmspilot-" + compact.substring(0, Math.min(8, compact.length()));
    }

    /** {@code dmspilot-<8 chars of the id>-<suffix>}. */
    String of(String suffix) {
        return prefix + "-" + suffix;
    }

    /** Secrets Manager names of the project's secrets start with this. */
    String secretPrefix() {
        return "dmspilot/" + projectId + "/";
    }
}
