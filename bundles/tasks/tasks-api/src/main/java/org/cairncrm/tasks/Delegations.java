package org.cairncrm.tasks;

import java.util.List;

/** Delegations of tasks between employees; managing them needs {@link Tasks#MANAGE}. */
public interface Delegations {

    /** The delegations not ended yet (or every one), newest first. */
    List<DelegationData> list(boolean includeEnded);

    /** Records a delegation; one that starts today takes effect at once. */
    DelegationData create(DelegationData data);

    /** Ends a delegation now: its tasks return to their assignee. */
    DelegationData end(long id);
}
