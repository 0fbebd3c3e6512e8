package org.cairncrm.platform.api.settings;

/** The values in force. An OSGi service. */
public interface Settings {

    /**
     * The value for the signed-in caller: their personal value, else the global one, else the default.
     *
     * @throws IllegalArgumentException when no installed module declares {@code key}
     */
    String effective(String key);

    default long effectiveNumber(String key) {
        return Long.parseLong(effective(key));
    }
}
