package org.cairncrm.platform.api.settings;

/** The values in force. An OSGi service. */
public interface Settings {

    /**
     * The value for the signed-in caller: their personal value, else the global one, else the default.
     *
     * @throws IllegalArgumentException when no installed module declares {@code key}
     */
    String effective(String key);

    /**
     * Sets the signed-in caller's own value of a personal setting; null drops it.
     *
     * @throws org.cairncrm.platform.api.error.ValidationException when the value is not allowed (field
     *         {@code value}) or the setting is not personal (field {@code key})
     */
    void setPersonal(String key, String value);

    /** Sets the global value (for everyone without their own); null drops it. Callers check the permission. */
    void setGlobal(String key, String value);

    /** Every setting of the installed modules as it stands for the signed-in caller, by key. */
    java.util.List<SettingState> states();

    default long effectiveNumber(String key) {
        return Long.parseLong(effective(key));
    }
}
