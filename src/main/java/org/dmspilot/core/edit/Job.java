package org.dmspilot.core.edit;

/** An undoable edit (mapping rules, target DDL): execute once, then undo and redo any number of times. */
public interface Job {
    void execute();

    void undo();

    /** Redo after an undo; by default the same as {@link #execute()}. */
    default void redo() {
        execute();
    }

    /** What the edit does, for the Undo / Redo menu items. */
    String description();
}
