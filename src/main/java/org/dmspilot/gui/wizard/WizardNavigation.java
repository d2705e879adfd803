package org.dmspilot.gui.wizard;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.dmspilot.model.MigrationTask.Backend;

/**
 * Which page is shown and which pages exist for the chosen backend. Moving forward validates every page passed;
 * the first incomplete page stays (or becomes) current with its field errors shown.
 */
public final class WizardNavigation {
    private final ObservableList<WizardPage> pages = FXCollections.observableArrayList();
    private final ObjectProperty<WizardPage> page = new SimpleObjectProperty<>(WizardPage.BACKEND);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final Function<WizardPage, Map<String, String>> validator;
    private final Consumer<WizardPage> onLeave;

    WizardNavigation(ObjectProperty<Backend> backend, javafx.beans.value.ObservableBooleanValue serverless,
            Function<WizardPage, Map<String, String>> validator, Consumer<WizardPage> onLeave) {
        this.validator = validator;
        this.onLeave = onLeave;
        pages.setAll(WizardPage.of(backend.get(), serverless.get()));
        javafx.beans.InvalidationListener follow = obs -> {
            pages.setAll(WizardPage.of(backend.get(), serverless.get()));
            fieldErrors.clear();
        };
        backend.addListener(follow);
        serverless.addListener(follow);
    }

    /** Validates the current page and moves to the next one; false (errors shown) when the page is incomplete. */
    public boolean next() {
        int i = pages.indexOf(page.get());
        return i + 1 < pages.size() && goTo(pages.get(i + 1));
    }

    /** Back one page (never validated: nothing is lost going back). */
    public void back() {
        int i = pages.indexOf(page.get());
        if (i > 0) {
            move(pages.get(i - 1));
        }
    }

    /** Goes to a page; forward only through complete pages. */
    public boolean goTo(WizardPage target) {
        int from = pages.indexOf(page.get());
        int to = pages.indexOf(target);
        if (to < 0) {
            return false;
        }
        for (int i = Math.max(from, 0); i < to; i++) {
            Map<String, String> errors = validate(pages.get(i));
            if (!errors.isEmpty()) {
                if (i != from) {
                    move(pages.get(i));
                }
                fieldErrors.clear();
                fieldErrors.putAll(errors);
                return false;
            }
        }
        move(target);
        return true;
    }

    /** After an edit: drops the shown errors the current page no longer has (never adds new ones while typing). */
    public void recheck() {
        if (fieldErrors.isEmpty() || page.get() == null) {
            return;
        }
        fieldErrors.keySet().retainAll(validate(page.get()).keySet());
    }

    Map<String, String> validate(WizardPage p) {
        return validator.apply(p);
    }

    private void move(WizardPage target) {
        WizardPage left = page.get();
        fieldErrors.clear();
        onLeave.accept(left);
        page.set(target);
    }

    public ObservableList<WizardPage> pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<WizardPage> pageProperty() {
        return page;
    }

    public WizardPage page() {
        return page.get();
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
