package org.cairncrm.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
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
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The representatives and their employments, within the caller's data scope. */
@Component(service = {Representatives.class, RepresentativeStore.class})
public class RepresentativeStore implements Representatives {

    static final JpaList<Representative> LIST = JpaList.of(Representative.class)
            .fields("firstName", "lastName", "title", "birthday")
            .foldedSearch("searchText")
            .condition("company", Conditions.worksAt())
            .condition("group", Conditions.inGroup(GroupKind.REPRESENTATIVES))
            .condition("archived", Conditions.archived())
            .conditionsStartingWith(FieldStore.FILTER_PREFIX, Conditions.customField())
            .defaultSort(Sort.asc("lastName"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final FieldStore fields;

    @Activate
    public RepresentativeStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                               @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                               @Reference RecordEvents events, @Reference FieldStore fields) {
        this.fields = fields;
        this.jpa = jpa;
        this.events = events;
    }

    /** The ids of the records {@code request} matches (quick search and filters), at most {@code limit}. */
    List<Long> ids(PageRequest request, int limit) {
        Access.require(READ);
        var scope = Access.scope(TYPE);
        PageRequest current = Conditions.current(request);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.all(em, fields.resolveFilters(em,
                org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, current), scope, limit).stream().map(Representative::getId)
                .toList());
    }

