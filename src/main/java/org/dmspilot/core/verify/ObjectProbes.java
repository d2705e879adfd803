package org.dmspilot.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.catalog.Schema;

/**
 * Behaviour probes of a schema's code objects, run on the live source and on its converted copy in PostgreSQL:
 * every view (same rows), function (same result over a spread of arguments, NULL and edges included), procedure
 * (same result sets, OUT values and table row counts) and trigger (a DML that fires it, same effects). Every call runs
 * in a transaction (or, inside an open transaction, a savepoint) that is rolled back on both engines; errors compare
 * by SQLSTATE class. Changes to non-transactional (MyISAM) tables and AUTO_INCREMENT counters are not rolled back by
 * MySQL, which is why procedures and triggers are probed only when asked ({@link Scope#READS_AND_WRITES}).
 */
public final class ObjectProbes {
    private ObjectProbes() {
    }

    /** Which code objects are probed. */
    public enum Scope {
        /** Views and functions. */
        READS,
        /** Views, functions, procedures and triggers (their DML runs on the source, rolled back). */
        READS_AND_WRITES
    }

    /**
     * @param source a connection to the source server; its default database is set to the schema while probing
     * @param target a connection to PostgreSQL holding the converted schema and the same rows; its search_path is set
     *     to {@code targetSchema} while probing
     * @return one probe per view and function (and procedure and trigger with {@link Scope#READS_AND_WRITES}), in
     *     that order
     */
    public static List<Probe> run(Connection source, Connection target, Schema schema, String targetSchema,
            Scope scope) throws SQLException {
        String catalog = source.getCatalog();
        String searchPath = Values.rows(target, "SHOW search_path").get(0).get(0);
        source.setCatalog(schema.name());
        try {
            Probe.run(target, "SET search_path = " + Values.identifier(targetSchema));
            CodeProbes code = new CodeProbes(source, target, schema);
            List<Probe> out = new ArrayList<>(code.views());
            out.addAll(code.functions());
            if (scope == Scope.READS_AND_WRITES) {
                out.addAll(code.procedures());
                out.addAll(new TriggerProbes(source, target, schema).all());
            }
            return out;
        } finally {
            Probe.run(target, "SET search_path = " + searchPath);
            if (catalog != null) {
                source.setCatalog(catalog);
            }
        }
    }
}
