package org.dmspilot.model.catalog;

import java.util.List;

/**
 * A stored procedure or function.
 *
 * @param returnType the function's return type (e.g. {@code decimal(10,2)}), null for procedures
 * @param body the routine body as written (from {@code BEGIN} or the single statement)
 * @param sqlDataAccess CONTAINS SQL, NO SQL, READS SQL DATA or MODIFIES SQL DATA
 * @param security DEFINER or INVOKER
 * @param sqlMode the sql_mode the routine was created with (it runs with it)
 */
public record Routine(String name, Type type, List<Parameter> parameters, String returnType, String body,
        boolean deterministic, String sqlDataAccess, String security, String sqlMode, String comment,
        String definer) {
    public Routine {
        parameters = Lists.copy(parameters);
    }

    /** Procedure or function. */
    public enum Type {
        PROCEDURE, FUNCTION
    }

    /**
     * A routine parameter.
     *
     * @param mode IN, OUT or INOUT (function parameters are IN)
     * @param dataType the type as the server writes it, e.g. {@code int(11)}, {@code varchar(20)}
     */
    public record Parameter(String name, Mode mode, String dataType) {
    }

    /** Parameter direction. */
    public enum Mode {
        IN, OUT, INOUT
    }
}
