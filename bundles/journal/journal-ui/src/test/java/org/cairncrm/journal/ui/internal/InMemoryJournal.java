package org.cairncrm.journal.ui.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalEntry;
import org.cairncrm.journal.JournalQuery;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StageChange;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.AuditStamp;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.Employees;

/**
 * In-memory stand-ins of the services the journal views use, keeping the rules the views show: an open case needs
 * its next action, the lead's form needs its product, stages move by the step kinds that enter them.
 */
final class InMemoryJournal {

    final Map<Long, CompanyData> companyRows = new LinkedHashMap<>();
    final Map<Long, CaseData> cases = new LinkedHashMap<>();
    final List<StepData> steps = new ArrayList<>();
    final List<StageChange> stageChanges = new ArrayList<>();
    final List<JournalSetting> settingRows = new ArrayList<>();
    private long next = 1;

    InMemoryJournal() {
        setting(Kind.TYPE, null, "lead", "Lead / enquiry", null);
        setting(Kind.TYPE, null, "other", "Other", null);
        setting(Kind.STATUS, null, "open", "Open", null);
        settingRows.add(new JournalSetting(Kind.STATUS, null, "won", "Won", 20, true, false, true, false, null, null,
                null, false));
        setting(Kind.STEP, null, "call", "Phone call", null);
        setting(Kind.STEP, null, "meeting", "Meeting", null);
        setting(Kind.STAGE, "lead", "new", "New", null);
        setting(Kind.STAGE, "lead", "contacted", "Contacted", "call");
        setting(Kind.STAGE, "lead", "offer", "Offer", null);
        settingRows.add(new JournalSetting(Kind.FIELD, "lead", "product", "Requested product", 10, true, false,
                false, true, null, "TEXT", null, false));
    }

    private void setting(Kind kind, String parent, String code, String label, String step) {
        settingRows.add(new JournalSetting(kind, parent, code, label, settingRows.size() * 10, true, false, false,
                false, step, null, null, false));
    }

    long company(String name) {
        long id = next++;
        companyRows.put(id, new CompanyData(id, 0L, name, null, null, null, null, "general", null, null, null,
                List.of(), List.of(), null, null, 1L, null));
        return id;
    }

    final JournalSettings settings = new JournalSettings() {
        @Override
        public List<JournalSetting> list(Kind kind, String parent) {
            return settingRows.stream().filter(s -> s.kind() == kind && (kind != Kind.STAGE && kind != Kind.FIELD
                    || java.util.Objects.equals(s.parent(), parent))).toList();
        }

        @Override
        public Optional<JournalSetting> find(Kind kind, String parent, String code) {
            return list(kind, parent).stream().filter(s -> s.code().equals(code)).findFirst();
        }

        @Override
        public JournalSetting save(JournalSetting setting) {
            if (setting.code() == null || !setting.code().matches("[a-z0-9][a-z0-9-]*")) {
                throw ValidationException.of("code", "must be lowercase letters, digits and '-'");
            }
            settingRows.removeIf(s -> s.kind() == setting.kind() && s.code().equals(setting.code())
                    && java.util.Objects.equals(s.parent(), setting.parent()));
            settingRows.add(setting);
            return setting;
        }

        @Override
        public void remove(Kind kind, String parent, String code) {
            settingRows.removeIf(s -> s.kind() == kind && s.code().equals(code));
        }
    };

