package org.cairncrm.platform.api.access;

/** How many records of a type a role lets its holders see, within the lines of business it grants. */
public enum Scope {
    /** Records the holder owns. */
    OWN,
    /** Records owned by anyone who shares an employee group with the holder. */
    TEAM,
    /** Every record. */
    ALL
}
