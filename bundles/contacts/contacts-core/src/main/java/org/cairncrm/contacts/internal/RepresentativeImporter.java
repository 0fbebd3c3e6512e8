package org.cairncrm.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyImports.Duplicates;
import org.cairncrm.contacts.CompanyImports.Report;
import org.cairncrm.contacts.CompanyImports.Row;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.RepresentativeImports;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobProgress;
import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.jobs.Jobs;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports representatives from vCard files card by card through {@link Representatives}, so every card passes the
 * rules, scope checks and history of the card form. Work phones and e-mails go to the employment when the card's
 * organisation is a company the caller sees; otherwise the organisation is kept in the notes and reported.
 */
@Component(service = RepresentativeImports.class)
public class RepresentativeImporter implements RepresentativeImports {

    private static final int REPORTED = 1000;

    private final JpaTemplate jpa;
    private final Jobs jobs;
    private final Representatives representatives;
    private final Companies companies;

    @Activate
    public RepresentativeImporter(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                                  @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                                  @Reference Jobs jobs, @Reference Representatives representatives,
                                  @Reference Companies companies) {
        this.jpa = jpa;
        this.jobs = jobs;
        this.representatives = representatives;
        this.companies = companies;
    }

    @Override
    public JobStatus start(byte[] file, Duplicates duplicates) {
        Access.require(IMPORT);
        Access.require(Representatives.CREATE);
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", "is empty");
        }
        List<VCards.Card> cards = VCards.read(file);
        if (cards.isEmpty()) {
            throw ValidationException.of("file", "holds no vCard (BEGIN:VCARD ... END:VCARD)");
        }
        Duplicates action = duplicates == null ? Duplicates.SKIP : duplicates;
        return jobs.start("contacts.representative.import", "Import of " + cards.size() + " vCards",
                progress -> run(cards, action, progress));
    }

    private Report run(List<VCards.Card> cards, Duplicates duplicates, JobProgress progress) {
        progress.total(cards.size());
        progress.message("Importing");
        Known known = jpa.txExpr(TransactionType.Supports, Known::load);
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int failed = 0;
        List<Row> check = new ArrayList<>();
        for (VCards.Card card : cards) {
            if (progress.cancelled()) {
                break;
            }
            List<String> messages = new ArrayList<>();
            String outcome;
            try {
                RepresentativeData data = person(card, known, messages);
                Long duplicate = known.duplicate(data);
                if (duplicate != null && duplicates == Duplicates.SKIP) {
                    messages.add(0, card.label() + " is stored already (same e-mail or same name at the company)");
                    outcome = "SKIPPED";
                } else if (duplicate != null && duplicates == Duplicates.UPDATE) {
                    RepresentativeData stored = representatives.get(duplicate);
                    known.remember(representatives.update(duplicate, merged(stored, data)));
                    messages.add(0, card.label() + " was stored already: filled in from the card");
                    outcome = "UPDATED";
                } else {
                    known.remember(representatives.create(data));
                    outcome = "CREATED";
                }
            } catch (ValidationException wrong) {
                wrong.fieldErrors().forEach(e -> messages.add(e.field() + ": " + e.message()));
                outcome = "FAILED";
            } catch (RuntimeException refused) {
                messages.add(refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage());
                outcome = "FAILED";
            }
            switch (outcome) {
                case "CREATED" -> created++;
                case "UPDATED" -> updated++;
                case "SKIPPED" -> skipped++;
                default -> failed++;
            }
            if ((!outcome.equals("CREATED") || !messages.isEmpty()) && check.size() < REPORTED) {
                if (outcome.equals("FAILED")) {
                    messages.add(0, card.label());
                }
                check.add(new Row(card.number(), outcome, messages));
            }
            progress.advance(1);
        }
        return new Report(cards.size(), created, updated, skipped, failed, true, check);
    }

    /** The representative a card describes. */
    private RepresentativeData person(VCards.Card card, Known known, List<String> messages) {
        Long companyId = card.organization() == null ? null : known.company(card.organization(), companies);
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String workPhone = null;
        String workEmail = null;
        for (VCards.Typed phone : card.phones()) {
            if (companyId != null && workPhone == null && phone.is("work")) {
                workPhone = phone.value();
            } else {
                phones.add(phone.value());
            }
        }
        for (VCards.Typed email : card.emails()) {
            if (companyId != null && workEmail == null && email.is("work")) {
                workEmail = email.value();
            } else {
                emails.add(email.value());
            }
        }
        String notes = card.notes();
        List<EmploymentData> work = List.of();
        if (companyId != null) {
            work = List.of(new EmploymentData(null, companyId, null, card.position(), card.department(), workPhone,
                    workEmail, null, null, false));
        } else if (card.organization() != null) {
            String at = card.organization() + (card.department() == null ? "" : ", " + card.department())
                    + (card.position() == null ? "" : " (" + card.position() + ")");
            notes = (notes == null ? "" : notes + "\n") + "Works at: " + at;
            messages.add("no single company named '" + card.organization() + "' you may see: kept in the notes");
        }
        if (card.birthdayProblem() != null) {
            messages.add(card.birthdayProblem());
        }
        String last = card.lastName();
        if (last == null && card.organization() != null && card.firstName() == null) {
            last = card.organization();
        }
        return new RepresentativeData(null, null, card.firstName(), last, card.title(), distinct(phones),
                distinct(emails), card.birthday(), notes, null, null, work, null);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /** The stored person with what the card adds: empty fields filled, phones and e-mails added. */
    private static RepresentativeData merged(RepresentativeData stored, RepresentativeData card) {
        List<String> phones = new ArrayList<>(stored.phones());
        card.phones().stream().filter(p -> !phones.contains(p)).forEach(phones::add);
        List<String> emails = new ArrayList<>(stored.emails());
        card.emails().stream().filter(e -> emails.stream().noneMatch(e::equalsIgnoreCase)).forEach(emails::add);
        List<EmploymentData> work = new ArrayList<>(stored.employments());
        for (EmploymentData job : card.employments()) {
            if (work.stream().noneMatch(w -> w.companyId().equals(job.companyId()))) {
                work.add(job);
            }
        }
        return new RepresentativeData(stored.id(), stored.version(),
                CompanyImporter.or(stored.firstName(), card.firstName()), stored.lastName(),
                CompanyImporter.or(stored.title(), card.title()), phones, emails,
                stored.birthday() != null ? stored.birthday() : card.birthday(),
                CompanyImporter.or(stored.notes(), card.notes()),
                stored.lineOfBusiness(), stored.ownerId(), work, null);
    }

    /** Stored people by e-mail and by name at a company, and companies by name, loaded once per import. */
    private static final class Known {
        private final Map<String, Long> byEmail = new HashMap<>();
        private final Map<String, Long> byNameAt = new HashMap<>();
        private final Map<String, List<Long>> companiesByName = new HashMap<>();
        private final Map<String, Long> matched = new HashMap<>();

        static Known load(javax.persistence.EntityManager em) {
            Known known = new Known();
            for (Object[] r : em.createQuery("SELECT r.id, r.firstName, r.lastName, r.emails FROM Representative r",
                    Object[].class).getResultList()) {
                for (String email : Lines.split((String) r[3])) {
                    known.byEmail.put(email.toLowerCase(Locale.ROOT), (Long) r[0]);
                }
                known.byNameAt.put(nameAt((String) r[1], (String) r[2], null), (Long) r[0]);
            }
            for (Object[] e : em.createQuery("SELECT e.representative.id, e.representative.firstName, "
                    + "e.representative.lastName, e.company.id, e.email FROM Employment e", Object[].class)
                    .getResultList()) {
                known.byNameAt.put(nameAt((String) e[1], (String) e[2], (Long) e[3]), (Long) e[0]);
                if (e[4] != null) {
                    known.byEmail.put(((String) e[4]).toLowerCase(Locale.ROOT), (Long) e[0]);
                }
            }
            for (Object[] c : em.createQuery("SELECT c.id, c.name FROM Company c WHERE c.archivedAt IS NULL",
                    Object[].class).getResultList()) {
                known.companiesByName.computeIfAbsent(SearchText.fold((String) c[1]), k -> new ArrayList<>())
                        .add((Long) c[0]);
            }
            return known;
        }

        /** The one company of that name the caller may see, or null. */
        Long company(String name, Companies companies) {
            String key = SearchText.fold(name);
            return matched.computeIfAbsent(key, k -> {
                List<Long> visible = new ArrayList<>();
                for (Long id : companiesByName.getOrDefault(k, List.of())) {
                    try {
                        companies.get(id);
                        visible.add(id);
                    } catch (RuntimeException hidden) {
                        // not in the caller's scope
                    }
                }
                return visible.size() == 1 ? visible.get(0) : null;
            });
        }

        Long duplicate(RepresentativeData person) {
            Set<String> emails = new LinkedHashSet<>();
            person.emails().forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)));
            person.employments().stream().filter(e -> e.email() != null)
                    .forEach(e -> emails.add(e.email().toLowerCase(Locale.ROOT)));
            for (String email : emails) {
                if (byEmail.containsKey(email)) {
                    return byEmail.get(email);
                }
            }
            for (EmploymentData job : person.employments()) {
                Long id = byNameAt.get(nameAt(person.firstName(), person.lastName(), job.companyId()));
                if (id != null) {
                    return id;
                }
            }
            return person.employments().isEmpty() && person.emails().isEmpty()
                    ? byNameAt.get(nameAt(person.firstName(), person.lastName(), null)) : null;
        }

        void remember(RepresentativeData person) {
            person.emails().forEach(e -> byEmail.put(e.toLowerCase(Locale.ROOT), person.id()));
            byNameAt.put(nameAt(person.firstName(), person.lastName(), null), person.id());
            for (EmploymentData job : person.employments()) {
                if (job.email() != null) {
                    byEmail.put(job.email().toLowerCase(Locale.ROOT), person.id());
                }
                byNameAt.put(nameAt(person.firstName(), person.lastName(), job.companyId()), person.id());
            }
        }

        private static String nameAt(String first, String last, Long company) {
            return SearchText.fold(first) + "|" + SearchText.fold(last) + "|" + company;
        }
    }
}
