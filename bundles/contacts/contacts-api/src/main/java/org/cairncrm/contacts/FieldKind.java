package org.cairncrm.contacts;

/** What a custom field holds; values are checked against it. */
public enum FieldKind {
    /** free text, up to 2000 characters */
    TEXT,
    /** a decimal number */
    NUMBER,
    /** a date, ISO 8601 ({@code 2026-12-24}) */
    DATE,
    /** yes or no */
    BOOLEAN,
    /** one of the field's options */
    CHOICE,
    /** any of the field's options */
    MULTI_CHOICE
}
