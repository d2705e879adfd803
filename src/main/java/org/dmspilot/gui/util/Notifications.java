package org.dmspilot.gui.util;

import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Notifications the application raises for something that needs the user's attention while they may be looking
 * elsewhere (a replication task that failed). Views show the latest; tests read the list. Call on the UI thread.
 */
public final class Notifications {
    /** How serious a notification is. */
    public enum Severity { INFO, WARNING, ERROR }

    /** One notification. */
    public record Notification(Instant at, Severity severity, String title, String message) {
    }

    private final ObservableList<Notification> raised = FXCollections.observableArrayList();

    public void raise(Severity severity, String title, String message) {
        raised.add(new Notification(Instant.now(), severity, title, message));
    }

    /** Every notification raised, oldest first. */
    public ObservableList<Notification> raised() {
        return raised;
    }
}