    final Journal journal = new Journal() {
        @Override
        public Page<CaseData> list(PageRequest request) {
            List<CaseData> rows = cases.values().stream().filter(c -> request.filters().stream()
                    .allMatch(f -> matches(c, f))).sorted(Comparator.comparing(CaseData::id)).toList();
            return new Page<>(rows.stream().skip((long) request.page() * request.size()).limit(request.size())
                    .toList(), rows.size(), request.page(), request.size());
        }

        @Override
        public CaseData get(long id) {
            CaseData c = cases.get(id);
            if (c == null) {
                throw new RecordNotFoundException(CASE_TYPE, id);
            }
            return c;
        }

        @Override
        public CaseData create(CaseData data) {
            ValidationException.Collector errors = ValidationException.collect();
            errors.requireText(data.topic(), "topic", 200);
            errors.check(data.companyId() == null, "companyId", "is required");
            errors.check(data.nextAction() == null, "nextAction", "an open case needs its next action");
            errors.check("lead".equals(data.type()) && !data.fields().containsKey("product"), "fields.product",
                    "is required");
            errors.throwIfAny();
            long id = next++;
            String first = settings.list(Kind.STAGE, data.type()).stream().findFirst().map(JournalSetting::code)
                    .orElse(null);
            CaseData stored = copy(data, id, 0L, first, data.nextAction(), data.status() == null ? "open"
                    : data.status());
            cases.put(id, stored);
            return stored;
        }

        @Override
        public CaseData update(long id, CaseData data) {
            CaseData now = get(id);
            if (!now.version().equals(data.version())) {
                throw new ConflictException("stale");
            }
            CaseData stored = copy(data, id, now.version() + 1, now.stage(), data.nextAction(), data.status());
            cases.put(id, stored);
            return stored;
        }

        @Override
        public Page<StepData> steps(long caseId, PageRequest request) {
            List<StepData> of = steps.stream().filter(s -> s.caseId() == caseId).toList();
            return new Page<>(of, of.size(), 0, request.size());
        }

        @Override
        public StepData recordStep(long caseId, StepData step, NextAction nextAction) {
            CaseData c = get(caseId);
            ValidationException.Collector errors = ValidationException.collect();
            errors.check(step.kind() == null, "step.kind", "is required");
            if (c.closedAt() == null) {
                errors.check(nextAction == null, "next", "an open case needs its next action");
            }
            errors.throwIfAny();
            StepData stored = new StepData(next++, caseId, step.kind(), step.at(), 1L, step.withRepresentativeId(),
                    step.notes(), step.outcome(), null);
            steps.add(stored);
            String stage = settings.list(Kind.STAGE, c.type()).stream().filter(s -> step.kind().equals(
                    s.enteredByStep())).map(JournalSetting::code).findFirst().orElse(c.stage());
            if (!stage.equals(c.stage())) {
                stageChanges.add(new StageChange(caseId, c.stage(), stage, Instant.now(), 1L, stored.id()));
            }
            cases.put(caseId, copy(c, caseId, c.version() + 1, stage, nextAction, c.status()));
            return stored;
        }

        @Override
        public CaseData moveStage(long caseId, long version, String stage) {
            CaseData c = get(caseId);
            stageChanges.add(new StageChange(caseId, c.stage(), stage, Instant.now(), 1L, null));
            CaseData moved = copy(c, caseId, c.version() + 1, stage, c.nextAction(), c.status());
            cases.put(caseId, moved);
            return moved;
        }

        @Override
        public List<StageChange> stageHistory(long caseId) {
            return stageChanges.stream().filter(s -> s.caseId() == caseId).toList();
        }

        @Override
        public List<JournalEntry> journal(JournalQuery query) {
            List<JournalEntry> entries = new ArrayList<>();
            for (CaseData c : cases.values()) {
                if (!c.companyId().equals(query.companyId())) {
                    continue;
                }
                if (c.nextAction() != null) {
                    entries.add(new JournalEntry("NEXT", c.nextAction().due().atStartOfDay(
                            java.time.ZoneOffset.UTC).toInstant(), c.id(), c.topic(), c.type(), c.status(), null,
                            c.nextAction().byEmployeeId(), null, c.nextAction().what(), null, c.nextAction().due()));
                }
                if (!query.outstandingOnly()) {
                    entries.add(new JournalEntry("CASE", Instant.parse("2026-11-01T10:00:00Z"), c.id(), c.topic(),
                            c.type(), c.status(), null, c.ownerId(), null, null, null, null));
                }
            }
            return entries;
        }

        @Override
        public String customerHistory(long companyId) {
            return "<html><body>" + companyRows.get(companyId).name() + "</body></html>";
        }
    };

    private static CaseData copy(CaseData d, long id, long version, String stage, NextAction next, String status) {
        return new CaseData(id, version, d.topic(), d.companyId(), d.companyId() == null ? null : "Company "
                + d.companyId(), d.representativeId(), d.otherRepresentativeIds(), d.ownerId() == null ? 1L
                : d.ownerId(), d.interestedEmployeeIds(), d.type(), status, d.priority() == null ? "NORMAL"
                : d.priority(), stage, "general", next, d.fields(), new AuditStamp("tess", Instant.now(), "tess",
                Instant.now()), "won".equals(status) ? Instant.now() : null);
    }

    private static boolean matches(CaseData c, Filter f) {
        return switch (f.field()) {
            case "closedAt" -> c.closedAt() == null;
            case "type" -> f.value().equals(c.type());
            case "ownerId" -> f.value().equals(String.valueOf(c.ownerId()));
            case "nextActionBy" -> c.nextAction() != null && f.value().equals(String.valueOf(
                    c.nextAction().byEmployeeId()));
            case "nextActionDue" -> c.nextAction() != null && (f.op() == Filter.Op.LT
                    ? c.nextAction().due().isBefore(LocalDate.parse(f.value()))
                    : !c.nextAction().due().isAfter(LocalDate.parse(f.value())));
            default -> true;
        };
    }

    final Companies companies = proxy(Companies.class, (method, args) -> switch (method) {
        case "get" -> Optional.ofNullable(companyRows.get((Long) args[0])).orElseThrow(
                () -> new RecordNotFoundException(Companies.TYPE, (Long) args[0]));
        case "list" -> new Page<>(List.copyOf(companyRows.values()), companyRows.size(), 0, 50);
        default -> throw new UnsupportedOperationException(method);
    });

    final Representatives representatives = proxy(Representatives.class, (method, args) -> switch (method) {
        case "get" -> new RepresentativeData((Long) args[0], 0L, "Ewa", "Nowak", null, List.of(), List.of(), null,
                null, "general", 1L, List.of(new EmploymentData(null, 1L, "Company", null, null, null, null, null,
                null, true)), null);
        case "list" -> new Page<>(List.of(), 0, 0, 50);
        default -> throw new UnsupportedOperationException(method);
    });

    final Employees employees = proxy(Employees.class, (method, args) -> switch (method) {
        case "get" -> tess();
        case "list" -> new Page<>(List.of(tess()), 1, 0, 50);
        default -> throw new UnsupportedOperationException(method);
    });

    private static EmployeeData tess() {
        return new EmployeeData(1L, 0L, "Tess", "Tester", null, null, null, null, null, null, null, true, null, null);
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> "in-memory " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answer.answer(method.getName(), args);
                });
    }
}
