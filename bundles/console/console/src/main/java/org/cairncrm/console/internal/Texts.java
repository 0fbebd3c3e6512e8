package org.cairncrm.console.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.server.VaadinSession;

/** The shell's texts in the session's language (English, Polish). */
final class Texts {

    private Texts() {
    }

    static String get(String key) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null || session.getLocale() == null ? Locale.ENGLISH : session.getLocale();
        try {
            return ResourceBundle.getBundle("console.texts", locale, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            try {
                return ResourceBundle.getBundle("console.texts", Locale.ROOT, Texts.class.getClassLoader())
                        .getString(key);
            } catch (MissingResourceException missing) {
                return key;
            }
        }
    }
}
