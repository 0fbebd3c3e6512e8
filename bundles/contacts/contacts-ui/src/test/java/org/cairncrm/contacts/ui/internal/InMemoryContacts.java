package org.cairncrm.contacts.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * The contacts services as the views use them, kept in memory: enough of the real rules (required names, known
 * dictionary codes, group members) for the views' tests, one stand-in per service. The real services are tested
 * in ContactsIT.
 */
final class InMemoryContacts {

    final Map<Long, CompanyData> companies = new LinkedHashMap<>();
    /** What the companies list asked for last. */
    PageRequest lastCompanyRequest;
    final Map<Long, RepresentativeData> people = new LinkedHashMap<>();
    final Map<Long, ContactGroupData> groups = new LinkedHashMap<>();
    final Map<Long, Set<Long>> members = new LinkedHashMap<>();
    final List<DictionaryEntry> entries = new ArrayList<>();
    private long next = 1;

    InMemoryContacts() {
        entry(DictionaryKind.STATUS, "prospect", "Prospect");
        entry(DictionaryKind.STATUS, "customer", "Customer");
        entry(DictionaryKind.CATEGORY, "a", "A: key account");
        entry(DictionaryKind.INDUSTRY, "retail", "Retail");
        entry(DictionaryKind.AREA, "central", "Central");
    }

    private void entry(DictionaryKind kind, String code, String label) {
        entries.add(new DictionaryEntry(next++, 1L, kind, code, label, true, entries.size()));
    }

