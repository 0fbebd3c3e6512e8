package org.cairncrm.contacts;

/** Which records of its target a custom field applies to. */
public enum FieldScope {
    /** every company (or every representative) */
    ALL,
    /** the members of one contact group ({@code scopeId}: the group) */
    GROUP,
    /** one record ({@code scopeId}: the company or representative) */
    RECORD
}
