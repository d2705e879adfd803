package org.dmspilot.gui.util;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs a view model may need, behind an interface so view models are tested without a screen. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Asks the user to pick one of {@code choices} (button texts); the index picked, -1 when cancelled. */
    int choose(String title, String message, java.util.List<String> choices);

    /** The answers to "save the changes first?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save unsaved changes before they would be lost: Save, Don't Save or Cancel. */
    SaveChoice askSave(String title, String message);

    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseProjectToSave(String suggestedName);

    /** Asks for a mysqldump / mariadb-dump file to read offline. */
    Optional<Path> chooseDumpFile();

    /** Asks for a password the keychain does not have; empty when the user cancels. */
    Optional<char[]> askPassword(String title, String prompt);
}
