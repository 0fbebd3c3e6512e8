package org.cairncrm.platform.api.settings;

import java.util.List;

/** Registered as an OSGi service by a module that has settings. */
public interface SettingContribution {
    List<SettingDefinition> settings();
}
