package org.cairncrm.journal.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** The value of one entry-form field in one case. */
@Entity
@Table(name = "journal_case_value")
public class JournalCaseValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "field_value", nullable = false, length = 2000)
    private String value;

    JournalCaseValue() {
    }

    JournalCaseValue(long caseId, String code, String value) {
        this.caseId = caseId;
        this.code = code;
        this.value = value;
    }

    long caseId() {
        return caseId;
    }

    String code() {
        return code;
    }

    String value() {
        return value;
    }

    void value(String value) {
        this.value = value;
    }
}
