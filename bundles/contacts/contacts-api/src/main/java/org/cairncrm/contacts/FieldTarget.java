package org.cairncrm.contacts;

/** Whose cards a custom field is on. */
public enum FieldTarget {
    COMPANY,
    REPRESENTATIVE
}
