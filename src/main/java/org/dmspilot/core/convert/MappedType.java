package org.dmspilot.core.convert;

import java.util.List;
import org.dmspilot.model.convert.Severity;

/**
 * A PostgreSQL column type chosen for a MySQL one.
 *
 * @param sql the PostgreSQL type, e.g. {@code numeric(12,2)}
 * @param check a CHECK expression with {@code %1$s} where the quoted column name goes, or null
 * @param notes what a human should know, turned into action items by the caller (who knows the object)
 */
public record MappedType(String sql, String check, List<Note> notes) {
    public MappedType {
        notes = List.copyOf(notes);
    }

    static MappedType of(String sql) {
        return new MappedType(sql, null, List.of());
    }

    MappedType withCheck(String checkTemplate) {
        return new MappedType(sql, checkTemplate, notes);
    }

    MappedType withNote(Note note) {
        List<Note> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new MappedType(sql, check, all);
    }

    /** The CHECK constraint text for a column, or null. */
    public String checkFor(String quotedColumn) {
        return check == null ? null : String.format(check, quotedColumn);
    }

    /** An action item in waiting: the code and texts, without the object's location. */
    public record Note(String code, Severity severity, String message, String recommendation, int effortMinutes) {
    }
}
