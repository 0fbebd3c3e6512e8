package org.cairncrm.contacts;

/** What a contact group holds. */
public enum GroupKind {
    /** suppliers, dealers, prospects of a campaign ... */
    COMPANIES,
    /** Christmas cards, product interest, references ... */
    REPRESENTATIVES
}
