package org.dmspilot.gui.projecttree;

/**
 * One node of the project tree.
 *
 * @param kind what the node stands for; the work area opens a view per kind
 * @param label text shown
 * @param detail secondary text (e.g. host:port, a count), may be empty
 * @param payload the model object behind the node (a catalog schema, table...), or null
 */
public record ProjectNode(Kind kind, String label, String detail, Object payload) {
    /** The kinds of nodes. */
    public enum Kind {
        PROJECT, SOURCE, READINESS, TARGET, CONVERSION, ASSESSMENT, TASKS, DMS_TASK, LOCAL_TASK, SCHEMA, FOLDER, TABLE, VIEW, ROUTINE,
        TRIGGER
    }

    public ProjectNode(Kind kind, String label, String detail) {
        this(kind, label, detail, null);
    }

    /** Whether the node is a catalog object with properties and DDL. */
    public boolean isCatalogObject() {
        return kind == Kind.TABLE || kind == Kind.VIEW || kind == Kind.ROUTINE || kind == Kind.TRIGGER;
    }

    @Override
    public String toString() {
        return detail == null || detail.isEmpty() ? label : label + "  (" + detail + ")";
    }
}
