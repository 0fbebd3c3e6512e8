package org.cairncrm.contacts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.CompanyImports;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.csv.Csv;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobProgress;
import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.jobs.Jobs;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.api.sheets.Sheets;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports companies from CSV: every row checked by the rules of the card before anything is stored, duplicates found
 * by short code, tax id (its digits) and name with city (case and diacritics ignored), then stored in batches.
 */
@Component(service = CompanyImports.class)
public class CompanyImporter implements CompanyImports {

    private static final int BATCH = 500;
    private static final int REPORTED = 1000;
    private static final Map<String, String> SYNONYMS = synonyms();

    private final JpaTemplate jpa;
    private final Jobs jobs;
    private final RecordEvents events;
    private final Sheets sheets;

    @Activate
    public CompanyImporter(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                           @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                           @Reference Jobs jobs, @Reference RecordEvents events, @Reference Sheets sheets) {
        this.jpa = jpa;
        this.sheets = sheets;
        this.jobs = jobs;
        this.events = events;
    }

    @Override
    public Preview preview(byte[] file) {
        Access.require(IMPORT);
        List<List<String>> rows = table(file);
        List<String> columns = rows.get(0);
        return new Preview(columns, rows.subList(1, Math.min(rows.size(), 11)), suggest(columns), rows.size() - 1,
                TARGETS);
    }

    @Override
    public JobStatus start(byte[] file, Options options) {
        Access.require(IMPORT);
        Access.require(Companies.CREATE);
        List<List<String>> rows = table(file);
        Map<Integer, String> mapping = options == null || options.mapping() == null || options.mapping().isEmpty()
                ? suggest(rows.get(0)) : options.mapping();
        ValidationException.Collector errors = ValidationException.collect();
        mapping.forEach((column, target) -> errors.check(!TARGETS.contains(target), "mapping",
                "column " + column + ": '" + target + "' is not one of " + TARGETS));
        errors.check(!mapping.containsValue("name"), "mapping", "no column goes to the name");
        errors.throwIfAny();
        Duplicates duplicates = options == null || options.duplicates() == null ? Duplicates.SKIP
                : options.duplicates();
        boolean allOrNothing = options != null && Boolean.TRUE.equals(options.onlyIfAllValid());
        return jobs.start("contacts.company.import", "Import of " + (rows.size() - 1) + " companies",
                progress -> run(rows.subList(1, rows.size()), mapping, duplicates, allOrNothing, progress));
    }

