package org.cairncrm.contacts;

/** The admin-editable lists company cards choose from. */
public enum DictionaryKind {
    /** what the company does: manufacturing, retail ... */
    INDUSTRY,
    /** where the relationship stands: prospect, customer, former, supplier ... */
    STATUS,
    /** how profitable the relationship is: A, B, C ... */
    CATEGORY,
    /** the sales area an address belongs to */
    AREA
}
