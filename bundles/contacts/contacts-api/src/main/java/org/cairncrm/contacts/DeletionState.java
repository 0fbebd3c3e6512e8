package org.cairncrm.contacts;

/** Where a deletion request stands. */
public enum DeletionState {
    /** waits for someone who may approve */
    PENDING,
    /** approved: the record is archived */
    APPROVED,
    /** rejected: the record stays as it was */
    REJECTED
}
