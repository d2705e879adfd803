package org.dmspilot.core.readiness;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks whether a live MySQL/MariaDB source is ready for a migration with CDC: binary log settings, privileges,
 * and what the selected schemas hold. Each result carries the SQL (or RDS call) that fixes it, spelled for the server
 * at hand.
 */
public final class ReadinessChecker {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessChecker.class);
    private ReadinessChecker() {
    }

    /** The ids of every check, in the order they run. */
    public static List<String> checkIds() {
        return ReadinessChecks.ALL.stream().map(CheckDefinition::id).toList();
    }

    /**
     * Runs every check.
     *
     * @param connection an open connection as the migration user (its grants are what is checked)
     * @param schemas the schemas to migrate; empty means every non-system schema
     * @throws org.dmspilot.core.DmsPilotException when the source cannot be read
     */
    public static List<CheckResult> run(Connection connection, Collection<String> schemas,
            ProgressListener progress) {
        SourceFacts facts = SourceFactsReader.read(connection, List.copyOf(schemas), progress);
        List<CheckResult> results = ReadinessChecks.ALL.stream().map(d -> d.run(facts)).toList();
        results.stream().filter(r -> r.status() != CheckStatus.PASS).forEach(r -> LOG.info("Readiness {} {}: {}",
                r.status(), r.id(), r.found()));
        LOG.info("Readiness of {}: {} checks, {} failed", schemas, results.size(),
                results.stream().filter(r -> r.status() == CheckStatus.FAIL).count());
        return results;
    }

    /** True when any result failed. */
    public static boolean anyFailed(List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.status() == CheckStatus.FAIL);
    }
}
