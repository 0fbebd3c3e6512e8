package org.cairncrm.contacts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CustomFields;
import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldKind;
import org.cairncrm.contacts.FieldScope;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Custom fields: their definitions, which records they apply to, and the values. */
@Component(service = {CustomFields.class, FieldStore.class})
public class FieldStore implements CustomFields {

    static final String FILTER_PREFIX = "field.";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int MAX_TEXT = 2000;

    private final JpaTemplate jpa;

    @Activate
    public FieldStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                      @Reference(target = "(cairn.module=contacts)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<FieldDefinition> definitions(FieldTarget target) {
        Access.require(readKey(target), MANAGE);
        return jpa.txExpr(TransactionType.Supports, em -> all(em, target).stream().map(CustomField::toData).toList());
    }

    @Override
    public FieldDefinition define(FieldDefinition field) {
        Access.require(MANAGE);
        String name = field.name() == null ? "" : field.name().strip();
        ValidationException.collect()
                .check(field.target() == null, "target", "must be COMPANY or REPRESENTATIVE")
                .check(!NAME.matcher(name).matches(), "name",
                        "must be 1 to 40 lowercase letters, digits and _, starting with a letter")
                .check(field.kind() == null, "kind", "must be one of TEXT NUMBER DATE BOOLEAN CHOICE MULTI_CHOICE")
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (all(em, field.target()).stream().anyMatch(f -> f.name().equals(name))) {
                throw ValidationException.of("name", "is already a field of these cards");
            }
            check(em, field.target(), field.kind(), field);
            CustomField defined = new CustomField(field.target(), name, field.kind());
            defined.apply(field);
            em.persist(defined);
            em.flush();
            return defined.toData();
        });
    }

    @Override
    public FieldDefinition redefine(long id, FieldDefinition field) {
        Access.require(MANAGE);
        ValidationException.requireVersion(field.version());
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomField defined = find(em, id);
            if (defined.getVersion() != field.version()) {
                throw ConflictException.staleVersion("contacts.field", id, field.version(), defined.getVersion());
            }
            FieldDefinition now = defined.toData();
            ValidationException.collect()
                    .check(field.name() != null && !field.name().equals(now.name()), "name", "cannot change")
                    .check(field.kind() != null && field.kind() != now.kind(), "kind", "cannot change")
                    .check(field.target() != null && field.target() != now.target(), "target", "cannot change")
                    .throwIfAny();
            check(em, now.target(), now.kind(), field);
            defined.apply(field);
            em.flush();
            return defined.toData();
        });
    }

    @Override
    public void remove(long id) {
        Access.require(MANAGE);
        jpa.tx(TransactionType.Required, em -> {
            CustomField defined = find(em, id);
            em.createQuery("DELETE FROM FieldValue v WHERE v.fieldId = :f").setParameter("f", id).executeUpdate();
            em.remove(defined);
        });
    }

    @Override
    public List<FieldDefinition> applicable(FieldTarget target, long recordId) {
        Access.require(readKey(target));
        return jpa.txExpr(TransactionType.Supports, em -> {
            record(em, target, recordId);
            return applying(em, target, recordId).stream().map(CustomField::toData).toList();
        });
    }

    @Override
    public Map<String, Object> values(FieldTarget target, long recordId) {
        Access.require(readKey(target));
        return jpa.txExpr(TransactionType.Supports, em -> {
            record(em, target, recordId);
            return read(em, target, recordId);
        });
    }

    @Override
    public Map<Long, Map<String, Object>> values(FieldTarget target, java.util.Collection<Long> recordIds) {
        Access.require(readKey(target));
        Map<Long, Map<String, Object>> values = new LinkedHashMap<>();
        if (recordIds == null || recordIds.isEmpty()) {
            return values;
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(recordIds));
        jpa.tx(TransactionType.Supports, em -> {
            Map<Long, CustomField> fields = new HashMap<>();
            all(em, target).forEach(f -> fields.put(f.getId(), f));
            if (fields.isEmpty()) {
                return;
            }
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                java.util.Set<Long> visible = new java.util.HashSet<>(target == FieldTarget.COMPANY
                        ? em.createQuery("SELECT c FROM Company c WHERE c.id IN :ids", Company.class)
                        .setParameter("ids", chunk).getResultList().stream().filter(CompanyStore::visible)
                        .map(Company::getId).toList()
                        : em.createQuery("SELECT r FROM Representative r WHERE r.id IN :ids", Representative.class)
                        .setParameter("ids", chunk).getResultList().stream().filter(RepresentativeStore::visible)
                        .map(Representative::getId).toList());
                if (visible.isEmpty()) {
                    continue;
                }
                for (FieldValue v : em.createQuery("SELECT v FROM FieldValue v WHERE v.recordId IN :r "
                        + "AND v.fieldId IN :fields", FieldValue.class).setParameter("r", visible)
                        .setParameter("fields", fields.keySet()).getResultList()) {
                    CustomField field = fields.get(v.fieldId());
                    values.computeIfAbsent(v.recordId(), k -> new LinkedHashMap<>())
                            .put(field.name(), typed(field.kind(), v));
                }
            }
        });
        return values;
    }

    @Override
    public Map<String, Object> setValues(FieldTarget target, long recordId, Map<String, Object> values) {
        Access.require(target == FieldTarget.COMPANY ? Companies.UPDATE : Representatives.UPDATE);
        if (values == null) {
            throw ValidationException.of("fields", "must be an object of field names and values");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Object record = record(em, target, recordId);
            if (record instanceof Company c && c.archived() || record instanceof Representative r && r.archived()) {
                throw new ConflictException("The record is archived: restore it before changing it");
            }
            Map<String, CustomField> fields = new HashMap<>();
            applying(em, target, recordId).forEach(f -> fields.put(f.name(), f));
            ValidationException.Collector errors = ValidationException.collect();
            Map<CustomField, Object[]> parsed = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                CustomField field = fields.get(name);
                if (field == null) {
                    errors.add("fields." + name, "is not a field of this record");
                    return;
                }
                try {
                    parsed.put(field, parse(field.toData(), value));
                } catch (IllegalArgumentException wrong) {
                    errors.add("fields." + name, wrong.getMessage());
                }
            });
            errors.throwIfAny();
            parsed.forEach((field, value) -> {
                FieldValue stored = em.find(FieldValue.class, key(field.getId(), recordId));
                String before = stored == null ? null : stored.text();
                String after = value == null ? null : (String) value[0];
                if (!java.util.Objects.equals(before, after)) {
                    // the values live in a table of their own: the record's history is told here
                    org.cairncrm.platform.persistence.ChangeTracking.fieldChanged(
                            (org.cairncrm.platform.persistence.AuditedEntity) record, "fields." + field.name(),
                            before, after);
                }
                if (value == null) {
                    if (stored != null) {
                        em.remove(stored);
                    }
                    return;
                }
                if (stored == null) {
                    stored = new FieldValue(field.getId(), recordId);
                    stored.set((String) value[0], (BigDecimal) value[1], (LocalDate) value[2]);
                    em.persist(stored);
                } else {
                    stored.set((String) value[0], (BigDecimal) value[1], (LocalDate) value[2]);
                }
            });
            em.flush();
            return read(em, target, recordId);
        });
    }

    /**
     * {@code request} with its {@code field.<name>} filters rewritten as {@code field.<id>.<KIND>}, which the lists'
     * condition reads; an unknown name is a field error on {@code filter}.
     */
    PageRequest resolveFilters(EntityManager em, FieldTarget target, PageRequest request) {
        if (request.filters().stream().noneMatch(f -> f.field().startsWith(FILTER_PREFIX))) {
            return request;
        }
        Map<String, CustomField> byName = new HashMap<>();
        all(em, target).forEach(f -> byName.put(f.name(), f));
        List<Filter> filters = new ArrayList<>();
        for (Filter f : request.filters()) {
            if (!f.field().startsWith(FILTER_PREFIX)) {
                filters.add(f);
                continue;
            }
            CustomField field = byName.get(f.field().substring(FILTER_PREFIX.length()));
            if (field == null) {
                throw ValidationException.of("filter", "no custom field '" + f.field().substring(FILTER_PREFIX
                        .length()) + "' on these cards");
            }
            filters.add(new Filter(FILTER_PREFIX + field.getId() + "." + field.kind().name(), f.op(), f.value()));
        }
        return new PageRequest(request.page(), request.size(), request.sort(), filters, request.query());
    }

    /** The typed values of a record, by field name. */
    private static Map<String, Object> read(EntityManager em, FieldTarget target, long recordId) {
        Map<Long, CustomField> fields = new HashMap<>();
        all(em, target).forEach(f -> fields.put(f.getId(), f));
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldValue> stored = fields.isEmpty() ? List.of() : em.createQuery(
                        "SELECT v FROM FieldValue v WHERE v.recordId = :r AND v.fieldId IN :fields", FieldValue.class)
                .setParameter("r", recordId).setParameter("fields", fields.keySet()).getResultList();
        for (CustomField field : fields.values().stream().sorted(java.util.Comparator
                .comparingInt((CustomField f) -> f.toData().position()).thenComparing(CustomField::name)).toList()) {
            stored.stream().filter(v -> v.fieldId() == field.getId()).findFirst()
                    .ifPresent(v -> values.put(field.name(), typed(field.kind(), v)));
        }
        return values;
    }

    private static Object typed(FieldKind kind, FieldValue value) {
        return switch (kind) {
            case NUMBER -> value.number() == null ? null : value.number().stripTrailingZeros();
            case BOOLEAN -> Boolean.valueOf(value.text());
            case MULTI_CHOICE -> Lines.split(value.text());
            default -> value.text();
        };
    }

    /**
     * A value as {text, number, date}, checked against the field; null to clear it. Throws
     * IllegalArgumentException with what is wrong.
     */
    static Object[] parse(FieldDefinition field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        switch (field.kind()) {
            case TEXT -> {
                String text = value.toString().strip();
                if (text.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("must be at most " + MAX_TEXT + " characters");
                }
                return new Object[] {text, null, null};
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value.toString().strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a number");
                }
                if (number.scale() > 4 || number.precision() - number.scale() > 15) {
                    throw new IllegalArgumentException("must have at most 15 digits before the point and 4 after");
                }
                return new Object[] {number.toPlainString(), number, null};
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(value.toString().strip());
                    return new Object[] {date.toString(), null, date};
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("must be a date as 2026-12-24");
                }
            }
            case BOOLEAN -> {
                String text = value.toString().strip();
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("must be true or false");
                }
                return new Object[] {text, null, null};
            }
            case CHOICE -> {
                String choice = value.toString().strip();
                if (!field.options().contains(choice)) {
                    throw new IllegalArgumentException("must be one of " + field.options());
                }
                return new Object[] {choice, null, null};
            }
            default -> {
                List<String> chosen = value instanceof Collection<?> many ? many.stream().map(String::valueOf)
                        .map(String::strip).toList() : List.of(value.toString().strip());
                Set<String> unknown = new HashSet<>(chosen);
                unknown.removeAll(field.options());
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException("must be some of " + field.options() + "; not " + unknown);
                }
                return new Object[] {String.join("\n", new java.util.LinkedHashSet<>(chosen)), null, null};
            }
        }
    }

    private static void check(EntityManager em, FieldTarget target, FieldKind kind, FieldDefinition field) {
        ValidationException.Collector errors = ValidationException.collect().requireText(field.label(), "label", 100);
        boolean choices = kind == FieldKind.CHOICE || kind == FieldKind.MULTI_CHOICE;
        errors.check(choices && field.options().stream().noneMatch(o -> o != null && !o.isBlank()), "options",
                "a choice field needs at least one option");
        errors.check(!choices && !field.options().isEmpty(), "options", "only choice fields have options");
        errors.check(field.options().stream().anyMatch(o -> o != null && o.strip().length() > 100), "options",
                "each at most 100 characters");
        errors.check(new HashSet<>(field.options()).size() != field.options().size(), "options",
                "must not repeat");
        FieldScope scope = field.scope() == null ? FieldScope.ALL : field.scope();
        if (scope != FieldScope.ALL && field.scopeId() == null) {
            errors.add("scopeId", "must name the " + (scope == FieldScope.GROUP ? "group" : "record"));
        } else if (scope == FieldScope.GROUP) {
            ContactGroup group = em.find(ContactGroup.class, field.scopeId());
            GroupKind kind2 = target == FieldTarget.COMPANY ? GroupKind.COMPANIES : GroupKind.REPRESENTATIVES;
            errors.check(group == null || group.kind() != kind2, "scopeId", "no group of "
                    + kind2.name().toLowerCase(java.util.Locale.ROOT) + " with id " + field.scopeId());
        } else if (scope == FieldScope.RECORD) {
            try {
                record(em, target, field.scopeId());
            } catch (RecordNotFoundException missing) {
                errors.add("scopeId", "no " + (target == FieldTarget.COMPANY ? "company" : "representative")
                        + " with id " + field.scopeId());
            }
        }
        errors.throwIfAny();
    }

    /** The fields applying to the record: for all, for a group it is in, or for it alone. */
    private static List<CustomField> applying(EntityManager em, FieldTarget target, long recordId) {
        GroupKind kind = target == FieldTarget.COMPANY ? GroupKind.COMPANIES : GroupKind.REPRESENTATIVES;
        Set<Long> groups = new HashSet<>(em.createQuery("SELECT m.groupId FROM GroupMember m WHERE m.memberId = :r "
                        + "AND m.groupId IN (SELECT g.id FROM ContactGroup g WHERE g.kind = :kind)", Long.class)
                .setParameter("r", recordId).setParameter("kind", kind).getResultList());
        return all(em, target).stream().filter(f -> {
            FieldDefinition d = f.toData();
            return d.scope() == FieldScope.ALL || d.scope() == FieldScope.GROUP && groups.contains(d.scopeId())
                    || d.scope() == FieldScope.RECORD && d.scopeId() == recordId;
        }).toList();
    }

    private static List<CustomField> all(EntityManager em, FieldTarget target) {
        return em.createQuery("SELECT f FROM CustomField f WHERE f.target = :t ORDER BY f.position, f.label",
                CustomField.class).setParameter("t", target).getResultList();
    }

    /** The record, if the caller may see it. */
    private static Object record(EntityManager em, FieldTarget target, long id) {
        return target == FieldTarget.COMPANY ? CompanyStore.find(em, id) : RepresentativeStore.find(em, id);
    }

    private static CustomField find(EntityManager em, long id) {
        CustomField field = em.find(CustomField.class, id);
        if (field == null) {
            throw new RecordNotFoundException("contacts.field", id);
        }
        return field;
    }

    private static FieldValue.Key key(long fieldId, long recordId) {
        return new FieldValue.Key(fieldId, recordId);
    }

    private static String readKey(FieldTarget target) {
        return target == FieldTarget.COMPANY ? Companies.READ : Representatives.READ;
    }
}