    final Companies companiesService = new Companies() {
        @Override
        public byte[] exportXlsx(PageRequest request) {
            return exportCsv(request);
        }

        @Override
        public byte[] exportCsv(PageRequest request) {
            StringBuilder csv = new StringBuilder("name\n");
            list(new PageRequest(0, PageRequest.MAX_SIZE, request.sort(), request.filters(), request.query())).items()
                    .forEach(c -> csv.append(c.name()).append('\n'));
            return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Page<CompanyData> list(PageRequest request) {
            lastCompanyRequest = request;
            boolean archive = request.filters().stream().anyMatch(f -> f.field().equals("archived"));
            return page(new ArrayList<>(companies.values()), request, c -> matches(request, c.name() + " "
                    + CompaniesView.city(c)) && inGroup(request, c.id()) && (c.archivedAt() != null) == archive);
        }

        @Override
        public CompanyData get(long id) {
            CompanyData company = companies.get(id);
            if (company == null) {
                throw new RecordNotFoundException(TYPE_OF_COMPANY, id);
            }
            return company;
        }

        @Override
        public CompanyData create(CompanyData c) {
            check(c);
            long id = next++;
            CompanyData stored = withId(c, id, 1);
            companies.put(id, stored);
            return stored;
        }

        @Override
        public CompanyData update(long id, CompanyData c) {
            get(id);
            check(c);
            CompanyData stored = withId(c, id, c.version() + 1);
            companies.put(id, stored);
            return stored;
        }

    };

    private static final String TYPE_OF_COMPANY = Companies.TYPE;

    private void check(CompanyData c) {
        ValidationException.Collector errors = ValidationException.collect().requireText(c.name(), "name", 200);
        if (c.status() != null && entries.stream().noneMatch(e -> e.kind() == DictionaryKind.STATUS
                && e.code().equals(c.status()))) {
            errors.add("status", "'" + c.status() + "' is not in the status dictionary");
        }
        errors.check(c.registeredAddress().country() != null && c.registeredAddress().country().length() > 2,
                "registeredAddress.country", "must be a two-letter country code");
        errors.throwIfAny();
    }

    private static CompanyData withId(CompanyData c, long id, long version) {
        return new CompanyData(id, version, c.name().strip(), c.shortCode(), c.industry(),
                c.status() == null ? "prospect" : c.status(), c.category(), "general", c.taxId(),
                c.registeredAddress(), c.correspondenceAddress(), c.phones(), c.emails(), c.website(), c.notes(),
                c.ownerId() == null ? 1L : c.ownerId(), null);
    }

    final Representatives representatives = new Representatives() {
        @Override
        public byte[] exportVCards(PageRequest request, String version) {
            StringBuilder cards = new StringBuilder();
            list(new PageRequest(0, PageRequest.MAX_SIZE, request.sort(), request.filters(), request.query())).items()
                    .forEach(r -> cards.append("BEGIN:VCARD\r\nVERSION:").append(version).append("\r\nFN:")
                            .append(r.displayName()).append("\r\nEND:VCARD\r\n"));
            return cards.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Page<RepresentativeData> list(PageRequest request) {
            return page(new ArrayList<>(people.values()), request, r -> matches(request, r.displayName())
                    && request.filters().stream().filter(f -> f.field().equals("company")).allMatch(f ->
                    r.employments().stream().anyMatch(e -> String.valueOf(e.companyId()).equals(f.value()))));
        }

        @Override
        public RepresentativeData get(long id) {
            RepresentativeData person = people.get(id);
            if (person == null) {
                throw new RecordNotFoundException(Representatives.TYPE, id);
            }
            return person;
        }

        @Override
        public RepresentativeData create(RepresentativeData r) {
            ValidationException.collect().requireText(r.lastName(), "lastName", 100).throwIfAny();
            long id = next++;
            people.put(id, stored(r, id, 1));
            return people.get(id);
        }

        @Override
        public RepresentativeData update(long id, RepresentativeData r) {
            get(id);
            ValidationException.collect().requireText(r.lastName(), "lastName", 100).throwIfAny();
            people.put(id, stored(r, id, r.version() + 1));
            return people.get(id);
        }

        private RepresentativeData stored(RepresentativeData r, long id, long version) {
            List<org.cairncrm.contacts.EmploymentData> work = new ArrayList<>();
            for (int i = 0; i < r.employments().size(); i++) {
                var e = r.employments().get(i);
                if (e.companyId() == null || !companies.containsKey(e.companyId())) {
                    throw ValidationException.of("employments[" + i + "].companyId", "must name the company");
                }
                work.add(new org.cairncrm.contacts.EmploymentData(e.id() == null ? next++ : e.id(), e.companyId(),
                        companies.get(e.companyId()).name(), e.position(), e.department(), e.phone(), e.email(),
                        e.startDate(), e.endDate(), e.mainContact()));
            }
            return new RepresentativeData(id, version, r.firstName(), r.lastName(), r.title(), r.phones(),
                    r.emails(), r.birthday(), r.notes(), "general", 1L, work, null);
        }
    };

    final ContactGroups groupsService = new ContactGroups() {
        @Override
        public Page<ContactGroupData> list(PageRequest request) {
            return page(new ArrayList<>(groups.values()), request, g -> request.filters().stream()
                    .filter(f -> f.field().equals("kind")).allMatch(f -> g.kind().name().equals(f.value())));
        }

        @Override
        public ContactGroupData get(long id) {
            return groups.get(id);
        }

        @Override
        public ContactGroupData create(ContactGroupData g) {
            ValidationException.collect().requireText(g.name(), "name", 100).throwIfAny();
            long id = next++;
            groups.put(id, new ContactGroupData(id, 1L, g.kind(), g.name(), g.description(), 0L, null));
            members.put(id, new LinkedHashSet<>());
            return groups.get(id);
        }

        @Override
        public ContactGroupData update(long id, ContactGroupData g) {
            groups.put(id, new ContactGroupData(id, g.version() + 1, groups.get(id).kind(), g.name(), g.description(),
                    (long) members.get(id).size(), null));
            return groups.get(id);
        }

        @Override
        public void delete(long id) {
            groups.remove(id);
            members.remove(id);
        }

        @Override
        public int add(long groupId, List<Long> ids) {
            int before = members.get(groupId).size();
            members.get(groupId).addAll(ids);
            return members.get(groupId).size() - before;
        }

        @Override
        public int remove(long groupId, List<Long> ids) {
            int before = members.get(groupId).size();
            members.get(groupId).removeAll(ids);
            return before - members.get(groupId).size();
        }

        @Override
        public List<ContactGroupData> groupsOf(GroupKind kind, long memberId) {
            return groups.values().stream().filter(g -> g.kind() == kind && members.get(g.id()).contains(memberId))
                    .toList();
        }

    };

    final Dictionaries dictionaries = new Dictionaries() {
        @Override
        public List<DictionaryEntry> entries(DictionaryKind kind, boolean withInactive) {
            return entries.stream().filter(e -> e.kind() == kind && (withInactive || e.active())).toList();
        }

        @Override
        public DictionaryEntry create(DictionaryKind kind, DictionaryEntry entry) {
            ValidationException.collect().requireText(entry.label(), "label", 100)
                    .check(entry.code() == null || entry.code().isBlank(), "code", "must not be empty").throwIfAny();
            DictionaryEntry stored = new DictionaryEntry(next++, 1L, kind, entry.code(), entry.label(), true,
                    entry.position());
            entries.add(stored);
            return stored;
        }

        @Override
        public DictionaryEntry update(long id, DictionaryEntry entry) {
            for (int i = 0; i < entries.size(); i++) {
                DictionaryEntry old = entries.get(i);
                if (old.id() == id) {
                    entries.set(i, new DictionaryEntry(id, old.version() + 1, old.kind(), old.code(), entry.label(),
                            entry.active(), entry.position()));
                    return entries.get(i);
                }
            }
            throw new RecordNotFoundException("contacts.dictionary", id);
        }
    };

    final List<org.cairncrm.contacts.DeletionRequestData> requests = new ArrayList<>();

    final org.cairncrm.contacts.Deletions deletions = new org.cairncrm.contacts.Deletions() {
        @Override
        public org.cairncrm.contacts.DeletionRequestData delete(org.cairncrm.platform.api.RecordRef record,
                                                                String reason) {
            boolean approver = org.cairncrm.platform.api.access.Access.has(APPROVE);
            String name = companies.get(record.id()).name();
            var request = new org.cairncrm.contacts.DeletionRequestData(next++, record.type(), record.id(), name,
                    reason, approver ? org.cairncrm.contacts.DeletionState.APPROVED
                    : org.cairncrm.contacts.DeletionState.PENDING, "tess", java.time.Instant.now(), null, null, null);
            requests.add(request);
            if (approver) {
                archive(record.id());
            }
            return request;
        }

        @Override
        public Page<org.cairncrm.contacts.DeletionRequestData> list(PageRequest request) {
            return page(new ArrayList<>(requests), request, r -> request.filters().stream()
                    .filter(f -> f.field().equals("state")).allMatch(f -> r.state().name().equals(f.value())));
        }

        @Override
        public org.cairncrm.contacts.DeletionRequestData approve(long id, String note) {
            var decided = decide(id, org.cairncrm.contacts.DeletionState.APPROVED, note);
            archive(decided.recordId());
            return decided;
        }

        @Override
        public org.cairncrm.contacts.DeletionRequestData reject(long id, String note) {
            return decide(id, org.cairncrm.contacts.DeletionState.REJECTED, note);
        }

        @Override
        public void restore(org.cairncrm.platform.api.RecordRef record) {
            CompanyData c = companies.get(record.id());
            companies.put(c.id(), withArchive(c, null));
        }

        @Override
        public void purge(org.cairncrm.platform.api.RecordRef record) {
            companies.remove(record.id());
        }

        private org.cairncrm.contacts.DeletionRequestData decide(long id, org.cairncrm.contacts.DeletionState state,
                                                                 String note) {
            for (int i = 0; i < requests.size(); i++) {
                var r = requests.get(i);
                if (r.id() == id) {
                    requests.set(i, new org.cairncrm.contacts.DeletionRequestData(id, r.recordType(), r.recordId(),
                            r.recordName(), r.reason(), state, r.requestedBy(), r.requestedAt(), "tess",
                            java.time.Instant.now(), note));
                    return requests.get(i);
                }
            }
            throw new RecordNotFoundException("contacts.deletion", id);
        }

        private void archive(long id) {
            companies.put(id, withArchive(companies.get(id), java.time.Instant.now()));
        }
    };

    final List<org.cairncrm.contacts.FieldDefinition> fieldDefinitions = new ArrayList<>();
    final Map<Long, Map<String, Object>> fieldValues = new LinkedHashMap<>();

    /** Custom fields for all records of their target only; values checked for numbers and choices. */
    final org.cairncrm.contacts.CustomFields fields = new org.cairncrm.contacts.CustomFields() {
        @Override
        public List<org.cairncrm.contacts.FieldDefinition> definitions(org.cairncrm.contacts.FieldTarget target) {
            return fieldDefinitions.stream().filter(f -> f.target() == target).toList();
        }

        @Override
        public org.cairncrm.contacts.FieldDefinition define(org.cairncrm.contacts.FieldDefinition f) {
            ValidationException.collect().requireText(f.label(), "label", 100)
                    .check(f.name() == null || !f.name().matches("[a-z][a-z0-9_]*"), "name", "lowercase only")
                    .throwIfAny();
            var stored = new org.cairncrm.contacts.FieldDefinition(next++, 1L, f.target(), f.name(), f.label(),
                    f.kind(), f.options(), f.scope(), f.scopeId(), f.position());
            fieldDefinitions.add(stored);
            return stored;
        }

        @Override
        public org.cairncrm.contacts.FieldDefinition redefine(long id, org.cairncrm.contacts.FieldDefinition f) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(long id) {
            fieldDefinitions.removeIf(f -> f.id() == id);
        }

        @Override
        public List<org.cairncrm.contacts.FieldDefinition> applicable(org.cairncrm.contacts.FieldTarget target,
                                                                      long recordId) {
            return definitions(target);
        }

        @Override
        public Map<Long, Map<String, Object>> values(org.cairncrm.contacts.FieldTarget target,
                                                     java.util.Collection<Long> recordIds) {
            Map<Long, Map<String, Object>> all = new java.util.HashMap<>();
            recordIds.forEach(id -> all.put(id, values(target, id)));
            return all;
        }

        @Override
        public Map<String, Object> values(org.cairncrm.contacts.FieldTarget target, long recordId) {
            return fieldValues.getOrDefault(recordId, Map.of());
        }

        @Override
        public Map<String, Object> setValues(org.cairncrm.contacts.FieldTarget target, long recordId,
                                             Map<String, Object> values) {
            ValidationException.Collector errors = ValidationException.collect();
            values.forEach((name, value) -> definitions(target).stream().filter(f -> f.name().equals(name))
                    .findFirst().ifPresent(f -> errors.check(f.kind() == org.cairncrm.contacts.FieldKind.NUMBER
                            && value != null && !(value instanceof java.math.BigDecimal), "fields." + name,
                            "must be a number")));
            errors.throwIfAny();
            Map<String, Object> kept = new LinkedHashMap<>(values(target, recordId));
            values.forEach((name, value) -> {
                if (value == null || "".equals(value)) {
                    kept.remove(name);
                } else {
                    kept.put(name, value);
                }
            });
            fieldValues.put(recordId, kept);
            return kept;
        }
    };

    final Map<String, org.cairncrm.platform.api.jobs.JobStatus> jobStates = new LinkedHashMap<>();

    /** Jobs run at once; their status says RUNNING when started and DONE when asked again. */
    final org.cairncrm.platform.api.jobs.Jobs jobs = new org.cairncrm.platform.api.jobs.Jobs() {
        @Override
        public org.cairncrm.platform.api.jobs.JobStatus start(String kind, String title,
                                                              org.cairncrm.platform.api.jobs.JobWork work) {
            String id = "job-" + next++;
            Object result;
            try {
                result = work.run(new org.cairncrm.platform.api.jobs.JobProgress() {
                    @Override
                    public void total(long steps) {
                    }

                    @Override
                    public void advance(long steps) {
                    }

                    @Override
                    public void message(String message) {
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            jobStates.put(id, new org.cairncrm.platform.api.jobs.JobStatus(id, kind, title, "tess",
                    org.cairncrm.platform.api.jobs.JobStatus.State.DONE, 2, 2, "", java.time.Instant.now(),
                    java.time.Instant.now(), result, null));
            return new org.cairncrm.platform.api.jobs.JobStatus(id, kind, title, "tess",
                    org.cairncrm.platform.api.jobs.JobStatus.State.RUNNING, 1, 2, "Storing", java.time.Instant.now(),
                    null, null, null);
        }

        @Override
        public java.util.Optional<org.cairncrm.platform.api.jobs.JobStatus> status(String id) {
            return java.util.Optional.ofNullable(jobStates.get(id));
        }

        @Override
        public List<org.cairncrm.platform.api.jobs.JobStatus> mine() {
            return List.copyOf(jobStates.values());
        }

        @Override
        public org.cairncrm.platform.api.jobs.JobStatus cancel(String id) {
            return jobStates.get(id);
        }
    };

    /** Imports of "name;city" files: each row becomes a company; a row without a name is refused. */
    /** vCards: one person per FN line; a card without one is refused, as the real import does. */
    final org.cairncrm.contacts.RepresentativeImports vcards = (file, duplicates) -> {
        String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains("BEGIN:VCARD")) {
            throw ValidationException.of("file", "holds no vCard (BEGIN:VCARD ... END:VCARD)");
        }
        String[] cards = text.split("END:VCARD");
        return jobs.start("contacts.representative.import", "Import", progress -> {
            int created = 0;
            List<org.cairncrm.contacts.CompanyImports.Row> refused = new ArrayList<>();
            for (int i = 0; i < cards.length; i++) {
                if (!cards[i].contains("BEGIN:VCARD")) {
                    continue;
                }
                java.util.Optional<String> name = cards[i].lines().filter(l -> l.startsWith("FN:"))
                        .map(l -> l.substring(3).strip()).filter(n -> !n.isEmpty()).findFirst();
                if (name.isEmpty()) {
                    refused.add(new org.cairncrm.contacts.CompanyImports.Row(i + 1, "FAILED",
                            List.of("lastName: must not be empty")));
                } else {
                    representatives.create(new RepresentativeData(null, null, null, name.get(), null, null, null,
                            null, null, null, null, null, null));
                    created++;
                }
            }
            return new org.cairncrm.contacts.CompanyImports.Report(created + refused.size(), created, 0, 0,
                    refused.size(), true, refused);
        });
    };

    final org.cairncrm.contacts.CompanyImports imports = new org.cairncrm.contacts.CompanyImports() {
        @Override
        public Preview preview(byte[] file) {
            List<List<String>> rows = rows(file);
            return new Preview(rows.get(0), rows.subList(1, rows.size()), Map.of(0, "name", 1,
                    "registeredAddress.city"), rows.size() - 1, TARGETS);
        }

        @Override
        public org.cairncrm.platform.api.jobs.JobStatus start(byte[] file, Options options) {
            List<List<String>> rows = rows(file);
            return jobs.start("contacts.company.import", "Import", progress -> {
                int created = 0;
                List<Row> refused = new ArrayList<>();
                for (int i = 1; i < rows.size(); i++) {
                    if (rows.get(i).get(0).isBlank()) {
                        refused.add(new Row(i + 1, "FAILED", List.of("name: must not be empty")));
                    } else {
                        companiesService.create(CompanyData.named(rows.get(i).get(0)));
                        created++;
                    }
                }
                return new Report(rows.size() - 1, created, 0, 0, refused.size(), true, refused);
            });
        }

        private List<List<String>> rows(byte[] file) {
            return java.util.Arrays.stream(new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                    .map(line -> List.of((line + " ").split(";"))).map(cells -> cells.stream().map(String::strip)
                            .toList()).toList();
        }
    };

    final List<org.cairncrm.platform.api.records.SelectionData> savedSelections = new ArrayList<>();
    final List<org.cairncrm.platform.api.records.SavedFilterData> savedSearches = new ArrayList<>();

    final org.cairncrm.platform.api.records.Selections selections = new org.cairncrm.platform.api.records.Selections() {
        @Override
        public org.cairncrm.platform.api.records.SelectionData create(org.cairncrm.platform.api.records.SelectionData s) {
            ValidationException.collect().requireText(s.name(), "name", 100).throwIfAny();
            var stored = new org.cairncrm.platform.api.records.SelectionData(next++, s.name(), s.recordType(),
                    s.shared(), "tess", s.ids().size(), java.time.Instant.now(), s.ids());
            savedSelections.add(stored);
            return stored;
        }

        @Override
        public List<org.cairncrm.platform.api.records.SelectionData> list(String recordType) {
            return List.copyOf(savedSelections);
        }

        @Override
        public org.cairncrm.platform.api.records.SelectionData get(long id) {
            return savedSelections.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        }

        @Override
        public List<Long> ids(long id) {
            return get(id).ids();
        }

        @Override
        public List<Map<String, Object>> rows(long id) {
            return List.of();
        }

        @Override
        public void delete(long id) {
            savedSelections.removeIf(s -> s.id() == id);
        }

        @Override
        public List<org.cairncrm.platform.api.records.RecordSource> sources() {
            return List.of();
        }
    };

    final org.cairncrm.platform.api.records.SavedFilters savedFilters =
            new org.cairncrm.platform.api.records.SavedFilters() {
        @Override
        public org.cairncrm.platform.api.records.SavedFilterData save(
                org.cairncrm.platform.api.records.SavedFilterData f) {
            ValidationException.collect().requireText(f.name(), "name", 100).throwIfAny();
            var stored = new org.cairncrm.platform.api.records.SavedFilterData(next++, f.name(), f.listKey(),
                    f.query(), f.filters(), f.sort(), f.shared(), "tess");
            savedSearches.add(stored);
            return stored;
        }

        @Override
        public List<org.cairncrm.platform.api.records.SavedFilterData> forList(String listKey) {
            return savedSearches.stream().filter(f -> f.listKey().equals(listKey)).toList();
        }

        @Override
        public void remove(long id) {
            savedSearches.removeIf(f -> f.id() == id);
        }
    };

    private static CompanyData withArchive(CompanyData c, java.time.Instant at) {
        return new CompanyData(c.id(), c.version(), c.name(), c.shortCode(), c.industry(), c.status(), c.category(),
                c.lineOfBusiness(), c.taxId(), c.registeredAddress(), c.correspondenceAddress(), c.phones(),
                c.emails(), c.website(), c.notes(), c.ownerId(), c.audit(), at);
    }

    private boolean inGroup(PageRequest request, long id) {
        return request.filters().stream().filter(f -> f.field().equals("group"))
                .allMatch(f -> members.getOrDefault(Long.parseLong(f.value()), Set.of()).contains(id));
    }

    private static boolean matches(PageRequest request, String text) {
        return request.query().map(q -> text.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .orElse(true);
    }

    private static <T> Page<T> page(List<T> all, PageRequest request, Predicate<T> keep) {
        List<T> kept = all.stream().filter(keep).toList();
        int from = (int) Math.min(kept.size(), request.offset());
        return new Page<>(kept.subList(from, Math.min(kept.size(), from + request.size())), kept.size(),
                request.page(), request.size());
    }
}
