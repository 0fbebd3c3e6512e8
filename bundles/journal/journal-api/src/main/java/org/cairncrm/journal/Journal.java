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
            + "lineOfBusiness, nextActionDue, nextActionBy, closedAt (closedAt:null: the open cases)";
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

    /**
     * Moves an open case to another stage of its type's pipeline by hand; a strict pipeline refuses skipping stages
     * forwards. The version must be the one read.
     */
    CaseData moveStage(long caseId, long version, String stage);

    /** The stages a case went through, oldest first. */
    java.util.List<StageChange> stageHistory(long caseId);

    /** A company's or a representative's journal, newest first (outstanding next actions: soonest due first). */
    java.util.List<JournalEntry> journal(JournalQuery query);

    /** A company's full history (cases, steps, stages, next actions) as a printable HTML page. */
    String customerHistory(long companyId);
}
