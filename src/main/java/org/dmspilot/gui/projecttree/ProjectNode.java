package org.dmspilot.gui.projecttree;

/**
 * One node of the project tree.
 *
 * @param kind what the node stands for; the work area opens a view per kind
 * @param label text shown
 * @param detail secondary text (e.g. host:port/db), may be empty
 */
public record ProjectNode(Kind kind, String label, String detail) {
    /** The kinds of nodes; later capabilities add schemas and objects under SOURCE. */
    public enum Kind { PROJECT, SOURCE, TARGET, CONVERSION, TASKS }

    @Override
    public String toString() {
        return detail == null || detail.isEmpty() ? label : label + "  (" + detail + ")";
    }
}
