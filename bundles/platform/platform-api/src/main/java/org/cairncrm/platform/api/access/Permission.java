package org.cairncrm.platform.api.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A right a module declares: {@code contacts.company.delete}.
 *
 * @param key    {@code <module>.<record type or area>.<action>}, lowercase
 * @param label  what an administrator reads when building a role
 * @param guards the screens, actions or endpoints the key opens, in words
 */
public record Permission(String key, String label, String guards) {

    /** Grants every key and the scope {@link Scope#ALL} on every record type: the administrators' key. */
    public static final String EVERYTHING = "*";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*){1,3}");

    public Permission {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(guards, "guards");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a permission key: " + key);
        }
    }

    public static boolean isValidKey(String key) {
        return key != null && (key.equals(EVERYTHING) || KEY.matcher(key).matches());
    }

    /** The module part of the key. */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }
}
