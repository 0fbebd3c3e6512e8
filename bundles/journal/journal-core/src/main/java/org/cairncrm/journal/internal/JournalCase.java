package org.cairncrm.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.NextAction;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.persistence.HistoryIgnored;
import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.platform.persistence.ScopedEntity;

/** A contact case; its next action is columns of its own row, so that due lists need no join. */
@Entity
@Table(name = "journal_case")
@RecordType(value = "journal.case", path = "cases")
public class JournalCase extends ScopedEntity {

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;
    @Column(name = "company_id", nullable = false)
    private long companyId;
    @Column(name = "representative_id")
    private Long representativeId;
    @Column(name = "other_representatives", length = 1000)
    private String otherRepresentatives;
    @Column(name = "interested_employees", length = 1000)
    private String interestedEmployees;
    @Column(name = "case_type", nullable = false, length = 40)
    private String type;
    @Column(name = "status", nullable = false, length = 40)
    private String status;
    @Column(name = "priority", nullable = false, length = 10)
    private String priority;
    @Column(name = "stage", length = 40)
    private String stage;
    @Column(name = "next_what", length = 200)
    private String nextActionWhat;
    @Column(name = "next_by")
    private Long nextActionBy;
    @Column(name = "next_due")
    private LocalDate nextActionDue;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** the words of topic and company name for the quick search (word beginnings) */
    @HistoryIgnored
    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText;

    void apply(CaseData data, String companyName, Instant now, boolean closes) {
        topic = data.topic().strip();
        companyId = data.companyId();
        representativeId = data.representativeId();
        otherRepresentatives = ids(data.otherRepresentativeIds());
        interestedEmployees = ids(data.interestedEmployeeIds());
        type = data.type();
        priority = data.priority();
        boolean wasClosed = closedAt != null;
        status = data.status();
        closedAt = closes ? (wasClosed ? closedAt : now) : null;
        next(data.nextAction());
        String text = SearchText.wordText(topic, companyName);
        searchText = text.length() > 1000 ? text.substring(0, text.lastIndexOf(' ', 999) + 1) : text;
    }

    void next(NextAction next) {
        nextActionWhat = next == null ? null : next.what().strip();
        nextActionBy = next == null ? null : next.byEmployeeId();
        nextActionDue = next == null ? null : next.due();
    }

    void place(long owner, String line) {
        assign(owner, line);
    }

    boolean open() {
        return closedAt == null;
    }

    void stage(String stage) {
        this.stage = stage;
    }

    String stage() {
        return stage;
    }

    String type() {
        return type;
    }

    Long representativeId() {
        return representativeId;
    }

    String topic() {
        return topic;
    }

    NextAction nextAction() {
        return nextActionWhat == null ? null : new NextAction(nextActionWhat, nextActionBy, nextActionDue);
    }

    long companyId() {
        return companyId;
    }

    String status() {
        return status;
    }

    CaseData toData(String companyName, Map<String, String> fields) {
        return new CaseData(getId(), getVersion(), topic, companyId, companyName, representativeId,
                parse(otherRepresentatives), ownerId(), parse(interestedEmployees), type, status, priority, stage,
                lineOfBusiness(), nextAction(), fields, auditStamp(), closedAt);
    }

    private static String ids(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> parse(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
