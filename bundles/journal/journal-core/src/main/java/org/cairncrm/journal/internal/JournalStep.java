package org.cairncrm.journal.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.journal.StepData;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** One step recorded in a case. */
@Entity
@Table(name = "journal_step")
@RecordType(value = "journal.step", path = "steps")
public class JournalStep extends AuditedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "kind", nullable = false, length = 40)
    private String kind;
    @Column(name = "done_at", nullable = false)
    private Instant at;
    @Column(name = "by_employee", nullable = false)
    private long byEmployee;
    @Column(name = "with_representative")
    private Long withRepresentative;
    @Column(name = "notes", length = 4000)
    private String notes;
    @Column(name = "outcome", length = 500)
    private String outcome;

    JournalStep() {
    }

    JournalStep(long caseId, StepData data, long by, Instant at) {
        this.caseId = caseId;
        this.kind = data.kind().strip();
        this.at = at;
        this.byEmployee = by;
        this.withRepresentative = data.withRepresentativeId();
        this.notes = blankToNull(data.notes());
        this.outcome = blankToNull(data.outcome());
    }

    StepData toData() {
        return new StepData(getId(), caseId, kind, at, byEmployee, withRepresentative, notes, outcome, auditStamp());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
