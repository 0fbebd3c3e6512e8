package org.cairncrm.contacts;

import java.util.List;
import java.util.Map;

/**
 * Custom fields of companies and representatives. Values travel as JSON-like objects: text as strings, numbers as
 * numbers, dates as ISO strings, booleans, choices as strings and multi-choices as lists of strings. Reading them
 * needs the record's read key, setting them its update key; defining fields needs {@link #MANAGE}. Lists filter on
 * them with {@code field.<name>:<op>:<value>}.
 */
public interface CustomFields {

    String MANAGE = "contacts.field.manage";

    /** Every field of {@code target}, in card order. */
    List<FieldDefinition> definitions(FieldTarget target);

    FieldDefinition define(FieldDefinition field);

    /** Changes label, options, scope and order; name, kind and target stay. */
    FieldDefinition redefine(long id, FieldDefinition field);

    /** Removes the field and every value of it. */
    void remove(long id);

    /** The fields that apply to one record: for all, for a group it is in, or for it alone. */
    List<FieldDefinition> applicable(FieldTarget target, long recordId);

    /** The record's values by field name; fields without a value are left out. */
    Map<String, Object> values(FieldTarget target, long recordId);

    /**
     * The values of many records at once (for exports and reports), by record id and field name; records without
     * values, and records the caller may not see, are left out.
     */
    Map<Long, Map<String, Object>> values(FieldTarget target, java.util.Collection<Long> recordIds);

    /**
     * Sets the values given (a null value clears one); the others stay. Each must be a field that applies to the
     * record and fit its kind, else a field error on {@code fields.<name>}; nothing is stored then.
     */
    Map<String, Object> setValues(FieldTarget target, long recordId, Map<String, Object> values);
}
