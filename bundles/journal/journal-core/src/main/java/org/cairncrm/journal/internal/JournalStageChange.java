package org.cairncrm.journal.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cairncrm.journal.StageChange;

/** A case's move between stages; written once, never changed. */
@Entity
@Table(name = "journal_stage_change")
public class JournalStageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "from_stage", length = 40)
    private String fromStage;
    @Column(name = "to_stage", nullable = false, length = 40)
    private String toStage;
    @Column(name = "moved_at", nullable = false)
    private Instant at;
    @Column(name = "by_employee", nullable = false)
    private long byEmployee;
    @Column(name = "step_id")
    private Long stepId;

    JournalStageChange() {
    }

    JournalStageChange(long caseId, String fromStage, String toStage, Instant at, long byEmployee, Long stepId) {
        this.caseId = caseId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.at = at;
        this.byEmployee = byEmployee;
        this.stepId = stepId;
    }

    StageChange toData() {
        return new StageChange(caseId, fromStage, toStage, at, byEmployee, stepId);
    }
}
