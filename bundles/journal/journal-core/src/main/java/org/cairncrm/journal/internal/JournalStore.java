package org.cairncrm.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contact cases and their steps, within the caller's data scope; the customer must be a company they see. */
@Component(service = Journal.class)
public class JournalStore implements Journal {

    static final List<String> TYPES = List.of("lead", "sale", "support", "complaint", "other");
    static final List<String> STATUSES = List.of("open", "waiting", "won", "lost", "closed");
    static final Set<String> CLOSED = Set.of("won", "lost", "closed");
    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    static final List<String> STEP_KINDS = List.of("call", "meeting", "email", "offer-sent", "answer-received",
            "note");
    static final String DEFAULT_LINE = "general";

    private static final JpaList<JournalCase> LIST = JpaList.of(JournalCase.class)
            .fields("topic", "companyId", "representativeId", "type", "status", "priority", "stage",
                    "nextActionDue", "nextActionBy")
            .wordSearch("searchText")
            .defaultSort(Sort.desc("id"));
    private static final JpaList<JournalStep> STEPS = JpaList.of(JournalStep.class)
            .fields("caseId", "kind", "at")
            .defaultSort(Sort.desc("at"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final Companies companies;
    private final Representatives representatives;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JournalStore(@Reference(target = "(osgi.unit.name=cairn.journal)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=journal)") ModuleSchema schema,
                        @Reference RecordEvents events, @Reference Companies companies,
                        @Reference Representatives representatives) {
        this.jpa = jpa;
        this.events = events;
        this.companies = companies;
        this.representatives = representatives;
    }

    @Override
    public Page<CaseData> list(PageRequest request) {
        Access.require(READ);
        var scope = Access.scope(CASE_TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request, scope)).map(this::toData);
    }

    @Override
    public CaseData get(long id) {
        Access.require(READ);
        return toData(jpa.txExpr(TransactionType.Supports, em -> find(em, id)));
    }

    @Override
    public CaseData create(CaseData data) {
        Identity caller = Access.require(CREATE);
        CaseData clean = normalised(data, caller);
        String company = check(clean, null);
        String line = clean.lineOfBusiness();
        long owner = clean.ownerId();
        caller.requirePlacement(CASE_TYPE, line, owner);
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalCase stored = new JournalCase();
            stored.apply(clean, company, clock.instant());
            stored.place(owner, line);
            em.persist(stored);
            em.flush();
            events.changed(new RecordRef(CASE_TYPE, stored.getId()), "Case", EventTopics.Change.CREATED);
            return stored.toData(company);
        });
    }

    @Override
    public CaseData update(long id, CaseData data) {
        Identity caller = Access.require(UPDATE);
        ValidationException.requireVersion(data == null ? null : data.version());
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalCase stored = find(em, id);
            if (stored.getVersion() != data.version()) {
                throw ConflictException.staleVersion(CASE_TYPE, id, data.version(), stored.getVersion());
            }
            CaseData clean = normalised(data, caller);
            String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? stored.lineOfBusiness()
                    : clean.lineOfBusiness();
            long owner = data.ownerId() == null ? stored.ownerId() : clean.ownerId();
            String company = check(clean, stored);
            if (!line.equals(stored.lineOfBusiness()) || owner != stored.ownerId()) {
                caller.requirePlacement(CASE_TYPE, line, owner);
                stored.place(owner, line);
            }
            stored.apply(clean, company, clock.instant());
            em.flush();
            events.changed(new RecordRef(CASE_TYPE, id), "Case", EventTopics.Change.UPDATED);
            return stored.toData(company);
        });
    }

    @Override
    public Page<StepData> steps(long caseId, PageRequest request) {
        Access.require(READ);
        List<org.cairncrm.platform.api.paging.Filter> filters = new java.util.ArrayList<>(request.filters());
        filters.add(org.cairncrm.platform.api.paging.Filter.eq("caseId", String.valueOf(caseId)));
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, caseId);
            return STEPS.fetch(em, request.withFilters(filters)).map(JournalStep::toData);
        });
    }

    @Override
    public StepData recordStep(long caseId, StepData step, NextAction next) {
        Identity caller = Access.require(RECORD_STEP);
        ValidationException.Collector errors = ValidationException.collect();
        if (step == null) {
            throw ValidationException.of("step", "is required");
        }
        errors.check(step.kind() == null || !STEP_KINDS.contains(step.kind().strip()), "step.kind",
                "must be one of " + STEP_KINDS);
        errors.maxLength(step.notes(), "step.notes", 4000);
        errors.maxLength(step.outcome(), "step.outcome", 500);
        if (step.withRepresentativeId() != null) {
            try {
                representatives.get(step.withRepresentativeId());
            } catch (RecordNotFoundException unknown) {
                errors.add("step.withRepresentativeId", "is no representative you may see");
            }
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalCase stored = find(em, caseId);
            if (stored.open()) {
                checkNext(next, "next", ValidationException.collect()).throwIfAny();
                stored.next(withOwner(next, stored.ownerId()));
            }
            Instant at = step.at() == null ? clock.instant() : step.at();
            long by = step.byEmployeeId() == null ? caller.employeeId() : step.byEmployeeId();
            JournalStep recorded = new JournalStep(caseId, step, by, at);
            em.persist(recorded);
            em.flush();
            events.changed(new RecordRef("journal.step", recorded.getId()), "Step", EventTopics.Change.CREATED);
            events.changed(new RecordRef(CASE_TYPE, caseId), "Case", EventTopics.Change.UPDATED);
            return recorded.toData();
        });
    }

    /** The case with its defaults filled in and every field checked; throws the field errors. */
    private CaseData normalised(CaseData data, Identity caller) {
        if (data == null) {
            throw ValidationException.of("case", "is required");
        }
        ValidationException.Collector errors = ValidationException.collect();
        errors.requireText(data.topic(), "topic", 200);
        errors.check(data.companyId() == null, "companyId", "is required");
        String type = lower(data.type(), "lead");
        errors.check(!TYPES.contains(type), "type", "must be one of " + TYPES);
        String status = lower(data.status(), "open");
        errors.check(!STATUSES.contains(status), "status", "must be one of " + STATUSES);
        String priority = data.priority() == null || data.priority().isBlank() ? "NORMAL"
                : data.priority().strip().toUpperCase(Locale.ROOT);
        errors.check(!PRIORITIES.contains(priority), "priority", "must be one of " + PRIORITIES);
        long owner = data.ownerId() == null ? caller.employeeId() : data.ownerId();
        NextAction next = data.nextAction();
        if (!CLOSED.contains(status)) {
            checkNext(next, "nextAction", errors);
        }
        errors.throwIfAny();
        String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? DEFAULT_LINE
                : data.lineOfBusiness().strip();
        return new CaseData(data.id(), data.version(), data.topic(), data.companyId(), null,
                data.representativeId(), data.otherRepresentativeIds(), owner, data.interestedEmployeeIds(), type,
                status, priority, data.stage() == null || data.stage().isBlank() ? null : data.stage().strip(), line,
                CLOSED.contains(status) && next == null ? null : withOwner(next, owner), null, null);
    }

    private static ValidationException.Collector checkNext(NextAction next, String field,
                                                          ValidationException.Collector errors) {
        if (next == null) {
            return errors.add(field, "an open case needs its next action: what, by whom, by when");
        }
        errors.requireText(next.what(), field + ".what", 200);
        errors.check(next.due() == null, field + ".due", "is required");
        return errors;
    }

    private static NextAction withOwner(NextAction next, long owner) {
        return next == null ? null : new NextAction(next.what(), next.byEmployeeId() == null ? owner
                : next.byEmployeeId(), next.due());
    }

    /** The customer's name; the company and the representatives must be records the caller sees. */
    private String check(CaseData data, JournalCase stored) {
        ValidationException.Collector errors = ValidationException.collect();
        String name = null;
        try {
            name = companies.get(data.companyId()).name();
        } catch (RecordNotFoundException unknown) {
            errors.add("companyId", "is no company you may see");
        }
        if (data.representativeId() != null) {
            try {
                representatives.get(data.representativeId());
            } catch (RecordNotFoundException unknown) {
                errors.add("representativeId", "is no representative you may see");
            }
        }
        errors.throwIfAny();
        return name;
    }

    private CaseData toData(JournalCase stored) {
        String name;
        try {
            name = companies.get(stored.companyId()).name();
        } catch (RecordNotFoundException hidden) {
            name = null;
        }
        return stored.toData(name);
    }

    private static JournalCase find(EntityManager em, long id) {
        JournalCase found = em.find(JournalCase.class, id);
        if (found == null || !Access.scope(CASE_TYPE).permits(found.ownerId(), found.lineOfBusiness())) {
            throw new RecordNotFoundException(CASE_TYPE, id);
        }
        return found;
    }

    private static String lower(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip().toLowerCase(Locale.ROOT);
    }
}
