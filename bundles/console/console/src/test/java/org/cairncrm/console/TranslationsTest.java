package org.cairncrm.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinSession;

class TranslationsTest {

    private final Translations texts = new Translations("translations-test/texts", TranslationsTest.class);

    @BeforeEach
    void session() {
        MockVaadin.setup();
    }

    @AfterEach
    void end() {
        MockVaadin.tearDown();
    }

    @Test
    void textsFollowTheSessionsLanguageWithArgumentsFilledIn() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        assertEquals("1,200 rows", texts.get("rows", 1200));
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        assertEquals("1\u00a0200 wierszy", texts.get("rows", 1200).replace('\u202f', '\u00a0'));
        // a text missing in Polish is English; a missing key shows as itself
        assertEquals("Only in English", texts.get("only.english"));
        assertEquals("no.such.key", texts.get("no.such.key"));
    }
}