    @Override
    public Page<RepresentativeData> list(PageRequest request) {
        Access.require(READ);
        var scope = Access.scope(TYPE);
        PageRequest current = Conditions.current(request);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, fields.resolveFilters(em,
                        org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, current), scope)
                .map(r -> r.toData(CompanyStore::visible)));
    }

    @Override
    public RepresentativeData get(long id) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData(CompanyStore::visible));
    }

    @Override
    public RepresentativeData create(RepresentativeData data) {
        Identity caller = Access.require(CREATE);
        validate(data);
        String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? CompanyStore.DEFAULT_LINE
                : data.lineOfBusiness().strip();
        caller.requirePlacement(TYPE, line, caller.employeeId());
        return jpa.txExpr(TransactionType.Required, em -> {
            Representative person = new Representative();
            person.apply(data);
            person.place(caller.employeeId(), line);
            employ(em, person, data.employments());
            person.index();
            em.persist(person);
            em.flush();
            changed(person.getId(), EventTopics.Change.CREATED);
            return person.toData(CompanyStore::visible);
        });
    }

    @Override
    public RepresentativeData update(long id, RepresentativeData data) {
        Identity caller = Access.require(UPDATE);
        ValidationException.requireVersion(data.version());
        validate(data);
        return jpa.txExpr(TransactionType.Required, em -> {
            Representative person = find(em, id);
            if (person.archived()) {
                throw new ConflictException("The person is archived: restore them before changing them");
            }
            if (person.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), person.getVersion());
            }
            if (data.lineOfBusiness() != null && !data.lineOfBusiness().isBlank()
                    && !data.lineOfBusiness().strip().equals(person.lineOfBusiness())) {
                caller.requirePlacement(TYPE, data.lineOfBusiness().strip(), person.ownerId());
                person.place(person.ownerId(), data.lineOfBusiness().strip());
            }
            person.apply(data);
            employ(em, person, data.employments());
            person.index();
            em.flush();
            changed(id, EventTopics.Change.UPDATED);
            return person.toData(CompanyStore::visible);
        });
    }

    static Representative find(EntityManager em, long id) {
        Representative person = em.find(Representative.class, id);
        if (person == null || !visible(person)
                || person.archived() && !Access.has(org.cairncrm.contacts.Deletions.APPROVE)) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return person;
    }

    static boolean visible(Representative person) {
        return Access.scope(TYPE).permits(person.ownerId(), person.lineOfBusiness());
    }

    /**
     * Makes the person's employments those of {@code wanted}: kept by id, new ones added, the rest removed. A new
     * main contact of a company takes the flag from whoever had it there.
     */
    private static void employ(EntityManager em, Representative person, List<EmploymentData> wanted) {
        Map<Long, Employment> current = new HashMap<>();
        person.employments().forEach(e -> current.put(e.getId(), e));
        List<Employment> next = new ArrayList<>();
        ValidationException.Collector errors = ValidationException.collect();
        for (int i = 0; i < wanted.size(); i++) {
            EmploymentData data = wanted.get(i);
            String field = "employments[" + i + "]";
            Employment employment = data.id() == null ? null : current.get(data.id());
            if (data.id() != null && employment == null) {
                errors.add(field + ".id", "is not one of this person's employments");
                continue;
            }
            Company company = employment != null && employment.company().getId().equals(data.companyId())
                    ? employment.company() : company(em, data.companyId());
            if (company == null) {
                errors.add(field + ".companyId", data.companyId() == null ? "must name the company"
                        : "no company with id " + data.companyId());
                continue;
            }
            if (employment == null || !employment.company().getId().equals(company.getId())) {
                employment = new Employment(person, company);
            }
            employment.apply(data);
            next.add(employment);
        }
        errors.throwIfAny();
        person.employments().retainAll(next);
        for (Employment employment : next) {
            if (!person.employments().contains(employment)) {
                person.employments().add(employment);
            }
            if (employment.mainContact()) {
                em.createQuery("SELECT e FROM Employment e WHERE e.company = :company AND e.mainContact = :main",
                                Employment.class).setParameter("company", employment.company())
                        .setParameter("main", true).getResultList().stream()
                        .filter(other -> other != employment && other.representative() != person)
                        .forEach(Employment::dropMainContact);
            }
        }
    }

    private static Company company(EntityManager em, Long id) {
        if (id == null) {
            return null;
        }
        Company company = em.find(Company.class, id);
        return company == null || !CompanyStore.visible(company) || company.archived() ? null : company;
    }

    private static void validate(RepresentativeData data) {
        ValidationException.Collector errors = ValidationException.collect()
                .maxLength(data.firstName(), "firstName", 100)
                .requireText(data.lastName(), "lastName", 100)
                .maxLength(data.title(), "title", 50)
                .maxLength(data.notes(), "notes", 4000)
                .check(data.birthday() != null && (data.birthday().getYear() < 1900
                        || data.birthday().isAfter(java.time.LocalDate.now())), "birthday",
                        "must be between 1900 and today");
        ContactDetails.phones(errors, data.phones(), "phones");
        ContactDetails.emails(errors, data.emails(), "emails");
        for (int i = 0; i < data.employments().size(); i++) {
            EmploymentData e = data.employments().get(i);
            String field = "employments[" + i + "]";
            errors.maxLength(e.position(), field + ".position", 100)
                    .maxLength(e.department(), field + ".department", 100)
                    .check(e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate()),
                            field + ".endDate", "must not be before the start");
            ContactDetails.phone(errors, e.phone(), field + ".phone");
            ContactDetails.email(errors, e.email(), field + ".email");
        }
        errors.check(data.employments().size() > 50, "employments", "at most 50");
        errors.throwIfAny();
    }

    private void changed(long id, EventTopics.Change change) {
        events.changed(new RecordRef(TYPE, id), "Representative", change);
    }

    @Override
    public byte[] exportVCards(PageRequest request, String version) {
        Access.require(READ);
        if (version != null && !version.equals("3.0") && !version.equals("4.0")) {
            throw org.cairncrm.platform.api.error.ValidationException.of("version", "must be 3.0 or 4.0");
        }
        java.util.Map<Long, org.cairncrm.contacts.Address> addresses = new java.util.HashMap<>();
        return VCards.export(this, companyId -> addresses.computeIfAbsent(companyId, id -> jpa.txExpr(
                TransactionType.Supports, em -> {
                    Company company = em.find(Company.class, id);
                    if (company == null || !CompanyStore.visible(company)) {
                        return null;
                    }
                    org.cairncrm.contacts.CompanyData data = company.toData();
                    return data.correspondenceAddress().blank() ? data.registeredAddress()
                            : data.correspondenceAddress();
                })), request, "4.0".equals(version));
    }
}
