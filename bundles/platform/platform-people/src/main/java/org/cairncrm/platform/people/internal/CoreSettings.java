package org.cairncrm.platform.people.internal;

import java.util.List;

import org.cairncrm.platform.api.settings.SettingContribution;
import org.cairncrm.platform.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/** The platform's own settings, with defaults that let a new install work at once. */
@Component
public class CoreSettings implements SettingContribution {

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.text("platform.companyName", "Company name shown in the console", "Cairn CRM",
                        false),
                SettingDefinition.number("platform.sessionTimeoutMinutes",
                        "Console sign-out after this many idle minutes", 30, 5, 720, false),
                SettingDefinition.choice("ui.language", "Language", "en", List.of("en", "pl", "de"), true),
                SettingDefinition.choice("ui.dateFormat", "Date format", "yyyy-MM-dd",
                        List.of("yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy"), true),
                SettingDefinition.number("ui.pageSize", "Rows per page in lists", 25, 5, 500, true),
                SettingDefinition.text("ui.startView", "View shown after sign-in", "home", true));
    }
}
