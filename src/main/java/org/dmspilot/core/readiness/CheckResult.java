package org.dmspilot.core.readiness;

/**
 * The result of one readiness check.
 *
 * @param id stable id, named after the AWS DMS premigration assessment where they overlap (e.g. {@code binlog-format})
 * @param title short name for lists
 * @param status pass, warn or fail
 * @param found what was found on the source, for the user
 * @param why why it matters for the migration
 * @param fix the SQL (or RDS procedure call / configuration) that fixes it, spelled for this server; empty on pass
 */
public record CheckResult(String id, String title, CheckStatus status, String found, String why, String fix) {
}
