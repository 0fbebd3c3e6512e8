package org.cairncrm.journal;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Contact cases, their steps and next actions, within the caller's keys and data scope. Lists take the quick search
 * ({@code q}: topic, company) and filters on {@value #FILTER_FIELDS}.
 */
public interface Journal {

    String CASE_TYPE = "journal.case";
    String READ = "journal.case.read";
    String CREATE = "journal.case.create";
    String UPDATE = "journal.case.update";
    /** recording steps in cases one may see */
    String RECORD_STEP = "journal.step.create";
    String FILTER_FIELDS = "topic, companyId, representativeId, ownerId, type, status, priority, stage, "
            + "lineOfBusiness, nextActionDue, nextActionBy";
    /** posted after commit for every change of a case: {@code cairn/journal/Case/CREATED|UPDATED|DELETED} */
    String CASE_TOPIC = "cairn/journal/Case/*";
    /** posted after commit for every step recorded: {@code cairn/journal/Step/CREATED} */
    String STEP_TOPIC = "cairn/journal/Step/*";

    Page<CaseData> list(PageRequest request);

    CaseData get(long id);

    /** Opens a case; an open case needs its first next action. */
    CaseData create(CaseData data);

    /** Changes a case; the version must be the one read. */
    CaseData update(long id, CaseData data);

    /** The steps of a case, newest first. */
    Page<StepData> steps(long caseId, PageRequest request);

    /**
     * Records a step and sets the case's next action in one go (required while the case stays open); the case may
     * move to another stage by the pipeline's rules.
     */
    StepData recordStep(long caseId, StepData step, NextAction next);
}
