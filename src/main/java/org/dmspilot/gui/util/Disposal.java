package org.dmspilot.gui.util;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * What a view holds beyond its nodes (a refresh timer, AWS clients), released when the view goes away: the work area
 * disposes a tab's content when the tab closes or its content is replaced.
 */
public final class Disposal {
    private static final String KEY = Disposal.class.getName();

    private Disposal() {
    }

    /** Runs {@code release} when {@code view} is disposed (in the order registered). */
    @SuppressWarnings("unchecked")
    public static void onDispose(Node view, Runnable release) {
        ((List<Runnable>) view.getProperties().computeIfAbsent(KEY, k -> new ArrayList<Runnable>())).add(release);
    }

    /** Releases what {@code view} holds, once; a view without anything to release is left alone. */
    @SuppressWarnings("unchecked")
    public static void dispose(Node view) {
        if (view == null) {
            return;
        }
        Object releases = view.getProperties().remove(KEY);
        if (releases != null) {
            ((List<Runnable>) releases).forEach(Runnable::run);
        }
    }
}
