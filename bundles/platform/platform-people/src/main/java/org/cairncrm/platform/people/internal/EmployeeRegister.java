package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.Employees;
import java.util.List;

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

/** The employees of the company. */
@Component(service = {EmployeeRegister.class, Employees.class})
public class EmployeeRegister implements Employees {

    static final String TYPE = "people.employee";

    private static final JpaList<Employee> LIST = JpaList.of(Employee.class)
            .fields("firstName", "lastName", "position", "department", "email", "active", "birthday")
            .quickSearch("firstName", "lastName", "email", "department", "position")
            .defaultSort(Sort.asc("lastName"));

    private final JpaTemplate jpa;

    @Activate
    public EmployeeRegister(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                            @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<EmployeeData> list(PageRequest request) {
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(Employee::toData));
    }

    @Override
    public EmployeeData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData());
    }

    @Override
    public EmployeeData create(EmployeeData data) {
        data.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            Employee employee = new Employee(data.firstName(), data.lastName());
            employee.apply(data, supervisor(em, data.supervisorId(), null));
            em.persist(employee);
            em.flush();
            return employee.toData();
        });
    }

    @Override
    public EmployeeData update(long id, EmployeeData data) {
        ValidationException.requireVersion(data.version());
        data.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            Employee employee = find(em, id);
            if (employee.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), employee.getVersion());
            }
            employee.apply(data, supervisor(em, data.supervisorId(), employee));
            em.flush();
            return employee.toData();
        });
    }

    /** Only an employee without accounts can go; others are made inactive instead. */
    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Employee employee = find(em, id);
            long accounts = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.employee = :e", Long.class)
                    .setParameter("e", employee).getSingleResult();
            long references = em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.supervisor = :e", Long.class)
                    .setParameter("e", employee).getSingleResult();
            if (accounts > 0) {
                throw new ConflictException("The employee has " + accounts + " account(s); delete them first, or "
                        + "set the employee inactive");
            }
            if (references > 0) {
                throw new ConflictException("The employee supervises " + references + " employee(s); give them "
                        + "another supervisor first");
            }
            List<EmployeeGroup> groups = em.createQuery(
                    "SELECT g FROM EmployeeGroup g JOIN g.members m WHERE m.id = :id", EmployeeGroup.class)
                    .setParameter("id", id).getResultList();
            for (EmployeeGroup group : groups) {
                var members = new java.util.HashSet<>(group.members());
                members.remove(employee);
                group.members(members);
            }
            em.createQuery("DELETE FROM Setting s WHERE s.employeeId = :id").setParameter("id", id).executeUpdate();
            em.remove(employee);
        });
    }

    static Employee find(EntityManager em, long id) {
        Employee employee = em.find(Employee.class, id);
        if (employee == null) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return employee;
    }

    private static Employee supervisor(EntityManager em, Long id, Employee self) {
        if (id == null) {
            return null;
        }
        Employee supervisor = em.find(Employee.class, id);
        if (supervisor == null) {
            throw ValidationException.of("supervisorId", "no employee with id " + id);
        }
        for (Employee up = supervisor; up != null; up = up.supervisor()) {
            if (up == self) {
                throw ValidationException.of("supervisorId", "would make the employee their own supervisor");
            }
        }
        return supervisor;
    }
}
