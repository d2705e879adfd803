package org.dmspilot.gui.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible GUI string comes from {@code org/dmspilot/gui/messages.properties}: in Java through
 * {@link #lang}, in FXML as {@code %key}. A test fails on missing or unused keys.
 */
public final class Localization {
    private static final String BUNDLE = "org.dmspilot.gui.messages";

    private Localization() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The message for {@code key}, with {0}, {1}... replaced by {@code args}. */
    public static String lang(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
