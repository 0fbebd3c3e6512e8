package org.cairncrm.platform.api.settings;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SettingDefinitionTest {

    @Test
    void numbersMustBeWholeAndInRange() {
        SettingDefinition pageSize = SettingDefinition.number("ui.pageSize", "Rows", 25, 5, 500, true);
        assertNull(pageSize.problem("50"));
        assertNotNull(pageSize.problem("1000"));
        assertNotNull(pageSize.problem("4"));
        assertNotNull(pageSize.problem("ten"));
        assertNotNull(pageSize.problem(null));
    }

    @Test
    void choicesMustBeOneOfTheOptions() {
        SettingDefinition language = SettingDefinition.choice("ui.language", "Language", "en",
                List.of("en", "pl"), true);
        assertNull(language.problem("pl"));
        assertNotNull(language.problem("xx"));
    }

    @Test
    void flagsAreTrueOrFalse() {
        SettingDefinition flag = SettingDefinition.flag("ui.compact", "Compact", false, true);
        assertNull(flag.problem("true"));
        assertNotNull(flag.problem("yes"));
    }
}
