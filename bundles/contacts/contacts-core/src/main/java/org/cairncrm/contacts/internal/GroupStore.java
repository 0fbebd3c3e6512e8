package org.cairncrm.contacts.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
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

/** Groups of companies and of representatives, and who is in them. */
@Component(service = {ContactGroups.class, GroupStore.class})
public class GroupStore implements ContactGroups {

    private static final int MAX_MEMBERS_AT_ONCE = 10_000;
    private static final JpaList<ContactGroup> LIST = JpaList.of(ContactGroup.class)
            .fields("name", "kind")
            .quickSearch("name", "description")
            .defaultSort(Sort.asc("name"));

    private final JpaTemplate jpa;
    private final RecordEvents events;

    @Activate
    public GroupStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                      @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                      @Reference RecordEvents events) {
        this.jpa = jpa;
        this.events = events;
    }

    @Override
    public Page<ContactGroupData> list(PageRequest request) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(g -> g.toData(count(em, g))));
    }

    @Override
    public ContactGroupData get(long id) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            ContactGroup group = find(em, id);
            return group.toData(count(em, group));
        });
    }

    @Override
    public ContactGroupData create(ContactGroupData data) {
        Access.require(MANAGE);
        ValidationException.collect()
                .check(data.kind() == null, "kind", "must be COMPANIES or REPRESENTATIVES")
                .requireText(data.name(), "name", 100)
                .maxLength(data.description(), "description", 1000)
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeName(em, data.kind(), data.name(), null);
            ContactGroup group = new ContactGroup(data.kind());
            group.apply(data);
            em.persist(group);
            em.flush();
            changed(group.getId(), EventTopics.Change.CREATED);
            return group.toData(0);
        });
    }

    @Override
    public ContactGroupData update(long id, ContactGroupData data) {
        Access.require(MANAGE);
        ValidationException.requireVersion(data.version());
        ValidationException.collect()
                .requireText(data.name(), "name", 100)
                .maxLength(data.description(), "description", 1000)
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactGroup group = find(em, id);
            if (group.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), group.getVersion());
            }
            if (data.kind() != null && data.kind() != group.kind()) {
                throw ValidationException.of("kind", "cannot change once the group exists");
            }
            requireFreeName(em, group.kind(), data.name(), id);
            group.apply(data);
            em.flush();
            changed(id, EventTopics.Change.UPDATED);
            return group.toData(count(em, group));
        });
    }

    @Override
    public void delete(long id) {
        Access.require(MANAGE);
        jpa.tx(TransactionType.Required, em -> {
            ContactGroup group = find(em, id);
            em.createQuery("DELETE FROM GroupMember m WHERE m.groupId = :g").setParameter("g", id).executeUpdate();
            em.remove(group);
            changed(id, EventTopics.Change.DELETED);
        });
    }

    @Override
    public int add(long groupId, List<Long> memberIds) {
        Access.require(MANAGE);
        Set<Long> wanted = ids(memberIds);
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactGroup group = find(em, groupId);
            Set<Long> present = new HashSet<>(members(em, groupId, wanted));
            int added = 0;
            for (long member : wanted) {
                if (!visibleMember(em, group.kind(), member)) {
                    throw ValidationException.of("ids", "no " + (group.kind() == GroupKind.COMPANIES ? "company"
                            : "representative") + " with id " + member);
                }
                if (!present.contains(member)) {
                    em.persist(new GroupMember(groupId, member));
                    added++;
                }
            }
            changed(groupId, EventTopics.Change.UPDATED);
            return added;
        });
    }

    @Override
    public int remove(long groupId, List<Long> memberIds) {
        Access.require(MANAGE);
        Set<Long> unwanted = ids(memberIds);
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, groupId);
            int removed = unwanted.isEmpty() ? 0 : em.createQuery(
                            "DELETE FROM GroupMember m WHERE m.groupId = :g AND m.memberId IN :ids")
                    .setParameter("g", groupId).setParameter("ids", unwanted).executeUpdate();
            changed(groupId, EventTopics.Change.UPDATED);
            return removed;
        });
    }

    @Override
    public List<ContactGroupData> groupsOf(GroupKind kind, long memberId) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT g FROM ContactGroup g WHERE g.kind = :kind AND g.id IN "
                                + "(SELECT m.groupId FROM GroupMember m WHERE m.memberId = :member) ORDER BY g.name",
                        ContactGroup.class).setParameter("kind", kind).setParameter("member", memberId)
                .getResultList().stream().map(g -> g.toData(count(em, g))).toList());
    }

    private static Set<Long> ids(List<Long> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw ValidationException.of("ids", "must name at least one record");
        }
        if (memberIds.size() > MAX_MEMBERS_AT_ONCE) {
            throw ValidationException.of("ids", "at most " + MAX_MEMBERS_AT_ONCE + " at once");
        }
        if (memberIds.contains(null)) {
            throw ValidationException.of("ids", "must not contain null");
        }
        return new LinkedHashSet<>(memberIds);
    }

    private static List<Long> members(EntityManager em, long groupId, Set<Long> among) {
        return em.createQuery("SELECT m.memberId FROM GroupMember m WHERE m.groupId = :g AND m.memberId IN :ids",
                Long.class).setParameter("g", groupId).setParameter("ids", among).getResultList();
    }

    private static boolean visibleMember(EntityManager em, GroupKind kind, long id) {
        if (kind == GroupKind.COMPANIES) {
            Company company = em.find(Company.class, id);
            return company != null && CompanyStore.visible(company);
        }
        Representative person = em.find(Representative.class, id);
        return person != null && RepresentativeStore.visible(person);
    }

    private static long count(EntityManager em, ContactGroup group) {
        return em.createQuery("SELECT COUNT(m) FROM GroupMember m WHERE m.groupId = :g", Long.class)
                .setParameter("g", group.getId()).getSingleResult();
    }

    private static void requireFreeName(EntityManager em, GroupKind kind, String name, Long id) {
        boolean taken = em.createQuery("SELECT COUNT(g) FROM ContactGroup g WHERE g.kind = :kind "
                        + "AND LOWER(g.name) = :name AND g.id <> :id", Long.class)
                .setParameter("kind", kind).setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
        if (taken) {
            throw ValidationException.of("name", "is already the name of a group of " + kind.name().toLowerCase(
                    java.util.Locale.ROOT));
        }
    }

    private static ContactGroup find(EntityManager em, long id) {
        ContactGroup group = em.find(ContactGroup.class, id);
        if (group == null) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return group;
    }

    private void changed(long id, EventTopics.Change change) {
        events.changed(new RecordRef(TYPE, id), "ContactGroup", change);
    }
}