    /** The rows of a CSV file or of an Excel workbook's first sheet (told apart by the zip signature). */
    private List<List<String>> table(byte[] file) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", "is empty");
        }
        boolean workbook = file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        List<List<String>> rows = workbook ? sheets.read(file) : Csv.read(file);
        if (rows.size() < 2) {
            throw ValidationException.of("file", "needs a first row naming the columns and at least one row more");
        }
        return rows;
    }

    /** What one row comes to: a company to add, one to update, or nothing (skipped or refused). */
    private record Planned(int row, CompanyData data, Long existing, String outcome, List<String> messages) {
    }

    private Report run(List<List<String>> rows, Map<Integer, String> mapping, Duplicates duplicates,
                       boolean allOrNothing, JobProgress progress) {
        Identity caller = Access.signedIn();
        progress.total(rows.size() * 2L);
        progress.message("Checking the rows");
        Known known = jpa.txExpr(TransactionType.Supports, Known::load);
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < rows.size() && !progress.cancelled(); i++) {
            plan.add(check(i + 2, rows.get(i), mapping, duplicates, known, caller));
            progress.advance(1);
        }
        long failed = plan.stream().filter(p -> p.outcome().equals("FAILED")).count();
        if (progress.cancelled() || allOrNothing && failed > 0) {
            return report(rows.size(), plan, false);
        }
        progress.message("Storing");
        for (int start = 0; start < plan.size() && !progress.cancelled(); start += BATCH) {
            List<Planned> batch = plan.subList(start, Math.min(plan.size(), start + BATCH));
            List<RecordRef> changed = new ArrayList<>();
            jpa.tx(TransactionType.Required, em -> {
                for (Planned p : batch) {
                    if (p.outcome().equals("CREATED")) {
                        Company company = new Company();
                        company.apply(p.data());
                        company.place(caller.employeeId(), p.data().lineOfBusiness());
                        em.persist(company);
                        em.flush();
                        changed.add(new RecordRef(Companies.TYPE, company.getId()));
                        events.changed(changed.get(changed.size() - 1), "Company", EventTopics.Change.CREATED);
                    } else if (p.outcome().equals("UPDATED")) {
                        Company company = CompanyStore.find(em, p.existing());
                        company.apply(merged(company.toData(), p.data()));
                        events.changed(new RecordRef(Companies.TYPE, company.getId()), "Company",
                                EventTopics.Change.UPDATED);
                    }
                }
            });
            progress.advance(batch.size());
        }
        return report(rows.size(), plan, !progress.cancelled());
    }

    private static Report report(int rows, List<Planned> plan, boolean stored) {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int failed = 0;
        List<Row> check = new ArrayList<>();
        for (Planned p : plan) {
            switch (p.outcome()) {
                case "CREATED" -> created++;
                case "UPDATED" -> updated++;
                case "SKIPPED" -> skipped++;
                default -> failed++;
            }
            if (!p.outcome().equals("CREATED") && check.size() < REPORTED) {
                check.add(new Row(p.row(), p.outcome(), p.messages()));
            }
        }
        return stored ? new Report(rows, created, updated, skipped, failed, true, check)
                : new Report(rows, 0, 0, skipped, failed, false, check);
    }

    /** One row checked against the card's rules, the caller's scope and the duplicates. */
    private static Planned check(int row, List<String> cells, Map<Integer, String> mapping, Duplicates duplicates,
                                 Known known, Identity caller) {
        Map<String, String> value = new HashMap<>();
        mapping.forEach((column, target) -> {
            if (column < cells.size() && !cells.get(column).isBlank()) {
                value.merge(target, cells.get(column).strip(), (a, b) -> a + "\n" + b);
            }
        });
        List<String> problems = new ArrayList<>();
        CompanyData data = new CompanyData(null, null, value.get("name"), value.get("shortCode"),
                known.code(DictionaryKind.INDUSTRY, value.get("industry")),
                known.code(DictionaryKind.STATUS, value.get("status")),
                known.code(DictionaryKind.CATEGORY, value.get("category")),
                value.getOrDefault("lineOfBusiness", CompanyStore.DEFAULT_LINE), value.get("taxId"),
                new Address(value.get("registeredAddress.street"), value.get("registeredAddress.postalCode"),
                        value.get("registeredAddress.city"), known.code(DictionaryKind.AREA,
                        value.get("registeredAddress.area")), value.get("registeredAddress.region"),
                        value.get("registeredAddress.country")), null, split(value.get("phones")),
                split(value.get("emails")), value.get("website"), value.get("notes"), null, null);
        if (data.shortCode() != null) {
            data = new CompanyData(null, null, data.name(), data.shortCode().strip().toUpperCase(Locale.ROOT),
                    data.industry(), data.status(), data.category(), data.lineOfBusiness(), data.taxId(),
                    data.registeredAddress(), null, data.phones(), data.emails(), data.website(), data.notes(), null,
                    null);
        }
        Long duplicate = known.duplicate(data);
        boolean update = duplicate != null && duplicates == Duplicates.UPDATE;
        if (duplicate != null && duplicates == Duplicates.SKIP) {
            return new Planned(row, data, duplicate, "SKIPPED", List.of(known.why(data)));
        }
        // an update may keep the short code the company already has
        for (FieldError error : CompanyStore.validate(known, data, update ? duplicate : null, null).errors()) {
            problems.add(error.field() + ": " + error.message());
        }
        try {
            caller.requirePlacement(Companies.TYPE, data.lineOfBusiness(), caller.employeeId());
        } catch (ValidationException refused) {
            refused.fieldErrors().forEach(e -> problems.add(e.field() + ": " + e.message()));
        }
        if (!problems.isEmpty()) {
            return new Planned(row, data, duplicate, "FAILED", problems);
        }
        if (update) {
            if (duplicate < 0) {
                return new Planned(row, data, null, "FAILED", List.of(known.why(data)
                        + "; a row earlier in the file, which cannot be updated"));
            }
            return new Planned(row, data, duplicate, "UPDATED", List.of(known.why(data)));
        }
        known.remember(data, -row);
        return new Planned(row, data, null, "CREATED", List.of());
    }

    /** The stored company with every field the row fills in. */
    private static CompanyData merged(CompanyData stored, CompanyData row) {
        Address a = stored.registeredAddress();
        Address r = row.registeredAddress();
        return new CompanyData(stored.id(), stored.version(), row.name(), or(row.shortCode(), stored.shortCode()),
                or(row.industry(), stored.industry()), or(row.status(), stored.status()),
                or(row.category(), stored.category()), stored.lineOfBusiness(), or(row.taxId(), stored.taxId()),
                new Address(or(r.street(), a.street()), or(r.postalCode(), a.postalCode()), or(r.city(), a.city()),
                        or(r.area(), a.area()), or(r.region(), a.region()), or(r.country(), a.country())),
                stored.correspondenceAddress(), row.phones().isEmpty() ? stored.phones() : row.phones(),
                row.emails().isEmpty() ? stored.emails() : row.emails(), or(row.website(), stored.website()),
                or(row.notes(), stored.notes()), stored.ownerId(), null);
    }

    static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    private static List<String> split(String cells) {
        return cells == null ? List.of() : Arrays.stream(cells.split("[\\n;,]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Column number to field, from the column names (English or Polish, case and diacritics ignored). */
    static Map<Integer, String> suggest(List<String> columns) {
        Map<Integer, String> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String target = SYNONYMS.get(SearchText.fold(columns.get(i)).replaceAll("[^a-z0-9]", ""));
            if (target != null && (target.equals("phones") || target.equals("emails") || taken.add(target))) {
                mapping.put(i, target);
            }
        }
        return mapping;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> s = new HashMap<>();
        for (String w : List.of("name", "nazwa", "company", "companyname", "firma", "nazwafirmy", "organization",
                "organisation")) {
            s.put(w, "name");
        }
        for (String w : List.of("shortcode", "code", "skrot", "symbol", "akronim")) {
            s.put(w, "shortCode");
        }
        for (String w : List.of("taxid", "nip", "vat", "vatid", "vatnumber", "taxnumber")) {
            s.put(w, "taxId");
        }
        s.put("status", "status");
        s.put("category", "category");
        s.put("kategoria", "category");
        for (String w : List.of("industry", "branza", "sector", "sektor")) {
            s.put(w, "industry");
        }
        s.put("lineofbusiness", "lineOfBusiness");
        s.put("linia", "lineOfBusiness");
        s.put("liniabiznesowa", "lineOfBusiness");
        for (String w : List.of("street", "ulica", "address", "adres", "addressline1")) {
            s.put(w, "registeredAddress.street");
        }
        for (String w : List.of("postalcode", "postcode", "zip", "zipcode", "kodpocztowy", "kod")) {
            s.put(w, "registeredAddress.postalCode");
        }
        for (String w : List.of("city", "town", "miasto", "miejscowosc")) {
            s.put(w, "registeredAddress.city");
        }
        s.put("area", "registeredAddress.area");
        s.put("rejon", "registeredAddress.area");
        for (String w : List.of("region", "wojewodztwo", "state", "county")) {
            s.put(w, "registeredAddress.region");
        }
        s.put("country", "registeredAddress.country");
        s.put("kraj", "registeredAddress.country");
        for (String w : List.of("phone", "phones", "telephone", "tel", "telefon", "telefony")) {
            s.put(w, "phones");
        }
        for (String w : List.of("email", "emails", "mail", "emailaddress", "emaile", "adresyemail")) {
            s.put(w, "emails");
        }
        for (String w : List.of("website", "www", "web", "url", "stronawww")) {
            s.put(w, "website");
        }
        for (String w : List.of("notes", "note", "uwagi", "comment", "comments", "komentarz")) {
            s.put(w, "notes");
        }
        return s;
    }

    /** What the checks need, loaded once: dictionaries, short codes, tax ids, names with cities. */
    private static final class Known implements CompanyStore.Knowledge {
        private final Map<DictionaryKind, Map<String, String>> codes = new HashMap<>();
        private final Map<DictionaryKind, Set<String>> offered = new HashMap<>();
        private final Map<String, Long> byCode = new HashMap<>();
        private final Map<String, Long> byTaxId = new HashMap<>();
        private final Map<String, Long> byNameAndCity = new HashMap<>();

        static Known load(javax.persistence.EntityManager em) {
            Known known = new Known();
            for (DictionaryItem item : em.createQuery("SELECT d FROM DictionaryItem d", DictionaryItem.class)
                    .getResultList()) {
                var entry = item.toData();
                Map<String, String> byText = known.codes.computeIfAbsent(entry.kind(), k -> new HashMap<>());
                byText.put(entry.code().toLowerCase(Locale.ROOT), entry.code());
                byText.put(SearchText.fold(entry.label()), entry.code());
                if (entry.active()) {
                    known.offered.computeIfAbsent(entry.kind(), k -> new HashSet<>()).add(entry.code());
                }
            }
            for (Object[] c : em.createQuery("SELECT c.id, c.shortCode, c.taxId, c.name, c.regCity, c.corCity "
                    + "FROM Company c", Object[].class).getResultList()) {
                long id = (Long) c[0];
                CompanyData data = new CompanyData(id, null, (String) c[3], (String) c[1], null, null, null, null,
                        (String) c[2], new Address(null, null, c[4] == null ? (String) c[5] : (String) c[4], null,
                        null, null), null, null, null, null, null, null, null);
                known.remember(data, id);
            }
            return known;
        }

        /** The dictionary code a cell names, by code or by label; the cell itself when neither. */
        String code(DictionaryKind kind, String cell) {
            if (cell == null) {
                return null;
            }
            Map<String, String> byText = codes.getOrDefault(kind, Map.of());
            String code = byText.get(cell.strip().toLowerCase(Locale.ROOT));
            return code != null ? code : byText.getOrDefault(SearchText.fold(cell), cell.strip());
        }

        void remember(CompanyData data, long id) {
            if (data.shortCode() != null) {
                byCode.put(data.shortCode().toUpperCase(Locale.ROOT), id);
            }
            String tax = taxDigits(data.taxId());
            if (tax != null) {
                byTaxId.put(tax, id);
            }
            byNameAndCity.put(nameAndCity(data), id);
        }

        /** The company (negative: the row of the file) this one is a duplicate of, if any. */
        Long duplicate(CompanyData data) {
            Long id = data.shortCode() == null ? null : byCode.get(data.shortCode());
            if (id == null && taxDigits(data.taxId()) != null) {
                id = byTaxId.get(taxDigits(data.taxId()));
            }
            return id != null ? id : byNameAndCity.get(nameAndCity(data));
        }

        String why(CompanyData data) {
            if (data.shortCode() != null && byCode.containsKey(data.shortCode())) {
                return "the short code " + data.shortCode() + " is already a company's";
            }
            if (taxDigits(data.taxId()) != null && byTaxId.containsKey(taxDigits(data.taxId()))) {
                return "the tax id " + data.taxId() + " is already a company's";
            }
            return "a company of this name in this city exists";
        }

        @Override
        public boolean codeTaken(String code, Long id) {
            Long holder = byCode.get(code);
            return holder != null && !holder.equals(id);
        }

        @Override
        public boolean offered(DictionaryKind kind, String code) {
            return offered.getOrDefault(kind, Set.of()).contains(code);
        }

        private static String taxDigits(String taxId) {
            if (taxId == null) {
                return null;
            }
            String digits = taxId.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
            return digits.length() < 5 ? null : digits;
        }

        private static String nameAndCity(CompanyData data) {
            return SearchText.fold(data.name()) + "|" + SearchText.fold(data.registeredAddress().city());
        }
    }
}
