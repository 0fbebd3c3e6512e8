package org.cairncrm.platform.api.settings;

/**
 * A setting as it stands for the signed-in caller.
 *
 * @param globalValue   the administrator's value, null when none
 * @param personalValue the caller's own value, null when none
 * @param value         the value in force: personal, else global, else the default
 */
public record SettingState(SettingDefinition definition, String globalValue, String personalValue, String value) {
}
