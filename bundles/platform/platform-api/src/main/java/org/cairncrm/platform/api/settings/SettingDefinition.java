package org.cairncrm.platform.api.settings;

import java.util.List;

/**
 * A setting a module declares.
 *
 * @param key          {@code <module>.<name>}: {@code ui.pageSize}
 * @param kind         how values are checked
 * @param defaultValue what a new install uses
 * @param options      the allowed values of a {@link Kind#CHOICE}
 * @param min          smallest {@link Kind#NUMBER}
 * @param max          largest {@link Kind#NUMBER}
 * @param personal     whether each employee may set their own value on top of the global one
 */
public record SettingDefinition(String key, String label, Kind kind, String defaultValue, List<String> options,
                                long min, long max, boolean personal) {

    public enum Kind { TEXT, NUMBER, CHOICE, BOOLEAN }

    public SettingDefinition {
        options = List.copyOf(options);
    }

    public static SettingDefinition choice(String key, String label, String defaultValue, List<String> options,
                                           boolean personal) {
        return new SettingDefinition(key, label, Kind.CHOICE, defaultValue, options, 0, 0, personal);
    }

    public static SettingDefinition number(String key, String label, long defaultValue, long min, long max,
                                           boolean personal) {
        return new SettingDefinition(key, label, Kind.NUMBER, Long.toString(defaultValue), List.of(), min, max,
                personal);
    }

    public static SettingDefinition text(String key, String label, String defaultValue, boolean personal) {
        return new SettingDefinition(key, label, Kind.TEXT, defaultValue, List.of(), 0, 0, personal);
    }

    public static SettingDefinition flag(String key, String label, boolean defaultValue, boolean personal) {
        return new SettingDefinition(key, label, Kind.BOOLEAN, Boolean.toString(defaultValue), List.of(), 0, 0,
                personal);
    }

    /** Why {@code value} is not allowed, or null when it is. */
    public String problem(String value) {
        if (value == null) {
            return "must not be empty";
        }
        switch (kind) {
            case NUMBER:
                try {
                    long n = Long.parseLong(value.strip());
                    return n < min || n > max ? "must be a whole number from " + min + " to " + max : null;
                } catch (NumberFormatException e) {
                    return "must be a whole number from " + min + " to " + max;
                }
            case CHOICE:
                return options.contains(value) ? null : "must be one of " + options;
            case BOOLEAN:
                return value.equals("true") || value.equals("false") ? null : "must be true or false";
            default:
                return value.length() > 500 ? "must be at most 500 characters" : null;
        }
    }
}
