package org.cairncrm.contacts.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.ContactReferences;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.DeletionState;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.Representatives;
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
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.platform.persistence.ScopedEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletion requests, their decisions, archiving, restoring and purging of companies and representatives. */
@Component(service = {Deletions.class, DeletionStore.class})
public class DeletionStore implements Deletions {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.cairncrm.audit");
    private static final JpaList<DeletionRequest> LIST = JpaList.of(DeletionRequest.class)
            .fields("state", "recordType", "recordId")
            .quickSearch("recordName", "reason")
            .defaultSort(Sort.desc("createdAt"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final Clock clock = Clock.systemUTC();
    private final List<ContactReferences> references = new CopyOnWriteArrayList<>();

    @Activate
    public DeletionStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                         @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                         @Reference RecordEvents events) {
        this.jpa = jpa;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReferences(ContactReferences other) {
        references.add(other);
    }

    void removeReferences(ContactReferences other) {
        references.remove(other);
    }

    @Override
    public DeletionRequestData delete(RecordRef record, String reason) {
        Identity caller = Access.require(deleteKey(record), APPROVE);
        ValidationException.collect().maxLength(reason, "reason", 1000).throwIfAny();
        boolean approver = caller.has(APPROVE);
        DeletionRequestData done = jpa.txExpr(TransactionType.Required, em -> {
            ScopedEntity entity = find(em, record, false);
            boolean pending = !em.createQuery("SELECT d FROM DeletionRequest d WHERE d.recordType = :t "
                            + "AND d.recordId = :id AND d.state = :s", DeletionRequest.class)
                    .setParameter("t", record.type()).setParameter("id", record.id())
                    .setParameter("s", DeletionState.PENDING).getResultList().isEmpty();
            if (pending && !approver) {
                throw new ConflictException("Its deletion has already been asked for and waits for a decision");
            }
            DeletionRequest request = new DeletionRequest(record.type(), record.id(), name(entity), reason);
            em.persist(request);
            if (approver) {
                request.decide(DeletionState.APPROVED, caller.login(), clock.instant(), null);
                archive(entity, caller.login());
            }
            em.flush();
            return request.toData();
        });
        AUDIT.info("{} of {} asked for by '{}'{}", approver ? "Deletion (archived at once)" : "Deletion", record,
                caller.login(), approver ? "" : "; waits for approval");
        return done;
    }

    @Override
    public Page<DeletionRequestData> list(PageRequest request) {
        Access.require(APPROVE, Companies.DELETE, Representatives.DELETE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(DeletionRequest::toData));
    }

    @Override
    public DeletionRequestData approve(long requestId, String note) {
        return decide(requestId, DeletionState.APPROVED, note);
    }

    @Override
    public DeletionRequestData reject(long requestId, String note) {
        return decide(requestId, DeletionState.REJECTED, note);
    }

    private DeletionRequestData decide(long requestId, DeletionState decision, String note) {
        Identity caller = Access.require(APPROVE);
        ValidationException.collect().maxLength(note, "note", 1000).throwIfAny();
        DeletionRequestData done = jpa.txExpr(TransactionType.Required, em -> {
            DeletionRequest request = em.find(DeletionRequest.class, requestId);
            if (request == null) {
                throw new RecordNotFoundException("contacts.deletion", requestId);
            }
            if (request.state() != DeletionState.PENDING) {
                throw new ConflictException("This request was already " + request.state().name()
                        .toLowerCase(java.util.Locale.ROOT));
            }
            RecordRef record = new RecordRef(request.recordType(), request.recordId());
            request.decide(decision, caller.login(), clock.instant(), note);
            if (decision == DeletionState.APPROVED) {
                archive(find(em, record, false), caller.login());
            }
            em.flush();
            return request.toData();
        });
        AUDIT.info("Deletion request {} {} by '{}'", requestId, decision.name().toLowerCase(java.util.Locale.ROOT),
                caller.login());
        return done;
    }

    @Override
    public void restore(RecordRef record) {
        Identity caller = Access.require(APPROVE);
        jpa.tx(TransactionType.Required, em -> {
            ScopedEntity entity = find(em, record, true);
            if (entity instanceof Company company) {
                company.archive(null, null);
            } else {
                ((Representative) entity).archive(null, null);
            }
            em.flush();
            events.changed(record, record.type().equals(Companies.TYPE) ? "Company" : "Representative",
                    EventTopics.Change.UPDATED);
        });
        AUDIT.info("{} restored by '{}'", record, caller.login());
    }

    @Override
    public void purge(RecordRef record) {
        Identity caller = Access.require(PURGE);
        jpa.tx(TransactionType.Required, em -> {
            ScopedEntity entity = find(em, record, null);
            if (!archivedOf(entity)) {
                throw new ConflictException("Only an archived record can be purged: delete it first");
            }
            List<String> used = new ArrayList<>(ownReferences(em, record));
            for (ContactReferences other : references) {
                used.addAll(other.referencesTo(record));
            }
            if (!used.isEmpty()) {
                throw new ConflictException("Still referred to by " + String.join(", ", used));
            }
            GroupKind kind = record.type().equals(Companies.TYPE) ? GroupKind.COMPANIES : GroupKind.REPRESENTATIVES;
            em.createQuery("DELETE FROM GroupMember m WHERE m.memberId = :id AND m.groupId IN "
                            + "(SELECT g.id FROM ContactGroup g WHERE g.kind = :kind)")
                    .setParameter("id", record.id()).setParameter("kind", kind).executeUpdate();
            em.remove(entity);
            em.flush();
            events.changed(record, record.type().equals(Companies.TYPE) ? "Company" : "Representative",
                    EventTopics.Change.DELETED);
        });
        AUDIT.info("{} purged by '{}'", record, caller.login());
    }

    /** The employments that tie a company or a person to the other side. */
    private static List<String> ownReferences(EntityManager em, RecordRef record) {
        String field = record.type().equals(Companies.TYPE) ? "company" : "representative";
        long count = em.createQuery("SELECT COUNT(e) FROM Employment e WHERE e." + field + ".id = :id", Long.class)
                .setParameter("id", record.id()).getSingleResult();
        if (count == 0) {
            return List.of();
        }
        return List.of(count + (record.type().equals(Companies.TYPE) ? " representative employment(s)"
                : " employment(s) at companies"));
    }

    /** The record, within the caller's scope; archived ones only when asked for (null: either). */
    private static ScopedEntity find(EntityManager em, RecordRef record, Boolean archived) {
        ScopedEntity entity;
        if (record.type().equals(Companies.TYPE)) {
            Company company = em.find(Company.class, record.id());
            entity = company == null || !CompanyStore.visible(company) ? null : company;
        } else if (record.type().equals(Representatives.TYPE)) {
            Representative person = em.find(Representative.class, record.id());
            entity = person == null || !RepresentativeStore.visible(person) ? null : person;
        } else {
            throw ValidationException.of("recordType", "only companies and representatives are deleted here");
        }
        if (entity == null || archived != null && archivedOf(entity) != archived) {
            throw new RecordNotFoundException(record.type(), record.id());
        }
        return entity;
    }

    private void archive(AuditedEntity entity, String by) {
        RecordRef record;
        if (entity instanceof Company company) {
            company.archive(clock.instant(), by);
            record = new RecordRef(Companies.TYPE, company.getId());
        } else {
            Representative person = (Representative) entity;
            person.archive(clock.instant(), by);
            record = new RecordRef(Representatives.TYPE, person.getId());
        }
        events.changed(record, entity instanceof Company ? "Company" : "Representative", EventTopics.Change.UPDATED);
    }

    private static boolean archivedOf(ScopedEntity entity) {
        return entity instanceof Company company ? company.archived() : ((Representative) entity).archived();
    }

    private static String name(ScopedEntity entity) {
        return entity instanceof Company company ? company.name()
                : ((Representative) entity).toData(c -> true).displayName();
    }

    private static String deleteKey(RecordRef record) {
        return record.type().equals(Companies.TYPE) ? Companies.DELETE : Representatives.DELETE;
    }
}
