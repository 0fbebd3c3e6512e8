package org.cairncrm.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.GroupKind;
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
import org.cairncrm.platform.api.settings.Settings;
import org.cairncrm.platform.api.sheets.Sheets;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.people.Employees;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The company cards, within the caller's data scope. */
@Component(service = {Companies.class, CompanyStore.class})
public class CompanyStore implements Companies {

    static final String DEFAULT_STATUS = "prospect";
    static final String DEFAULT_LINE = "general";
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._&-]{0,19}");

    static final JpaList<Company> LIST = JpaList.of(Company.class)
            .fields("name", "shortCode", "industry", "status", "category", "taxId")
            .wordSearch("searchText")
            .condition("city", Conditions.eitherColumn("regCity", "corCity"))
            .condition("area", Conditions.eitherColumn("regArea", "corArea"))
            .condition("group", Conditions.inGroup(GroupKind.COMPANIES))
            .condition("archived", Conditions.archived())
            .conditionsStartingWith(FieldStore.FILTER_PREFIX, Conditions.customField())
            .defaultSort(Sort.asc("name"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final FieldStore fields;
    private final Sheets sheets;
    private final CompanySearchIndex index;
    private final Employees employees;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile Settings settings;

    @Activate
    public CompanyStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                        @Reference RecordEvents events, @Reference Employees employees,
                        @Reference FieldStore fields, @Reference Sheets sheets,
                        @Reference CompanySearchIndex index) {
        this.index = index;
        this.fields = fields;
        this.sheets = sheets;
        this.jpa = jpa;
        this.events = events;
        this.employees = employees;
    }

    /** The ids of the records {@code request} matches (quick search and filters), at most {@code limit}. */
    List<Long> ids(PageRequest request, int limit) {
        Access.require(READ);
        var scope = Access.scope(TYPE);
        PageRequest current = Conditions.current(request);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.all(em, fields.resolveFilters(em,
                org.cairncrm.contacts.FieldTarget.COMPANY, current), scope, limit).stream().map(Company::getId)
                .toList());
    }

    @Override
    public Page<CompanyData> list(PageRequest request) {
        Access.require(READ);
        var scope = Access.scope(TYPE);
        PageRequest current = Conditions.current(request);
        if (index.answers(current)) {
            List<Long> exact = current.sort().isEmpty() ? exactMatches(current.query().orElseThrow()) : List.of();
            Page<Long> found = index.search(current, scope, exact);
            long writes = index.writes();
            Map<Long, CompanyData> byId = new HashMap<>();
            List<Long> missing = new java.util.ArrayList<>();
            for (Long id : found.items()) {
                CompanyData card = index.card(id);
                if (card != null) {
                    byId.put(id, card);
                } else {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT c FROM Company c WHERE c.id IN :ids",
                        Company.class).setParameter("ids", missing).getResultList().forEach(c -> {
                            CompanyData card = c.toData();
                            byId.put(c.getId(), card);
                            index.remember(card, writes);
                        }));
            }
            List<CompanyData> page = found.items().stream().map(byId::get).filter(Objects::nonNull).toList();
            return new Page<>(page, found.total(), found.page(), found.size());
        }
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, fields.resolveFilters(em,
                org.cairncrm.contacts.FieldTarget.COMPANY, current), scope).map(Company::toData));
    }

    private static final Pattern NUMBER = Pattern.compile("\\+?\\p{L}{0,3}[0-9 ()./-]+");

    /**
     * The companies a query names exactly, to lead the quick search's answer: by short code ("DUR-2-1"), then by a
     * word with digits that is a tax id ("PL7250000001"), then by the digits of a tax id or phone however typed
     * ("725-000-00-01", "+48 42 633 11 22").
     */
    private List<Long> exactMatches(String query) {
        java.util.LinkedHashSet<Long> found = new java.util.LinkedHashSet<>();
        String code = query.strip().toUpperCase(java.util.Locale.ROOT);
        if (SHORT_CODE.matcher(code).matches()) {
            found.addAll(index.withShortCode(code));
        }
        List<String> words = SearchText.words(query);
        String word = words.size() == 1 && words.get(0).chars().anyMatch(Character::isDigit) ? words.get(0) : null;
        if (word != null) {
            found.addAll(index.withWord(word));
        }
        String digits = query.replaceAll("[^0-9]", "");
        // "7250000001" is its own digits: looked up once
        if (digits.length() >= 6 && !digits.equals(word) && NUMBER.matcher(query.strip()).matches()) {
            found.addAll(index.withWord(digits));
        }
        return List.copyOf(found);
    }

    @Override
    public CompanyData get(long id) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData());
    }

    @Override
    public CompanyData create(CompanyData data) {
        Identity caller = Access.require(CREATE);
        String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? DEFAULT_LINE
                : data.lineOfBusiness().strip();
        long owner = owner(data.ownerId(), caller);
        caller.requirePlacement(TYPE, line, owner);
        return jpa.txExpr(TransactionType.Required, em -> {
            validate(em, data, null, null);
            Company company = new Company();
            company.apply(normalised(data));
            company.place(owner, line);
            em.persist(company);
            em.flush();
            changed(company.getId(), EventTopics.Change.CREATED);
            return company.toData();
        });
    }

    @Override
    public CompanyData update(long id, CompanyData data) {
        Identity caller = Access.require(UPDATE);
        ValidationException.requireVersion(data.version());
        return jpa.txExpr(TransactionType.Required, em -> {
            Company company = find(em, id);
            if (company.archived()) {
                throw new ConflictException("The company is archived: restore it before changing it");
            }
            if (company.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), company.getVersion());
            }
            CompanyData before = company.toData();
            validate(em, data, id, before);
            String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank()
                    ? company.lineOfBusiness() : data.lineOfBusiness().strip();
            long owner = data.ownerId() == null ? company.ownerId() : owner(data.ownerId(), caller);
            if (!line.equals(company.lineOfBusiness()) || owner != company.ownerId()) {
                caller.requirePlacement(TYPE, line, owner);
                company.place(owner, line);
            }
            company.apply(normalised(data));
            em.flush();
            changed(id, EventTopics.Change.UPDATED);
            return company.toData();
        });
    }

    /**
     * The company, if the caller may see it; one they may not see is as missing as one that does not exist, and an
     * archived one is seen only by those who may restore it.
     */
    static Company find(EntityManager em, long id) {
        Company company = em.find(Company.class, id);
        if (company == null || !visible(company)
                || company.archived() && !Access.has(org.cairncrm.contacts.Deletions.APPROVE)) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return company;
    }

    @Override
    public byte[] exportCsv(PageRequest request) {
        Access.require(EXPORT);
        return CompanyExport.csv(this, fields, request, language());
    }

    @Override
    public byte[] exportXlsx(PageRequest request) {
        Access.require(EXPORT);
        return CompanyExport.xlsx(this, fields, sheets, request, language());
    }

    /** The caller's language for texts in files (the personal setting the console uses too). */
    private String language() {
        Settings current = settings;
        try {
            return current == null ? "en" : current.effective("ui.language");
        } catch (IllegalArgumentException notDeclared) {
            return "en";
        }
    }

    static boolean visible(Company company) {
        return Access.scope(TYPE).permits(company.ownerId(), company.lineOfBusiness());
    }

    private long owner(Long requested, Identity caller) {
        if (requested == null || requested == caller.employeeId()) {
            return caller.employeeId();
        }
        try {
            employees.get(requested);
        } catch (RecordNotFoundException missing) {
            throw ValidationException.of("ownerId", "no employee with id " + requested);
        }
        return requested;
    }

    private static CompanyData normalised(CompanyData data) {
        String code = data.shortCode() == null ? null : data.shortCode().strip().toUpperCase(Locale.ROOT);
        return new CompanyData(data.id(), data.version(), data.name(), code, data.industry(), data.status(),
                data.category(), data.lineOfBusiness(), data.taxId(), data.registeredAddress(),
                data.correspondenceAddress(), data.phones(), data.emails(), data.website(), data.notes(),
                data.ownerId(), data.audit());
    }

    /** What the rules of a company card need to know of the stored data. */
    interface Knowledge {
        /** Whether another company (not {@code id}) has the short code. */
        boolean codeTaken(String code, Long id);

        /** Whether {@code code} is an active entry of {@code kind}. */
        boolean offered(DictionaryKind kind, String code);

        /** The rules asking the database. */
        static Knowledge of(EntityManager em) {
            return new Knowledge() {
                @Override
                public boolean codeTaken(String code, Long id) {
                    return em.createQuery("SELECT COUNT(c) FROM Company c WHERE c.shortCode = :code AND c.id <> :id",
                            Long.class).setParameter("code", code).setParameter("id", id == null ? -1L : id)
                            .getSingleResult() > 0;
                }

                @Override
                public boolean offered(DictionaryKind kind, String code) {
                    return DictionaryStore.offered(em, kind, code);
                }
            };
        }
    }

    private static void validate(EntityManager em, CompanyData data, Long id, CompanyData before) {
        validate(Knowledge.of(em), data, id, before).throwIfAny();
    }

    /** Every rule of a company card; the errors found, for the caller to throw or to report. */
    static ValidationException.Collector validate(Knowledge known, CompanyData data, Long id, CompanyData before) {
        ValidationException.Collector errors = ValidationException.collect()
                .requireText(data.name(), "name", 200)
                .maxLength(data.taxId(), "taxId", 30)
                .maxLength(data.website(), "website", 200)
                .maxLength(data.notes(), "notes", 4000);
        String code = data.shortCode() == null ? "" : data.shortCode().strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            if (!SHORT_CODE.matcher(code).matches()) {
                errors.add("shortCode", "must be 1 to 20 letters, digits and . _ & -, starting with a letter or digit");
            } else if (known.codeTaken(code, id)) {
                errors.add("shortCode", "is already used by another company");
            }
        }
        dictionary(known, errors, DictionaryKind.INDUSTRY, data.industry(), before == null ? null : before.industry(),
                "industry");
        dictionary(known, errors, DictionaryKind.STATUS, data.status(), before == null ? null : before.status(),
                "status");
        dictionary(known, errors, DictionaryKind.CATEGORY, data.category(), before == null ? null : before.category(),
                "category");
        address(known, errors, data.registeredAddress(), before == null ? null : before.registeredAddress(),
                "registeredAddress");
        address(known, errors, data.correspondenceAddress(), before == null ? null
                : before.correspondenceAddress(), "correspondenceAddress");
        ContactDetails.phones(errors, data.phones(), "phones");
        ContactDetails.emails(errors, data.emails(), "emails");
        return errors;
    }

    private static void address(Knowledge known, ValidationException.Collector errors, Address address,
                                Address before, String field) {
        errors.maxLength(address.street(), field + ".street", 200)
                .maxLength(address.postalCode(), field + ".postalCode", 20)
                .maxLength(address.city(), field + ".city", 100)
                .maxLength(address.region(), field + ".region", 100);
        ContactDetails.country(errors, address.country(), field + ".country");
        dictionary(known, errors, DictionaryKind.AREA, address.area(), before == null ? null : before.area(),
                field + ".area");
    }

    /** A dictionary code: an active entry, or the value the record already has (kept although retired). */
    private static void dictionary(Knowledge known, ValidationException.Collector errors, DictionaryKind kind,
                                   String code, String kept, String field) {
        if (code == null || code.isBlank() || code.strip().equals(kept)) {
            return;
        }
        errors.check(!known.offered(kind, code.strip()), field, "'" + code.strip() + "' is not in the "
                + kind.name().toLowerCase(Locale.ROOT) + " dictionary");
    }

    // inside the transaction: the platform posts it once the transaction has committed
    private void changed(long id, EventTopics.Change change) {
        events.changed(new RecordRef(TYPE, id), "Company", change);
    }
}
