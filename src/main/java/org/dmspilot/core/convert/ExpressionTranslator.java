package org.dmspilot.core.convert;

import java.util.List;
import java.util.Optional;

/**
 * Translates a MySQL scalar expression (a DEFAULT, a generated column, a CHECK clause, a functional index part) to
 * PostgreSQL. Returns empty when it cannot do so safely; the caller then raises an action item.
 */
@FunctionalInterface
public interface ExpressionTranslator {
    Optional<Translation> translate(String mysqlExpression);

    /** The PostgreSQL text and anything a human should check. */
    record Translation(String sql, List<MappedType.Note> notes) {
        public Translation {
            notes = List.copyOf(notes);
        }
    }
}
