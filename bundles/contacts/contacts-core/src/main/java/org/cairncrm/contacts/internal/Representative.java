package org.cairncrm.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;

import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.persistence.HistoryIgnored;
import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.platform.persistence.ScopedEntity;

/** A person at companies; their work at each company is an {@link Employment}. */
@Entity
@Table(name = "contacts_representative")
@RecordType(value = "contacts.representative", path = "representatives")
public class Representative extends ScopedEntity {

    @Column(name = "first_name", length = 100)
    private String firstName;
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;
    @Column(name = "title", length = 50)
    private String title;
    @Column(name = "phones", length = 1000)
    private String phones;
    @Column(name = "emails", length = 1000)
    private String emails;
    @Column(name = "birthday")
    private LocalDate birthday;
    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "archived_at")
    private java.time.Instant archivedAt;
    @Column(name = "archived_by", length = 100)
    private String archivedBy;

    /** Folded names, phones (also bare digits), e-mails and the work contacts and companies of the employments. */
    @HistoryIgnored
    @Column(name = "search_text", nullable = false, length = 4000)
    private String searchText;

    @OneToMany(mappedBy = "representative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Employment> employments = new ArrayList<>();

    void apply(RepresentativeData data) {
        firstName = Company.blankToNull(data.firstName());
        lastName = data.lastName().strip();
        title = Company.blankToNull(data.title());
        phones = Lines.join(data.phones());
        emails = Lines.join(data.emails());
        birthday = data.birthday();
        notes = Company.blankToNull(data.notes());
    }

    /** Hides the record from lists after an approved deletion; {@code null} brings it back. */
    void archive(java.time.Instant at, String by) {
        archivedAt = at;
        archivedBy = by;
    }

    boolean archived() {
        return archivedAt != null;
    }

    void place(long owner, String line) {
        assign(owner, line);
    }

    List<Employment> employments() {
        return employments;
    }

    /** Recomputes the search text, after the person or their employments changed. */
    void index() {
        List<String> parts = new ArrayList<>(List.of(nullToEmpty(firstName), nullToEmpty(lastName),
                nullToEmpty(firstName) + " " + nullToEmpty(lastName), nullToEmpty(lastName) + " "
                        + nullToEmpty(firstName), nullToEmpty(phones), nullToEmpty(Company.digits(phones)),
                nullToEmpty(emails)));
        for (Employment e : employments) {
            parts.add(e.company().name());
            parts.add(nullToEmpty(e.phone()));
            parts.add(nullToEmpty(Company.digits(e.phone())));
            parts.add(nullToEmpty(e.email()));
        }
        searchText = SearchText.of(parts.toArray(String[]::new));
        if (searchText.length() > 4000) {
            searchText = searchText.substring(0, 4000);
        }
    }

    RepresentativeData toData(java.util.function.Predicate<Company> visible) {
        List<EmploymentData> work = employments.stream().map(e -> e.toData(visible.test(e.company()))).toList();
        return new RepresentativeData(getId(), getVersion(), firstName, lastName, title, Lines.split(phones),
                Lines.split(emails), birthday, notes, lineOfBusiness(), ownerId(), work, auditStamp(), archivedAt);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
