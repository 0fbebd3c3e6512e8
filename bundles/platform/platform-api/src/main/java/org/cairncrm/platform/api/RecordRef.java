package org.cairncrm.platform.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Points at one record of any module, e.g. {@code contacts.company:42}. Modules link to each other's records with
 * these, never with JPA relations across persistence units.
 *
 * @param type the module and record type, {@code <module>.<type>}
 * @param id   the record's id within its type
 */
public record RecordRef(String type, long id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    public RecordRef {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("record type must look like 'module.type', was '" + type + "'");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("record id must be positive, was " + id);
        }
    }

    /**
     * The record a client names by id in an address: an id no record can have (zero, negative) is a record that is
     * not there (404), not a fault of the server.
     *
     * @throws org.cairncrm.platform.api.error.RecordNotFoundException for an id below 1
     */
    public static RecordRef named(String type, long id) {
        if (id <= 0) {
            throw new org.cairncrm.platform.api.error.RecordNotFoundException(type, id);
        }
        return new RecordRef(type, id);
    }

    /** Reads the {@code type:id} form written by {@link #toString()}. */
    public static RecordRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("record reference must look like 'module.type:id', was '" + text + "'");
        }
        try {
            return new RecordRef(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("record id must be a number in '" + text + "'", e);
        }
    }

    /** The module part of the type: {@code contacts} for {@code contacts.company}. */
    public String module() {
        return type.substring(0, type.indexOf('.'));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
