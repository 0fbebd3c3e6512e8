package org.cairncrm.contacts.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A representative's work at one company. */
@Entity
@Table(name = "contacts_employment")
@RecordType(value = "contacts.employment", path = "employments")
public class Employment extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;
    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Company company;
    @Column(name = "position", length = 100)
    private String position;
    @Column(name = "department", length = 100)
    private String department;
    @Column(name = "phone", length = 40)
    private String phone;
    @Column(name = "email", length = 200)
    private String email;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "main_contact", nullable = false)
    private boolean mainContact;

    protected Employment() {
    }

    Employment(Representative representative, Company company) {
        this.representative = representative;
        this.company = company;
    }

    void apply(EmploymentData data) {
        position = Company.blankToNull(data.position());
        department = Company.blankToNull(data.department());
        phone = Company.blankToNull(data.phone());
        email = Company.blankToNull(data.email());
        startDate = data.startDate();
        endDate = data.endDate();
        mainContact = data.mainContact();
    }

    Company company() {
        return company;
    }

    Representative representative() {
        return representative;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    boolean mainContact() {
        return mainContact;
    }

    void dropMainContact() {
        mainContact = false;
    }

    EmploymentData toData(boolean companyVisible) {
        return new EmploymentData(getId(), company.getId(), companyVisible ? company.name() : null, position,
                department, phone, email, startDate, endDate, mainContact);
    }
}
