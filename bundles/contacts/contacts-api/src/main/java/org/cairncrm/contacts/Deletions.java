package org.cairncrm.contacts;

import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Deleting companies and representatives takes two people: a clerk's delete becomes a request, which someone
 * holding {@link #APPROVE} approves (the record is archived: hidden from lists, kept for what refers to it,
 * restorable) or rejects. An approver's own delete archives at once. Only {@link #PURGE} removes an archived record
 * for good, and only when nothing refers to it any more (employments here, and whatever other modules report through
 * {@link ContactReferences}).
 */
public interface Deletions {

    String APPROVE = "contacts.deletion.approve";
    String PURGE = "contacts.purge";

    /**
     * Deletes a record the caller's way: archived at once for approvers, else a pending request. Needs the type's
     * delete key ({@link Companies#DELETE}, {@link Representatives#DELETE}) or {@link #APPROVE}.
     */
    DeletionRequestData delete(RecordRef record, String reason);

    /** The requests, newest first; filter {@code state:eq:PENDING} for those waiting. */
    Page<DeletionRequestData> list(PageRequest request);

    DeletionRequestData approve(long requestId, String note);

    DeletionRequestData reject(long requestId, String note);

    /** Brings an archived record back into the lists. */
    void restore(RecordRef record);

    /** Removes an archived record for good; a {@code ConflictException} says what still refers to it. */
    void purge(RecordRef record);
}
