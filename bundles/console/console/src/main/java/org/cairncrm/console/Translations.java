package org.cairncrm.console;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.server.VaadinSession;

/**
 * A module's own texts in the language of the user's console session, from its resource bundles
 * ({@code texts.properties}, {@code texts_pl.properties}, ...). English (the bundle without suffix) when a language is
 * missing; the key itself when a text is.
 *
 * <pre>{@code
 * private static final Translations TEXTS = new Translations("itest/texts", ItemsView.class);
 * ... TEXTS.get("items.title") ...
 * }</pre>
 */
public final class Translations {

    private final String baseName;
    private final ClassLoader loader;

    /** @param owner a class of the module's bundle, whose class loader finds the bundles */
    public Translations(String baseName, Class<?> owner) {
        this.baseName = baseName;
        this.loader = owner.getClassLoader();
    }

    public String get(String key) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null || session.getLocale() == null ? Locale.ENGLISH : session.getLocale();
        try {
            return ResourceBundle.getBundle(baseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException notInThatLanguage) {
            try {
                return ResourceBundle.getBundle(baseName, Locale.ROOT, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException missing) {
                return key;
            }
        }
    }

    /** The text under {@code key} with {@code arguments} filled in ({@code "{0} rows"}, MessageFormat rules). */
    public String get(String key, Object... arguments) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null || session.getLocale() == null ? Locale.ENGLISH : session.getLocale();
        return new java.text.MessageFormat(get(key), locale).format(arguments);
    }
}
