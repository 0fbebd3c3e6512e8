package org.cairncrm.console.internal;

/** The shell's texts in the session's language (English, Polish). */
final class Texts {

    static final org.cairncrm.console.Translations SHELL = new org.cairncrm.console.Translations(
            "console.texts", Texts.class);

    private Texts() {
    }

    static String get(String key) {
        return SHELL.get(key);
    }
}
