package org.cairncrm.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalEntry;
import org.cairncrm.journal.JournalQuery;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StageChange;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contact cases and their steps, within the caller's data scope; the customer must be a company they see. Types,
 * statuses, step kinds, pipelines and entry forms come from {@link JournalSettingsStore}.
 */
@Component(service = Journal.class)
public class JournalStore implements Journal {

    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    static final String DEFAULT_LINE = "general";
    /** posted after commit when a case reaches another stage, with the case id and the stages */
    static final String STAGE_TOPIC = "cairn/journal/StageChanged";

    private static final JpaList<JournalCase> LIST = JpaList.of(JournalCase.class)
            .fields("topic", "companyId", "representativeId", "type", "status", "priority", "stage",
                    "nextActionDue", "nextActionBy", "closedAt")
            .wordSearch("searchText")
            .defaultSort(Sort.desc("id"));
    private static final JpaList<JournalStep> STEPS = JpaList.of(JournalStep.class)
            .fields("caseId", "kind", "at")
            .defaultSort(Sort.desc("at"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final Companies companies;
    private final Representatives representatives;
    private final JournalSettingsStore settings;
    private final CustomerHistory history;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JournalStore(@Reference(target = "(osgi.unit.name=cairn.journal)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=journal)") ModuleSchema schema,
                        @Reference RecordEvents events, @Reference Companies companies,
                        @Reference Representatives representatives, @Reference JournalSettingsStore settings,
                        @Reference org.cairncrm.platform.people.Employees employees) {
        this.jpa = jpa;
        this.events = events;
        this.companies = companies;
        this.representatives = representatives;
        this.settings = settings;
        this.history = new CustomerHistory(settings, representatives, employees);
    }

    @Override
    public Page<CaseData> list(PageRequest request) {
        Access.require(READ);
        var scope = Access.scope(CASE_TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Page<JournalCase> page = LIST.fetch(em, request, scope);
            Map<Long, Map<String, String>> values = values(em, page.items().stream().map(JournalCase::getId)
                    .toList());
            Map<Long, String> names = new HashMap<>();
            return page.map(c -> c.toData(names.computeIfAbsent(c.companyId(), this::companyName),
                    values.getOrDefault(c.getId(), Map.of())));
        });
    }

    @Override
    public CaseData get(long id) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> toData(em, find(em, id)));
    }

    @Override
    public CaseData create(CaseData data) {
        Identity caller = Access.require(CREATE);
        CaseData clean = normalised(data, caller, null);
        String company = check(clean);
        String line = clean.lineOfBusiness();
        long owner = clean.ownerId();
        caller.requirePlacement(CASE_TYPE, line, owner);
        List<JournalSetting> stages = settings.list(Kind.STAGE, clean.type());
        String stage = clean.stage() != null ? clean.stage() : stages.isEmpty() ? null : stages.get(0).code();
        if (stage != null) {
            String wrong = forbidden(clean.type(), null, stage);
            if (wrong != null) {
                throw ValidationException.of("stage", wrong);
            }
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalCase stored = new JournalCase();
            Instant now = clock.instant();
            stored.apply(clean, company, now, closes(clean.status()));
            stored.stage(stage);
            stored.place(owner, line);
            em.persist(stored);
            em.flush();
            writeValues(em, stored.getId(), clean.fields());
            if (stage != null) {
                em.persist(new JournalStageChange(stored.getId(), null, stage, now, caller.employeeId(), null));
            }
            events.changed(new RecordRef(CASE_TYPE, stored.getId()), "Case", EventTopics.Change.CREATED);
            return stored.toData(company, clean.fields());
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
            CaseData clean = normalised(data, caller, stored);
            String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? stored.lineOfBusiness()
                    : clean.lineOfBusiness();
            long owner = data.ownerId() == null ? stored.ownerId() : clean.ownerId();
            String company = check(clean);
            String stage = stageAfterUpdate(stored, clean);
            if (!line.equals(stored.lineOfBusiness()) || owner != stored.ownerId()) {
                caller.requirePlacement(CASE_TYPE, line, owner);
                stored.place(owner, line);
            }
            String before = stored.stage();
            Instant now = clock.instant();
            stored.apply(clean, company, now, closes(clean.status()));
            stored.stage(stage);
            writeValues(em, id, clean.fields());
            em.flush();
            if (stage != null && !stage.equals(before)) {
                moved(em, id, before, stage, caller, null, now);
            }
            events.changed(new RecordRef(CASE_TYPE, id), "Case", EventTopics.Change.UPDATED);
            return stored.toData(company, clean.fields());
        });
    }

    @Override
    public CaseData moveStage(long caseId, long version, String stage) {
        Identity caller = Access.require(UPDATE);
        if (stage == null || stage.isBlank()) {
            throw ValidationException.of("stage", "is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalCase stored = find(em, caseId);
            if (stored.getVersion() != version) {
                throw ConflictException.staleVersion(CASE_TYPE, caseId, version, stored.getVersion());
            }
            if (!stored.open()) {
                throw ValidationException.of("stage", "the case is closed; reopen it first");
            }
            String to = stage.strip();
            String wrong = forbidden(stored.type(), stored.stage(), to);
            if (wrong != null) {
                throw ValidationException.of("stage", wrong);
            }
            if (!to.equals(stored.stage())) {
                String from = stored.stage();
                stored.stage(to);
                em.flush();
                moved(em, caseId, from, to, caller, null, clock.instant());
                events.changed(new RecordRef(CASE_TYPE, caseId), "Case", EventTopics.Change.UPDATED);
            }
            return toData(em, stored);
        });
    }

    @Override
    public List<StageChange> stageHistory(long caseId) {
        Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, caseId);
            return em.createQuery("select s from JournalStageChange s where s.caseId = :id order by s.at, s.id",
                    JournalStageChange.class).setParameter("id", caseId).getResultList().stream()
                    .map(JournalStageChange::toData).toList();
        });
    }

    @Override
    public Page<StepData> steps(long caseId, PageRequest request) {
        Access.require(READ);
        List<Filter> filters = new ArrayList<>(request.filters());
        filters.add(Filter.eq("caseId", String.valueOf(caseId)));
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
        String kind = step.kind() == null ? "" : step.kind().strip();
        errors.check(settings.find(Kind.STEP, null, kind).filter(JournalSetting::isActive).isEmpty(), "step.kind",
                "must be one of " + codes(Kind.STEP, null));
        errors.maxLength(step.notes(), "step.notes", 4000);
        errors.maxLength(step.outcome(), "step.outcome", 500);
        errors.check(step.at() != null && step.at().isAfter(clock.instant().plusSeconds(60)), "step.at",
                "a step is recorded once it happened: not in the future");
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
            String from = stored.stage();
            String to = stored.open() ? automaticStage(stored.type(), from, kind) : null;
            Instant now = clock.instant();
            Instant at = step.at() == null ? now : step.at();
            long by = step.byEmployeeId() == null ? caller.employeeId() : step.byEmployeeId();
            JournalStep recorded = new JournalStep(caseId, step, by, at);
            em.persist(recorded);
            if (to != null) {
                stored.stage(to);
            }
            em.flush();
            if (to != null) {
                moved(em, caseId, from, to, caller, recorded.getId(), now);
            }
            events.changed(new RecordRef("journal.step", recorded.getId()), "Step", EventTopics.Change.CREATED);
            events.changed(new RecordRef(CASE_TYPE, caseId), "Case", EventTopics.Change.UPDATED);
            return recorded.toData();
        });
    }

    @Override
    public List<JournalEntry> journal(JournalQuery query) {
        Access.require(READ);
        if (query == null || query.companyId() == null && query.representativeId() == null) {
            throw ValidationException.of("companyId", "give a company or a representative");
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw ValidationException.of("to", "is before from");
        }
        if (query.companyId() != null) {
            companies.get(query.companyId());
        } else {
            representatives.get(query.representativeId());
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<JournalCase> cases = cases(em, query);
            ZoneId zone = ZoneId.systemDefault();
            List<JournalEntry> entries = new ArrayList<>();
            for (JournalCase c : cases) {
                if (c.open() && c.nextAction() != null) {
                    NextAction n = c.nextAction();
                    entries.add(new JournalEntry("NEXT", n.due().atStartOfDay(zone).toInstant(), c.getId(),
                            c.topic(), c.type(), c.status(), null, n.byEmployeeId(), null, n.what(), null, n.due()));
                }
            }
            if (!query.outstandingOnly()) {
                Map<Long, JournalCase> byId = new LinkedHashMap<>();
                cases.forEach(c -> byId.put(c.getId(), c));
                for (JournalCase c : cases) {
                    entries.add(new JournalEntry("CASE", c.auditStamp().createdAt(), c.getId(), c.topic(), c.type(),
                            c.status(), null, c.ownerId(), c.representativeId(), null, null, null));
                }
                for (StepData s : steps(em, byId.keySet())) {
                    JournalCase c = byId.get(s.caseId());
                    entries.add(new JournalEntry("STEP", s.at(), c.getId(), c.topic(), c.type(), c.status(),
                            s.kind(), s.byEmployeeId(), s.withRepresentativeId(), s.notes(), s.outcome(), null));
                }
                for (StageChange s : stageChanges(em, byId.keySet())) {
                    JournalCase c = byId.get(s.caseId());
                    if (s.fromStage() != null) {
                        entries.add(new JournalEntry("STAGE", s.at(), c.getId(), c.topic(), c.type(), c.status(),
                                s.toStage(), s.byEmployeeId(), null, null, null, null));
                    }
                }
            }
            Instant from = query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
            Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant();
            return entries.stream()
                    .filter(e -> query.employeeId() == null || query.employeeId().equals(e.employeeId()))
                    .filter(e -> from == null || !e.at().isBefore(from))
                    .filter(e -> to == null || e.at().isBefore(to))
                    .sorted(query.outstandingOnly() ? Comparator.comparing(JournalEntry::at)
                            : Comparator.comparing(JournalEntry::at).reversed())
                    .toList();
        });
    }

    @Override
    public String customerHistory(long companyId) {
        Access.require(READ);
        var company = companies.get(companyId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<JournalCase> cases = cases(em, JournalQuery.ofCompany(companyId));
            List<Long> ids = cases.stream().map(JournalCase::getId).toList();
            Map<Long, Map<String, String>> values = values(em, ids);
            List<CaseData> data = cases.stream().map(c -> c.toData(company.name(), values.getOrDefault(c.getId(),
                    Map.of()))).toList();
            return history.render(company, data, steps(em, ids), stageChanges(em, ids), clock.instant());
        });
    }

    /** The cases of the query's company or representative that the caller sees, of its type if it names one. */
    private List<JournalCase> cases(EntityManager em, JournalQuery query) {
        List<JournalCase> found;
        if (query.companyId() != null) {
            found = em.createQuery("select c from JournalCase c where c.companyId = :id order by c.id desc",
                    JournalCase.class).setParameter("id", query.companyId()).getResultList();
        } else {
            long rep = query.representativeId();
            found = em.createQuery("select c from JournalCase c where c.representativeId = :id "
                            + "or c.otherRepresentatives = :only or c.otherRepresentatives like :first "
                            + "or c.otherRepresentatives like :last or c.otherRepresentatives like :middle "
                            + "or c.id in (select s.caseId from JournalStep s where s.withRepresentative = :id) "
                            + "order by c.id desc", JournalCase.class)
                    .setParameter("id", rep).setParameter("only", String.valueOf(rep))
                    .setParameter("first", rep + ",%").setParameter("last", "%," + rep)
                    .setParameter("middle", "%," + rep + ",%").getResultList();
        }
        var scope = Access.scope(CASE_TYPE);
        return found.stream().filter(c -> scope.permits(c.ownerId(), c.lineOfBusiness()))
                .filter(c -> query.type() == null || query.type().isBlank() || query.type().equals(c.type()))
                .toList();
    }

    private static List<StepData> steps(EntityManager em, java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from JournalStep s where s.caseId in :ids order by s.at, s.id",
                JournalStep.class).setParameter("ids", new ArrayList<>(caseIds)).getResultList().stream()
                .map(JournalStep::toData).toList();
    }

    private static List<StageChange> stageChanges(EntityManager em, java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from JournalStageChange s where s.caseId in :ids order by s.at, s.id",
                JournalStageChange.class).setParameter("ids", new ArrayList<>(caseIds)).getResultList().stream()
                .map(JournalStageChange::toData).toList();
    }

    private void moved(EntityManager em, long caseId, String from, String to, Identity caller, Long stepId,
                       Instant at) {
        em.persist(new JournalStageChange(caseId, from, to, at, caller.employeeId(), stepId));
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventTopics.RECORD, new RecordRef(CASE_TYPE, caseId).toString());
        properties.put(EventTopics.ID, caseId);
        properties.put("from", from == null ? "" : from);
        properties.put("to", to);
        events.post(STAGE_TOPIC, properties);
    }

    /**
     * Why the move from {@code from} to {@code to} is not allowed in the type's pipeline, or null. A new case
     * ({@code from} null) in a strict pipeline starts at its first stage; a strict pipeline may not skip forwards.
     */
    String forbidden(String type, String from, String to) {
        List<JournalSetting> stages = settings.list(Kind.STAGE, type);
        int target = index(stages, to);
        if (target < 0) {
            return stages.isEmpty() ? "the type '" + type + "' has no stages"
                    : "must be one of " + stages.stream().map(JournalSetting::code).toList();
        }
        boolean strict = settings.find(Kind.TYPE, null, type).map(t -> Boolean.TRUE.equals(t.strictStages()))
                .orElse(false);
        if (!strict) {
            return null;
        }
        int current = from == null ? -1 : index(stages, from);
        if (target > current + 1) {
            List<String> skipped = stages.subList(current + 1, target).stream().map(JournalSetting::label).toList();
            return "the " + settings.label(Kind.TYPE, null, type) + " pipeline may not skip "
                    + String.join(", ", skipped) + (from == null ? ": a new case starts at "
                    + stages.get(0).label() : "");
        }
        return null;
    }

    /** The stage a step of {@code kind} moves the case to (forwards only), or null; refuses a forbidden skip. */
    private String automaticStage(String type, String from, String kind) {
        List<JournalSetting> stages = settings.list(Kind.STAGE, type);
        int current = from == null ? -1 : index(stages, from);
        for (int i = current + 1; i < stages.size(); i++) {
            if (kind.equals(stages.get(i).enteredByStep())) {
                String wrong = forbidden(type, from, stages.get(i).code());
                if (wrong != null) {
                    throw ValidationException.of("step.kind", "would move the case to "
                            + stages.get(i).label() + ", but " + wrong);
                }
                return stages.get(i).code();
            }
        }
        return null;
    }

    /** The stage after an update: moved by hand under the pipeline's rules, or the first of a new type's. */
    private String stageAfterUpdate(JournalCase stored, CaseData clean) {
        List<JournalSetting> stages = settings.list(Kind.STAGE, clean.type());
        if (!clean.type().equals(stored.type())) {
            String asked = clean.stage();
            if (asked != null && index(stages, asked) < 0) {
                throw ValidationException.of("stage", "must be one of "
                        + stages.stream().map(JournalSetting::code).toList());
            }
            return asked != null ? asked : stages.isEmpty() ? null : stages.get(0).code();
        }
        String asked = clean.stage() == null ? stored.stage() : clean.stage();
        if (asked != null && !asked.equals(stored.stage())) {
            String wrong = forbidden(clean.type(), stored.stage(), asked);
            if (wrong != null) {
                throw ValidationException.of("stage", wrong);
            }
        }
        return asked;
    }

    private static int index(List<JournalSetting> stages, String code) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private boolean closes(String status) {
        return settings.closes(status);
    }

    /** The case with its defaults filled in and every field checked; throws the field errors. */
    private CaseData normalised(CaseData data, Identity caller, JournalCase stored) {
        if (data == null) {
            throw ValidationException.of("case", "is required");
        }
        ValidationException.Collector errors = ValidationException.collect();
        errors.requireText(data.topic(), "topic", 200);
        errors.check(data.companyId() == null, "companyId", "is required");
        String type = lower(data.type(), stored == null ? "lead" : stored.type());
        errors.check(!allowed(Kind.TYPE, type, stored == null ? null : stored.type()), "type",
                "must be one of " + codes(Kind.TYPE, null));
        String status = lower(data.status(), stored == null ? "open" : stored.status());
        errors.check(!allowed(Kind.STATUS, status, stored == null ? null : stored.status()), "status",
                "must be one of " + codes(Kind.STATUS, null));
        String priority = data.priority() == null || data.priority().isBlank() ? "NORMAL"
                : data.priority().strip().toUpperCase(Locale.ROOT);
        errors.check(!PRIORITIES.contains(priority), "priority", "must be one of " + PRIORITIES);
        long owner = data.ownerId() == null ? caller.employeeId() : data.ownerId();
        NextAction next = data.nextAction();
        boolean closes = closes(status);
        if (!closes) {
            checkNext(next, "nextAction", errors);
        }
        Map<String, String> fields = formValues(type, data.fields(), errors);
        errors.throwIfAny();
        String line = data.lineOfBusiness() == null || data.lineOfBusiness().isBlank() ? DEFAULT_LINE
                : data.lineOfBusiness().strip();
        return new CaseData(data.id(), data.version(), data.topic(), data.companyId(), null,
                data.representativeId(), data.otherRepresentativeIds(), owner, data.interestedEmployeeIds(), type,
                status, priority, data.stage() == null || data.stage().isBlank() ? null : data.stage().strip(), line,
                closes && next == null ? null : withOwner(next, owner), fields, null, null);
    }

    /** An active entry, or the value the case already has (an entry set inactive since). */
    private boolean allowed(Kind kind, String code, String current) {
        return code.equals(current) && settings.find(kind, null, code).isPresent()
                || settings.find(kind, null, code).filter(JournalSetting::isActive).isPresent();
    }

    private String codes(Kind kind, String parent) {
        return settings.list(kind, parent).stream().filter(JournalSetting::isActive).map(JournalSetting::code)
                .toList().toString();
    }

    /** The form's values checked against the type's entry form; errors go to {@code fields.<code>}. */
    private Map<String, String> formValues(String type, Map<String, String> given, ValidationException.Collector errors) {
        List<JournalSetting> form = settings.form(type);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String code = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            var field = form.stream().filter(f -> f.code().equals(code)).findFirst();
            if (field.isEmpty()) {
                errors.add("fields." + code, "is no field of the " + type + " form");
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            String wrong = FormValues.check(field.get(), value);
            if (wrong != null) {
                errors.add("fields." + code, wrong);
            } else {
                values.put(code, FormValues.normal(field.get(), value));
            }
        }
        for (JournalSetting f : form) {
            errors.check(Boolean.TRUE.equals(f.required()) && !values.containsKey(f.code())
                    && !errors.errors().stream().anyMatch(x -> x.field().equals("fields." + f.code())),
                    "fields." + f.code(), "is required");
        }
        return values;
    }

    private static void writeValues(EntityManager em, long caseId, Map<String, String> values) {
        List<JournalCaseValue> stored = em.createQuery("select v from JournalCaseValue v where v.caseId = :id",
                JournalCaseValue.class).setParameter("id", caseId).getResultList();
        for (JournalCaseValue v : stored) {
            String now = values.get(v.code());
            if (now == null) {
                em.remove(v);
            } else if (!now.equals(v.value())) {
                v.value(now);
            }
        }
        values.forEach((code, value) -> {
            if (stored.stream().noneMatch(v -> v.code().equals(code))) {
                em.persist(new JournalCaseValue(caseId, code, value));
            }
        });
    }

    private static Map<Long, Map<String, String>> values(EntityManager em, List<Long> caseIds) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        if (caseIds.isEmpty()) {
            return values;
        }
        em.createQuery("select v from JournalCaseValue v where v.caseId in :ids", JournalCaseValue.class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(v -> values.computeIfAbsent(v.caseId(), k -> new HashMap<>()).put(v.code(), v.value()));
        return values;
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
    private String check(CaseData data) {
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

    private String companyName(long companyId) {
        try {
            return companies.get(companyId).name();
        } catch (RecordNotFoundException hidden) {
            return null;
        }
    }

    private CaseData toData(EntityManager em, JournalCase stored) {
        return stored.toData(companyName(stored.companyId()), values(em, List.of(stored.getId()))
                .getOrDefault(stored.getId(), Map.of()));
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

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
