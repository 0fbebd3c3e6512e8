package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.GroupKind;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.people.GroupData;
import org.cairncrm.platform.people.EmployeeData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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

/** Employee groups: departments, teams and ad-hoc sets. Membership decides who is in whose team. */
@Component(service = {GroupRegister.class, EmployeeGroups.class})
public class GroupRegister implements EmployeeGroups {

    static final String TYPE = "people.group";

    private static final JpaList<EmployeeGroup> LIST = JpaList.of(EmployeeGroup.class).fields("name", "kind")
            .quickSearch("name", "description").defaultSort(Sort.asc("name"));

    private final JpaTemplate jpa;
    private final AccessDirectory access;

    @Activate
    public GroupRegister(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                         @Reference(target = "(cairn.module=people)") ModuleSchema schema,
                         @Reference AccessDirectory access) {
        this.jpa = jpa;
        this.access = access;
    }

    @Override
    public Page<GroupData> list(PageRequest request) {
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(GroupRegister::data));
    }

    @Override
    public GroupData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> data(find(em, id)));
    }

    @Override
    public GroupData create(GroupData data) {
        data.validate();
        GroupData created = jpa.txExpr(TransactionType.Required, em -> {
            unique(em, data.name().strip(), null);
            EmployeeGroup group = new EmployeeGroup(data.name().strip(), kind(data));
            group.describe(data.name().strip(), kind(data), EmployeeData.blankToNull(data.description()));
            group.members(members(em, data.memberIds()));
            em.persist(group);
            em.flush();
            return data(group);
        });
        access.changed();
        return created;
    }

    @Override
    public GroupData update(long id, GroupData data) {
        ValidationException.requireVersion(data.version());
        data.validate();
        GroupData updated = jpa.txExpr(TransactionType.Required, em -> {
            EmployeeGroup group = find(em, id);
            if (group.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), group.getVersion());
            }
            unique(em, data.name().strip(), id);
            group.describe(data.name().strip(), kind(data), EmployeeData.blankToNull(data.description()));
            group.members(members(em, data.memberIds()));
            em.flush();
            return data(group);
        });
        access.changed();
        return updated;
    }

    /** Deletes the group and the roles granted through it. */
    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            EmployeeGroup group = find(em, id);
            em.createQuery("SELECT g FROM Grant g WHERE g.group = :g", Grant.class).setParameter("g", group)
                    .getResultList().forEach(em::remove);
            em.remove(group);
        });
        access.changed();
    }

    static EmployeeGroup find(EntityManager em, long id) {
        EmployeeGroup group = em.find(EmployeeGroup.class, id);
        if (group == null) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return group;
    }

    private static GroupKind kind(GroupData data) {
        return data.kind() == null ? GroupKind.TEAM : data.kind();
    }

    private static void unique(EntityManager em, String name, Long self) {
        boolean taken = em.createQuery("SELECT g FROM EmployeeGroup g WHERE LOWER(g.name) = :name",
                        EmployeeGroup.class).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultList().stream().anyMatch(g -> !g.getId().equals(self));
        if (taken) {
            throw ValidationException.of("name", "another group is called '" + name + "'");
        }
    }

    private static Set<Employee> members(EntityManager em, List<Long> ids) {
        Set<Employee> members = new HashSet<>();
        if (ids == null) {
            return members;
        }
        ValidationException.Collector errors = ValidationException.collect();
        for (Long id : ids) {
            Employee employee = id == null ? null : em.find(Employee.class, id);
            if (employee == null) {
                errors.add("memberIds", "no employee with id " + id);
            } else {
                members.add(employee);
            }
        }
        errors.throwIfAny();
        return members;
    }

    private static GroupData data(EmployeeGroup g) {
        return new GroupData(g.getId(), g.getVersion(), g.name(), g.kind(), g.description(),
                g.members().stream().map(Employee::getId).sorted().toList(), g.auditStamp());
    }
}
