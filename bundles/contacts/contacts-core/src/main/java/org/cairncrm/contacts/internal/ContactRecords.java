package org.cairncrm.contacts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.records.MergeField;
import org.cairncrm.platform.api.records.RecordSource;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Companies and representatives as rows of merge fields, for selections, mail merges, labels and reports. */
final class ContactRecords {

    private ContactRecords() {
    }

    static Map<String, Object> address(Map<String, Object> row, Address a) {
        row.put("street", a.street());
        row.put("postalCode", a.postalCode());
        row.put("city", a.city());
        row.put("region", a.region());
        row.put("country", a.country());
        return row;
    }

    static List<MergeField> addressFields() {
        return List.of(new MergeField("street", "Street"), new MergeField("postalCode", "Postal code"),
                new MergeField("city", "City"), new MergeField("region", "Region"),
                new MergeField("country", "Country"));
    }

    @Component(service = RecordSource.class)
    public static class CompanySource implements RecordSource {
        private final JpaTemplate jpa;
        private final CompanyStore companies;

        @Activate
        public CompanySource(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                             @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                             @Reference CompanyStore companies) {
            this.jpa = jpa;
            this.companies = companies;
        }

        @Override
        public String recordType() {
            return Companies.TYPE;
        }

        @Override
        public String title() {
            return "Companies";
        }

        @Override
        public List<MergeField> fields() {
            List<MergeField> fields = new ArrayList<>(List.of(new MergeField("name", "Name"),
                    new MergeField("shortCode", "Short code"), new MergeField("taxId", "Tax id")));
            fields.addAll(addressFields());
            fields.addAll(List.of(new MergeField("phone", "Phone"), new MergeField("email", "E-mail"),
                    new MergeField("website", "Website"), new MergeField("status", "Status"),
                    new MergeField("category", "Category"), new MergeField("industry", "Industry"),
                    new MergeField("mainContact", "Main contact")));
            return fields;
        }

        @Override
        public List<Map<String, Object>> rows(List<Long> ids) {
            Access.require(Companies.READ);
            return jpa.txExpr(TransactionType.Supports, em -> {
                Map<Long, Company> found = new HashMap<>();
                if (!ids.isEmpty()) {
                    em.createQuery("SELECT c FROM Company c WHERE c.id IN :ids", Company.class)
                            .setParameter("ids", ids).getResultList().stream()
                            .filter(c -> CompanyStore.visible(c) && !c.archived()).forEach(c -> found.put(c.getId(), c));
                }
                Map<Long, String> main = new HashMap<>();
                if (!found.isEmpty()) {
                    for (Employment e : em.createQuery("SELECT e FROM Employment e WHERE e.company.id IN :ids "
                            + "AND e.mainContact = :main", Employment.class).setParameter("ids", found.keySet())
                            .setParameter("main", true).getResultList()) {
                        main.put(e.company().getId(), e.representative().toData(c -> true).displayName());
                    }
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Long id : ids) {
                    Company company = found.get(id);
                    if (company != null) {
                        CompanyData c = company.toData();
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", c.id());
                        row.put("name", c.name());
                        row.put("shortCode", c.shortCode());
                        row.put("taxId", c.taxId());
                        Address address = c.correspondenceAddress().blank() ? c.registeredAddress()
                                : c.correspondenceAddress();
                        address(row, address);
                        row.put("phone", c.phones().isEmpty() ? null : c.phones().get(0));
                        row.put("email", c.emails().isEmpty() ? null : c.emails().get(0));
                        row.put("website", c.website());
                        row.put("status", c.status());
                        row.put("category", c.category());
                        row.put("industry", c.industry());
                        row.put("mainContact", main.get(id));
                        rows.add(row);
                    }
                }
                return rows;
            });
        }

        @Override
        public List<Long> ids(PageRequest request, int limit) {
            return companies.ids(request, limit);
        }
    }

    @Component(service = RecordSource.class)
    public static class RepresentativeSource implements RecordSource {
        private final JpaTemplate jpa;
        private final RepresentativeStore people;

        @Activate
        public RepresentativeSource(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                                    @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                                    @Reference RepresentativeStore people) {
            this.jpa = jpa;
            this.people = people;
        }

        @Override
        public String recordType() {
            return Representatives.TYPE;
        }

        @Override
        public String title() {
            return "Representatives";
        }

        @Override
        public List<MergeField> fields() {
            List<MergeField> fields = new ArrayList<>(List.of(new MergeField("title", "Title"),
                    new MergeField("firstName", "First name"), new MergeField("lastName", "Last name"),
                    new MergeField("fullName", "Full name"), new MergeField("company", "Company"),
                    new MergeField("position", "Position")));
            fields.addAll(addressFields());
            fields.addAll(List.of(new MergeField("phone", "Phone"), new MergeField("email", "E-mail"),
                    new MergeField("birthday", "Birthday")));
            return fields;
        }

        @Override
        public List<Map<String, Object>> rows(List<Long> ids) {
            Access.require(Representatives.READ);
            return jpa.txExpr(TransactionType.Supports, em -> {
                Map<Long, Representative> found = new HashMap<>();
                if (!ids.isEmpty()) {
                    em.createQuery("SELECT r FROM Representative r WHERE r.id IN :ids", Representative.class)
                            .setParameter("ids", ids).getResultList().stream()
                            .filter(r -> RepresentativeStore.visible(r) && !r.archived())
                            .forEach(r -> found.put(r.getId(), r));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                LocalDate today = LocalDate.now();
                for (Long id : ids) {
                    Representative person = found.get(id);
                    if (person == null) {
                        continue;
                    }
                    RepresentativeData r = person.toData(CompanyStore::visible);
                    // where to write to them: their main or first current employment
                    Employment work = person.employments().stream().filter(e -> e.toData(true).currentOn(today))
                            .sorted((a, b) -> Boolean.compare(b.mainContact(), a.mainContact())).findFirst()
                            .filter(e -> CompanyStore.visible(e.company())).orElse(null);
                    EmploymentData job = work == null ? null : work.toData(true);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.id());
                    row.put("title", r.title());
                    row.put("firstName", r.firstName());
                    row.put("lastName", r.lastName());
                    row.put("fullName", r.displayName());
                    row.put("company", job == null ? null : job.companyName());
                    row.put("position", job == null ? null : job.position());
                    address(row, work == null ? Address.EMPTY : (work.company().toData().correspondenceAddress()
                            .blank() ? work.company().toData().registeredAddress()
                            : work.company().toData().correspondenceAddress()));
                    row.put("phone", job != null && job.phone() != null ? job.phone()
                            : r.phones().isEmpty() ? null : r.phones().get(0));
                    row.put("email", job != null && job.email() != null ? job.email()
                            : r.emails().isEmpty() ? null : r.emails().get(0));
                    row.put("birthday", r.birthday() == null ? null : r.birthday().toString());
                    rows.add(row);
                }
                return rows;
            });
        }

        @Override
        public List<Long> ids(PageRequest request, int limit) {
            return people.ids(request, limit);
        }
    }
}
